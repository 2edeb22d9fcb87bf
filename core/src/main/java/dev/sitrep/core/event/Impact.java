package dev.sitrep.core.event;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.quantity.UncertainCount;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an event did to people or things, as one source counts it: "at least 12 civilians killed"
 * is {@code Impact.of(ImpactKind.KILLED, UncertainCount.atLeast(12))} with the affected group
 * {@link AffectedGroup#CIVILIANS}; "two Belarusian border guards detained" names the group
 * {@code security-forces} and the affected actor {@code state/blr}. An event keeps each source's
 * figure as a {@code Claim<Impact>}, so that sources may disagree and a later figure supersede an
 * earlier one of the same kind.
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

  /** @return a new builder */
  public static ImmutableImpact.Builder builder() {
    return ImmutableImpact.builder();
  }

  /** @return {@code count} {@code kind}, on no group in particular */
  public static Impact of(ImpactKind kind, UncertainCount count) {
    return builder().kind(kind).count(count).build();
  }
}
