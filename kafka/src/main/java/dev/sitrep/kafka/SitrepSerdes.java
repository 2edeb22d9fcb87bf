package dev.sitrep.kafka;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Relation;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.prisoner.PoliticalPrisoner;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.statistic.Statistic;
import dev.sitrep.core.thing.Thing;

/**
 * The serdes of sitrep's top-level types, the values a topic carries one a record: each a
 * {@link SitrepSerde}, strict until configured with {@value SitrepSerde#LENIENT_CONFIG}. Each also
 * has a class of its own with a no-argument constructor, for Kafka properties that name a serde
 * by class, as Kafka's own {@code Serdes} has.
 *
 * <pre>{@code
 * builder.stream("events", Consumed.with(Serdes.String(), SitrepSerdes.event()));
 * props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, SitrepSerdes.EventSerde.class);
 * }</pre>
 */
public final class SitrepSerdes {
  private SitrepSerdes() {}

  /** @return a serde of events of every kind */
  public static SitrepSerde<Event> event() {
    return new EventSerde();
  }

  /** @return a serde of actors: states, persons, organizations, collectives */
  public static SitrepSerde<Actor> actor() {
    return new ActorSerde();
  }

  /** @return a serde of things: vessels, aircraft, infrastructure */
  public static SitrepSerde<Thing> thing() {
    return new ThingSerde();
  }

  /** @return a serde of relations: memberships, offices, relations between actors */
  public static SitrepSerde<Relation> relation() {
    return new RelationSerde();
  }

  /** @return a serde of sources */
  public static SitrepSerde<Source> source() {
    return new SourceSerde();
  }

  /** @return a serde of political prisoners */
  public static SitrepSerde<PoliticalPrisoner> prisoner() {
    return new PrisonerSerde();
  }

  /** @return a serde of statistics */
  public static SitrepSerde<Statistic> statistic() {
    return new StatisticSerde();
  }

  /** @return a serde of dossiers */
  public static SitrepSerde<Dossier> dossier() {
    return new DossierSerde();
  }

  /**
   * The serde of {@link Event}s, by class name, as Kafka's properties name a serde:
   * {@code props.put(DEFAULT_VALUE_SERDE_CLASS_CONFIG, EventSerde.class)}.
   */
  public static final class EventSerde extends SitrepSerde<Event> {
    /** A strict serde. */
    public EventSerde() {
      super(Event.class);
    }
  }

  /**
   * The serde of {@link Actor}s, by class name, as Kafka's properties name a serde:
   * {@code props.put(DEFAULT_VALUE_SERDE_CLASS_CONFIG, ActorSerde.class)}.
   */
  public static final class ActorSerde extends SitrepSerde<Actor> {
    /** A strict serde. */
    public ActorSerde() {
      super(Actor.class);
    }
  }

  /**
   * The serde of {@link Thing}s, by class name, as Kafka's properties name a serde:
   * {@code props.put(DEFAULT_VALUE_SERDE_CLASS_CONFIG, ThingSerde.class)}.
   */
  public static final class ThingSerde extends SitrepSerde<Thing> {
    /** A strict serde. */
    public ThingSerde() {
      super(Thing.class);
    }
  }

  /**
   * The serde of {@link Relation}s, by class name, as Kafka's properties name a serde:
   * {@code props.put(DEFAULT_VALUE_SERDE_CLASS_CONFIG, RelationSerde.class)}.
   */
  public static final class RelationSerde extends SitrepSerde<Relation> {
    /** A strict serde. */
    public RelationSerde() {
      super(Relation.class);
    }
  }

  /**
   * The serde of {@link Source}s, by class name, as Kafka's properties name a serde:
   * {@code props.put(DEFAULT_VALUE_SERDE_CLASS_CONFIG, SourceSerde.class)}.
   */
  public static final class SourceSerde extends SitrepSerde<Source> {
    /** A strict serde. */
    public SourceSerde() {
      super(Source.class);
    }
  }

  /**
   * The serde of {@link PoliticalPrisoner}s, by class name, as Kafka's properties name a serde:
   * {@code props.put(DEFAULT_VALUE_SERDE_CLASS_CONFIG, PrisonerSerde.class)}.
   */
  public static final class PrisonerSerde extends SitrepSerde<PoliticalPrisoner> {
    /** A strict serde. */
    public PrisonerSerde() {
      super(PoliticalPrisoner.class);
    }
  }

  /**
   * The serde of {@link Statistic}s, by class name, as Kafka's properties name a serde:
   * {@code props.put(DEFAULT_VALUE_SERDE_CLASS_CONFIG, StatisticSerde.class)}.
   */
  public static final class StatisticSerde extends SitrepSerde<Statistic> {
    /** A strict serde. */
    public StatisticSerde() {
      super(Statistic.class);
    }
  }

  /**
   * The serde of {@link Dossier}s, by class name, as Kafka's properties name a serde:
   * {@code props.put(DEFAULT_VALUE_SERDE_CLASS_CONFIG, DossierSerde.class)}.
   */
  public static final class DossierSerde extends SitrepSerde<Dossier> {
    /** A strict serde. */
    public DossierSerde() {
      super(Dossier.class);
    }
  }
}
