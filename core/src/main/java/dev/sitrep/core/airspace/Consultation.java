package dev.sitrep.core.airspace;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.time.TimePoint;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Consultations requested or held after an incident: Poland requesting consultations in NATO
 * under Article 4 of the North Atlantic Treaty.
 */
@Value.Immutable
@SitrepStyle
public abstract class Consultation {
  /** @return where the consultations take place, such as NATO */
  public abstract Ref<Organization> forum();

  /** @return the basis, such as "Article 4" */
  public abstract String basis();

  /** @return who requested them */
  public abstract List<Ref<? extends Actor>> requestedBy();

  /** @return when they were requested, if known */
  public abstract Optional<TimePoint> requested();

  /** @return when they were held, if they were */
  public abstract Optional<TimePoint> held();

  /** @return a new builder */
  public static ImmutableConsultation.Builder builder() {
    return ImmutableConsultation.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(basis(), "basis");
    if (requested().isPresent() && held().isPresent()) {
      Checks.require(!held().get().isBefore(requested().get()), "held",
          () -> "must not be before requested (requested=" + requested().get() + ", held="
              + held().get() + ")");
    }
  }
}
