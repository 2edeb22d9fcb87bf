package dev.sitrep.core.event;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.SitrepStyle;
import org.immutables.value.Value;

/** An actor in a role in an event: Russia, participant of Zapad 2025. */
@Value.Immutable
@SitrepStyle
public abstract class Participant {
  /** @return the actor */
  @Value.Parameter
  public abstract Ref<? extends Actor> actor();

  /** @return how it takes part */
  @Value.Parameter
  public abstract ParticipantRole role();

  /**
   * @param actor the actor
   * @param role how it takes part
   * @return {@code actor} in {@code role}
   */
  public static Participant of(Ref<? extends Actor> actor, ParticipantRole role) {
    return ImmutableParticipant.of(actor, role);
  }
}
