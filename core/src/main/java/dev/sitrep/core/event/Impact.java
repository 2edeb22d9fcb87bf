package dev.sitrep.core.event;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.thing.Thing;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an event did to people or things, as one source counts it: "at least 12 civilians killed"
 * is {@code Impact.of(ImpactKind.KILLED, UncertainCount.atLeast(12))} with the affected group
 * {@link AffectedGroup#CIVILIANS}; "two Belarusian border guards detained" names the group
 * {@code security-forces} and the affected actor {@code state/blr}. An event keeps each source's
 * figure as a {@code Claim<Impact>}, so that sources may disagree and a later figure supersede an
 * earlier one of the same kind.
 *
 * <p>An event that freed people can name them: "52 prisoners released, among them Mikalai
 * Statkevich" is
 *
 * <pre>{@code
 * Impact.builder().kind(ImpactKind.RELEASED).count(UncertainCount.exactly(52))
 *     .addPeople(Ref.of("person/mikalai-statkevich")).build();
 * }</pre>
 *
 * and each prisoner's {@code StatusChange} can point back at the event.
 *
 * <p>An impact can name the {@linkplain dev.sitrep.core.thing.Thing things} it fell on, no more
 * than its count allows: the Estlink 2 cable damaged, the tanker Eagle S seized.
 *
 * <pre>{@code
 * Impact seized = Impact.on(ImpactKind.SEIZED, Ref.of("vessel/eagle-s"));  // exactly 1
 * Impact cables = Impact.builder().kind(ImpactKind.DAMAGED).count(UncertainCount.exactly(5))
 *     .addAffectedThings(Ref.of("infrastructure/estlink-2")).build();    // one of five named
 * }</pre>
 */
@Value.Immutable
@SitrepStyle
public abstract class Impact {
  /** @return what was done: killed, injured, detained, displaced, damaged, destroyed */
  public abstract ImpactKind kind();

  /** @return how many people or things, as the source counts them */
  public abstract UncertainCount count();

  /** @return the group it fell on, such as civilians or a state's armed forces */
  public abstract Optional<AffectedGroup> affected();

  /** @return the actor it fell on, or whose people or things they were, such as a state */
  public abstract Optional<Ref<? extends Actor>> affectedActor();

  /**
   * @return the people the source names among those counted, such as the prisoners a release set
   *     free; no more than the count's upper bound
   */
  public abstract List<Ref<Person>> people();

  /**
   * @return the things it fell on, where the source names them: a cable damaged, a ship seized;
   *     none twice, and no more than the count's upper bound
   */
  public abstract List<Ref<? extends Thing>> affectedThings();

  /** @return a new builder */
  public static ImmutableImpact.Builder builder() {
    return ImmutableImpact.builder();
  }

  @Value.Check
  void check() {
    checkNamed(people(), "people", "a person", "people");
    checkNamed(affectedThings(), "affectedThings", "a thing", "things");
  }

  /** Those named are distinct, and no more than the count's upper bound. */
  private void checkNamed(List<?> named, String path, String one, String many) {
    Checks.distinct(named, path, one);
    count().upper().ifPresent(u -> Checks.require(named.size() <= u, path,
        () -> "must not name more " + many + " than the count's upper bound (" + named.size()
            + " named, upper=" + u + ")"));
  }

  /**
   * @param kind what was done, such as {@link ImpactKind#KILLED}
   * @param count to how many
   * @return {@code count} {@code kind}, on no group in particular
   */
  public static Impact of(ImpactKind kind, UncertainCount count) {
    return builder().kind(kind).count(count).build();
  }

  /**
   * @param kind what was done, such as {@link ImpactKind#SEIZED}
   * @param thing the thing it was done to
   * @return {@code kind} done to one thing: {@code seized} on the vessel Eagle S
   */
  public static Impact on(ImpactKind kind, Ref<? extends Thing> thing) {
    return builder().kind(kind).count(UncertainCount.exactly(1)).addAffectedThings(thing).build();
  }
}
