package dev.sitrep.core.prisoner;

import dev.sitrep.core.event.Event;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.time.TimePoint;
import java.util.Optional;
import org.immutables.value.Value;

/** A dated entry in a prisoner's history: detained on 14 July 2020; pardoned in September 2025. */
@Value.Immutable
@SitrepStyle
public abstract class StatusChange {
  /** @return the new status */
  public abstract PrisonerStatus status();

  /** @return when, at the precision known */
  public abstract TimePoint date();

  /** @return who reports it, if attributed */
  public abstract Optional<Attribution> attribution();

  /** @return the event that brought it about, if the source names one: a pardon decree, talks */
  public abstract Optional<Ref<Event>> event();

  /** @return a new builder */
  public static ImmutableStatusChange.Builder builder() {
    return ImmutableStatusChange.builder();
  }

  /**
   * @param status the new status
   * @param date from when
   * @return {@code status} from {@code date}, unattributed
   */
  public static StatusChange of(PrisonerStatus status, TimePoint date) {
    return builder().status(status).date(date).build();
  }
}
