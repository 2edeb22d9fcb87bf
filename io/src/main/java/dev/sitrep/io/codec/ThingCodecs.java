package dev.sitrep.io.codec;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.thing.Aircraft;
import dev.sitrep.core.thing.ImmutableAircraft;
import dev.sitrep.core.thing.ImmutableInfrastructure;
import dev.sitrep.core.thing.ImmutableVessel;
import dev.sitrep.core.thing.Infrastructure;
import dev.sitrep.core.thing.InfrastructureKind;
import dev.sitrep.core.thing.Thing;
import dev.sitrep.core.thing.ThingBuilder;
import dev.sitrep.core.thing.Vessel;
import dev.sitrep.core.thing.VesselKind;
import java.util.function.Function;
import java.util.function.Supplier;

/** Codecs of things that events act on and that are not actors: vessels, aircraft, infrastructure. */
public final class ThingCodecs {
  private ThingCodecs() {}

  /**
   * @return a codec for one kind of thing, with its {@code id} declared; the kind's own properties
   *     follow, and {@link #idsAndOperators} ends it
   */
  static <T extends Thing, B extends ThingBuilder<?>> ObjectCodec.Declaration<T, B> thing(
      String name, String description, Class<T> type, Supplier<B> builder,
      Function<B, ? extends T> build) {
    return ObjectCodec.declare(name, description, type, builder, build)
        .shared("thing-properties")
        .required("id", "the thing's id",
            T::id, ThingBuilder::id, Scalars.ENTITY_ID)
        .shared(null);
  }

  /** @return {@code codec} ended by the properties every thing has last */
  static <T extends Thing, B extends ThingBuilder<?>> ObjectCodec<T, B> idsAndOperators(
      ObjectCodec.Declaration<T, B> codec) {
    return codec
        .shared("thing-properties")
        .list("external_ids", "ids in other systems: a ship's IMO number, a Wikidata item",
            T::externalIds, ThingBuilder::addAllExternalIds, FoundationCodecs.EXTERNAL_ID)
        .list("operators", "who operates or owns it; none twice",
            T::operators, ThingBuilder::addAllOperators, Scalars.refToSubtype(Actor.class))
        .shared(null)
        .extensions(ThingBuilder::putAllExtensions)
        .build();
  }

  /** The codec of {@link Vessel}, named {@code vessel} in the schema. */
  public static final ObjectCodec<Vessel, ImmutableVessel.Builder> VESSEL =
      idsAndOperators(thing("vessel",
              "A thing that is a ship, by its name, with its kind, flag state and IMO number"
                  + " (an external id of scheme imo, at most one) where known.",
              Vessel.class, Vessel::builder, ImmutableVessel.Builder::build)
          .required("name", "the ship's name: \"Eagle S\"",
              Vessel::name, ImmutableVessel.Builder::name, Scalars.STRING)
          .optional("kind", "what kind of ship it is",
              Vessel::kind, ImmutableVessel.Builder::kind,
              Scalars.code(VesselKind.class, VesselKind::of))
          .optional("flag_state", "the state whose flag it flies",
              Vessel::flagState, ImmutableVessel.Builder::flagState, Scalars.ref(State.class)));

  /** The codec of {@link Aircraft}, named {@code aircraft} in the schema. */
  public static final ObjectCodec<Aircraft, ImmutableAircraft.Builder> AIRCRAFT =
      idsAndOperators(thing("aircraft",
              "A thing that is an aircraft, by its type or model, with its registration where"
                  + " known.",
              Aircraft.class, Aircraft::builder, ImmutableAircraft.Builder::build)
          .required("model", "its type or model as reported: \"Boeing 737-8AS\", \"Il-20M\"",
              Aircraft::model, ImmutableAircraft.Builder::model, Scalars.STRING)
          .optional("registration", "its registration: \"SP-RSM\"",
              Aircraft::registration, ImmutableAircraft.Builder::registration, Scalars.STRING));

  /** The codec of {@link Infrastructure}, named {@code infrastructure} in the schema. */
  public static final ObjectCodec<Infrastructure, ImmutableInfrastructure.Builder>
      INFRASTRUCTURE =
      idsAndOperators(thing("infrastructure",
              "A thing that is infrastructure, by its kind, with its name and places where known:"
                  + " the Estlink 2 power cable.",
              Infrastructure.class, Infrastructure::builder,
              ImmutableInfrastructure.Builder::build)
          .required("kind", "what it is: a power cable, a pipeline, an airport",
              Infrastructure::kind, ImmutableInfrastructure.Builder::kind,
              Scalars.code(InfrastructureKind.class, InfrastructureKind::of))
          .optional("name", "its name: \"Estlink 2\"",
              Infrastructure::name, ImmutableInfrastructure.Builder::name, Scalars.STRING)
          .list("places", "where it is: an airport's town, a cable's landing points",
              Infrastructure::places, ImmutableInfrastructure.Builder::addAllPlaces,
              FoundationCodecs.PLACE));
}
