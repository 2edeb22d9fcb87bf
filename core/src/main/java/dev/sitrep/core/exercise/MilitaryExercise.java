package dev.sitrep.core.exercise;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.EventBuilder;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.EventRules;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.time.TimePoint;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A military exercise: Zapad 2025, of the series "Zapad" ("West"), hosted by Belarus with Russia,
 * from 12 September 2025; Zapad 2023, planned and cancelled because Russian troops and equipment
 * were needed in Ukraine; Zapad 2021, used as cover for the February 2022 invasion.
 *
 * <p>Its size is a list of {@link Strength} claims that may disagree; {@link ViennaDocument2011}
 * checks each against the thresholds for prior notification and observation.
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class MilitaryExercise implements Event {
  /**
   * The builder of a MilitaryExercise: an {@link EventBuilder}, with the setters of its own
   * properties.
   */
  public interface Builder extends EventBuilder<Builder> {}

  /** @return the series the exercise belongs to, such as "Zapad" */
  public abstract Optional<String> series();

  /** @return the edition, by year, such as 2025 */
  public abstract OptionalInt edition();

  /** @return the states that host it; never empty */
  public abstract List<Ref<State>> hosts();

  /** @return where it stands */
  public abstract ExerciseStatus status();

  /** @return why it stands so, where the source says: "Russian troops and equipment were needed" */
  public abstract Optional<String> statusReason();

  /** @return the stated scenario, if given */
  public abstract Optional<String> scenario();

  /** @return every claim about its size */
  public abstract List<Strength> strength();

  /** @return its prior notification under the Vienna Document, if one was given or reported */
  public abstract Optional<Notification> notification();

  /** @return the observers invited to it, such as the states invited to Zapad; none twice */
  public abstract List<Ref<? extends Actor>> observers();

  /** @return a new builder */
  public static ImmutableMilitaryExercise.Builder builder() {
    return ImmutableMilitaryExercise.builder();
  }

  @Value.Check
  void check() {
    EventRules.check(this);
    Claim.checkSupersession(strength(), "strength", Strength::category);
    Checks.notEmpty(hosts(), "hosts");
    Checks.distinct(observers(), "observers", "an actor");
    Checks.distinct(hosts(), "hosts", "a state");
    series().ifPresent(s -> Checks.notBlank(s, "series"));
    statusReason().ifPresent(s -> Checks.notBlank(s, "statusReason"));
    scenario().ifPresent(s -> Checks.notBlank(s, "scenario"));
    edition().ifPresent(year -> Checks.require(year >= 1 && year <= 9999, "edition",
        () -> "must be a year from 1 to 9999, was " + year));
    if (edition().isPresent() && when().isPresent()) {
      int year = edition().getAsInt();
      TimePoint start = when().get().start();
      TimePoint end = when().get().end().orElse(start);
      Checks.require(!TimePoint.year(year).isBefore(start) && !end.isBefore(TimePoint.year(year)),
          "edition", () -> "must be a year the exercise's time overlaps (edition=" + year
              + ", start=" + start + ", end=" + end + ")");
    }
  }
}
