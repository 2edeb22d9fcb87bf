package dev.sitrep.core.airspace;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.EventBuilder;
import dev.sitrep.core.geo.Airspace;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.EventRules;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.UncertainDuration;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A violation of a state's airspace, or an incident in international airspace (an unsafe
 * intercept over the high seas): early on 10 September 2025 at least nineteen Russian drones
 * entered Polish airspace, some via Belarus; Polish and other NATO jets reportedly shot down a
 * number of them. What came in ({@link Intrusion}s), what was done ({@link Response}s), what it
 * caused ({@link Consequence}s, {@link Consultation}s), and what was said about it ("the first
 * time in NATO history…", officials stated).
 *
 * <p>Rules: no origin or transit is the violated state itself; no response shoots down more than
 * came in (the lower bound shot down may not exceed the upper bound of all that entered).
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class AirspaceIncident implements Event {
  /**
   * The builder of an AirspaceIncident: an {@link EventBuilder}, with the setters of its own
   * properties.
   */
  public interface Builder extends EventBuilder<Builder> {}

  /**
   * @return the airspace violated, with its flight information region where known; or the
   *     international airspace it happened in
   */
  public abstract Airspace airspace();

  /** @return what entered */
  public abstract List<Intrusion> intrusions();

  /**
   * @return what was done about it, each response a distinct act: what the responses shoot down
   *     adds up, and together they cannot shoot down more than can have entered
   */
  public abstract List<Response> responses();

  /** @return what it caused */
  public abstract List<Consequence> consequences();

  /** @return consultations requested or held about it */
  public abstract List<Consultation> consultations();

  /** @return statements about the incident, and who makes them */
  public abstract List<Claim<String>> claims();

  /**
   * @return how many times it happened, where the source reports it as recurring: "repeatedly" is
   *     {@code atLeast(2)} with that phrase, "several times over a week" {@code atLeast(2)} with
   *     the period a week; at least one
   */
  public abstract Optional<UncertainCount> occurrences();

  /** @return a new builder */
  public static ImmutableAirspaceIncident.Builder builder() {
    return ImmutableAirspaceIncident.builder();
  }

  /** @return the state whose airspace was violated; absent in international airspace */
  public Optional<Ref<State>> violatedState() {
    return airspace().state();
  }

  /**
   * How long the violation lasted, derived from the bounds of its period ({@link #when()}): from
   * the shortest it can have lasted to the longest, exactly where both are the same. The source's
   * own figure, where it gives one, is {@link #duration()}.
   *
   * <pre>{@code
   * // from 2025-09-09T23:30Z to 2025-09-10T06:30Z
   * incident.violationDuration();   // exactly PT7H
   * // from 2025-09-10 to 2025-09-10, "early on September 10"
   * incident.violationDuration();   // between PT0S and PT23H59M59.999999999S
   * }</pre>
   *
   * @return how long it lasted, as far as the period's bounds tell; empty when it has no period or
   *     its period no end
   */
  public Optional<UncertainDuration> violationDuration() {
    Optional<Period> when = when();
    if (when.isEmpty() || when.get().end().isEmpty()) {
      return Optional.empty();
    }
    Duration shortest = when.get().shortest().orElseThrow();
    Duration longest = when.get().longest().orElseThrow();
    return Optional.of(shortest.equals(longest) ? UncertainDuration.exactly(shortest)
        : UncertainDuration.between(shortest, longest));
  }

  /** @return the most that can have entered, summed over the intrusions; empty when unbounded */
  public OptionalLong mostThatEntered() {
    long sum = 0;
    for (Intrusion i : intrusions()) {
      if (i.count().upper().isEmpty()) {
        return OptionalLong.empty();
      }
      long upper = i.count().upper().getAsLong();
      sum = Long.MAX_VALUE - sum < upper ? Long.MAX_VALUE : sum + upper;
    }
    return OptionalLong.of(sum);
  }

  @Value.Check
  void check() {
    EventRules.check(this);
    occurrences().ifPresent(o -> Occurrences.check(o, "occurrences"));
    Ref<State> violated = violatedState().orElse(null); // none in international airspace
    for (int i = 0; i < intrusions().size() && violated != null; i++) {
      List<Claim<Ref<State>>> origin = intrusions().get(i).origin();
      List<Transit> transits = intrusions().get(i).transits();
      for (int j = 0; j < transits.size(); j++) {
        if (transits.get(j).state().equals(violated)) {
          throw notTheViolatedState("intrusions[" + i + "].transits[" + j + "].state");
        }
      }
      for (int j = 0; j < origin.size(); j++) {
        if (origin.get(j).value().equals(violated)) {
          throw notTheViolatedState("intrusions[" + i + "].origin[" + j + "].value");
        }
      }
    }
    OptionalLong most = intrusions().isEmpty() ? OptionalLong.empty() : mostThatEntered();
    long shot = 0; // the least shot down by the responses so far, each a distinct act
    for (int i = 0; i < responses().size() && most.isPresent(); i++) {
      Response r = responses().get(i);
      if (r.action().equals(ResponseAction.SHOT_DOWN) && r.count().isPresent()) {
        long lower = r.count().get().lower();
        shot = Long.MAX_VALUE - shot < lower ? Long.MAX_VALUE : shot + lower;
        if (shot > most.getAsLong()) {
          throw new InvalidDataException("responses[" + i + "].count",
              "cannot shoot down more than entered (shot down at least " + shot
                  + (shot == lower ? "" : " across the responses")
                  + ", at most " + most.getAsLong() + " entered)");
        }
      }
    }
    for (int i = 0; i < claims().size(); i++) {
      if (Text.isBlank(claims().get(i).value())) {
        throw new InvalidDataException("claims[" + i + "].value", "must not be blank");
      }
    }
    Claim.checkSupersession(claims(), "claims");
  }

  private InvalidDataException notTheViolatedState(String path) {
    return new InvalidDataException(path,
        "must differ from the violated state (" + violatedState().get() + ")");
  }
}
