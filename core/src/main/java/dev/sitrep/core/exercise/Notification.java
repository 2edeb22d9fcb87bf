package dev.sitrep.core.exercise;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.time.TimePoint;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The prior notification of an exercise under the Vienna Document 2011: when it was given, by
 * which channel, to whom, and who reports it. {@link ViennaDocument2011#noticeGiven} checks it
 * against the 42 days of paragraph 38.
 *
 * <pre>{@code
 * Notification n = Notification.builder().date(TimePoint.parse("2025-07-30"))
 *     .channel(NotificationChannel.OSCE_COMMUNICATIONS_NETWORK).build();
 * }</pre>
 */
@Value.Immutable
@SitrepStyle
public abstract class Notification {
  /** @return when it was given, at the precision known */
  public abstract TimePoint date();

  /** @return how it was given, if the source says */
  public abstract Optional<NotificationChannel> channel();

  /** @return who was notified, where the source names them; none twice */
  public abstract List<Ref<? extends Actor>> notified();

  /** @return who reports it */
  public abstract Optional<Attribution> attribution();

  /** @return a new builder */
  public static ImmutableNotification.Builder builder() {
    return ImmutableNotification.builder();
  }

  @Value.Check
  void check() {
    Checks.distinct(notified(), "notified", "an actor");
  }
}
