package dev.sitrep.core.thing;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.Ref;
import java.util.List;

/**
 * Something events act on that is not an actor: a {@link Vessel} (the tanker Eagle S), an
 * {@link Aircraft} (a Boeing 737 registered SP-RSM), or {@link Infrastructure} (the Estlink 2
 * power cable). An event's impact can fall on a thing ({@code Impact.affectedThings()}: a cable
 * damaged, a ship seized), and a thing can be suspected of causing an event
 * ({@code Event.suspicions()}: the vessel suspected of cutting the cable).
 *
 * <pre>{@code
 * Vessel eagleS = Vessel.builder().id(EntityId.of("vessel/eagle-s")).name("Eagle S")
 *     .kind(VesselKind.TANKER).flagState(Ref.of("state/cok"))
 *     .addExternalIds(ExternalId.imo("9329760")).build();
 * }</pre>
 */
public sealed interface Thing extends Entity
    permits Vessel, Aircraft, Infrastructure, UnrecognizedThing {
  /** @return ids of the same thing in other systems: a ship's IMO number, a Wikidata item */
  List<ExternalId> externalIds();

  /** @return who operates or owns it: the airline, the ship's manager, the grid operators */
  List<Ref<? extends Actor>> operators();
}
