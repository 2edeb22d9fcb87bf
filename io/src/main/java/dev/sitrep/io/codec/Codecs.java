package dev.sitrep.io.codec;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Relation;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.geo.Airspace;
import dev.sitrep.core.geo.GeoPoint;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.prisoner.PoliticalPrisoner;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Quote;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.statistic.Statistic;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The codec of every type that can stand alone as a JSON document, by Java type. A variant of a
 * family ({@code State}) is read and written with its family's codec ({@code Actor}).
 */
public final class Codecs {
  private static final Map<Class<?>, Codec<?>> BY_TYPE = new LinkedHashMap<>();

  static {
    BY_TYPE.put(EntityId.class, Scalars.ENTITY_ID);
    BY_TYPE.put(ExternalId.class, FoundationCodecs.EXTERNAL_ID);
    BY_TYPE.put(TimePoint.class, Scalars.TIME_POINT);
    BY_TYPE.put(Period.class, FoundationCodecs.PERIOD);
    BY_TYPE.put(UncertainCount.class, FoundationCodecs.UNCERTAIN_COUNT);
    BY_TYPE.put(GeoPoint.class, FoundationCodecs.GEO_POINT);
    BY_TYPE.put(Place.class, FoundationCodecs.PLACE);
    BY_TYPE.put(Airspace.class, FoundationCodecs.AIRSPACE);
    BY_TYPE.put(Source.class, FoundationCodecs.SOURCE);
    BY_TYPE.put(Attribution.class, FoundationCodecs.ATTRIBUTION);
    BY_TYPE.put(Quote.class, FoundationCodecs.QUOTE);
    BY_TYPE.put(Actor.class, Families.ACTOR);
    BY_TYPE.put(Relation.class, Families.RELATION);
    BY_TYPE.put(Event.class, Families.EVENT);
    BY_TYPE.put(PoliticalPrisoner.class, PrisonerCodecs.POLITICAL_PRISONER);
    BY_TYPE.put(Statistic.class, PrisonerCodecs.STATISTIC);
    BY_TYPE.put(Dossier.class, DossierCodecs.DOSSIER);
  }

  private Codecs() {}

  /**
   * @param type a sitrep type, or a variant of a family
   * @return its codec, or that of the family it belongs to
   */
  public static Optional<Codec<?>> forType(Class<?> type) {
    return FOR_TYPE.get(type);
  }

  private static final ClassValue<Optional<Codec<?>>> FOR_TYPE = new ClassValue<>() {
    @Override
    protected Optional<Codec<?>> computeValue(Class<?> type) {
      return BY_TYPE.entrySet().stream()
          .filter(e -> e.getKey().isAssignableFrom(type))
          .<Codec<?>>map(Map.Entry::getValue)
          .findFirst();
    }
  };

  /** @return every type with a codec of its own */
  public static Iterable<Class<?>> types() {
    return BY_TYPE.keySet();
  }
}
