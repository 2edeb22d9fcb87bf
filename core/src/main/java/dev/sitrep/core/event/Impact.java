package dev.sitrep.core.event;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.quantity.UncertainCount;
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

  /** @return a new builder */
  public static ImmutableImpact.Builder builder() {
    return ImmutableImpact.builder();
  }

  @Value.Check
  void check() {
    Checks.distinct(people(), "people", "a person");
    count().upper().ifPresent(u -> Checks.require(people().size() <= u, "people",
        () -> "must not name more people than the count's upper bound (" + people().size()
            + " named, upper=" + u + ")"));
  }

  /** @return {@code count} {@code kind}, on no group in particular */
  public static Impact of(ImpactKind kind, UncertainCount count) {
    return builder().kind(kind).count(count).build();
  }
}
