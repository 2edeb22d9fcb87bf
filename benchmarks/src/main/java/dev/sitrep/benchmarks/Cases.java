package dev.sitrep.benchmarks;

import static dev.sitrep.examples.ArticleDossier.ARTICLE;

import dev.sitrep.benchmarks.baseline.ImmutablesModel;
import dev.sitrep.benchmarks.baseline.RecordModel;
import dev.sitrep.benchmarks.baseline.ToImmutables;
import dev.sitrep.benchmarks.baseline.ToRecords;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.exercise.Strength;
import dev.sitrep.core.exercise.StrengthCategory;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.examples.ArticleDossier;

/**
 * The benchmarked data: one value per case, as sitrep values, as the baseline's records and as the
 * Immutables baseline's values.
 */
public enum Cases {
  /** The article's airspace incident: Russian drones over Poland, 10 September 2025. */
  INCIDENT(ArticleDossier.INCURSION, Event.class, RecordModel.Event.class,
      ImmutablesModel.Event.class),
  /** Zapad 2021 from the article, with disagreeing strength claims added. */
  EXERCISE(exerciseWithClaims(), Event.class, RecordModel.Event.class,
      ImmutablesModel.Event.class),
  /** The article's whole dossier: 2 sources, 24 actors, 10 relations, 19 events, 2 statistics. */
  DOSSIER(ArticleDossier.DOSSIER, Dossier.class, RecordModel.Dossier.class,
      ImmutablesModel.Dossier.class);

  /** The sitrep value. */
  public final Object value;
  /** The type sitrep reads it as (a family, for events). */
  public final Class<?> sitrepType;
  /** The baseline's record of the same data. */
  public final Object record;
  /** The type databind reads the record as (a sealed interface, for events). */
  public final Class<?> recordType;
  /** The Immutables baseline's value of the same data. */
  public final Object immutable;
  /** The type the Immutables baseline reads it as (the abstract family, for events). */
  public final Class<?> immutableType;

  Cases(Object value, Class<?> sitrepType, Class<?> recordType, Class<?> immutableType) {
    this.value = value;
    this.sitrepType = sitrepType;
    this.record = value instanceof Dossier d ? ToRecords.dossier(d) : ToRecords.event((Event) value);
    this.recordType = recordType;
    this.immutable = record instanceof RecordModel.Dossier d ? ToImmutables.dossier(d)
        : ToImmutables.event((RecordModel.Event) record);
    this.immutableType = immutableType;
  }

  /**
   * The article's Zapad 2021 with strength claims that disagree, the way hosts and observers do:
   * the figures are illustrative (the article gives none), the shape is the model's.
   */
  static MilitaryExercise exerciseWithClaims() {
    Attribution declaredByMinsk = Attribution.builder().source(Ref.to(ARTICLE))
        .assertedBy(Ref.to(ArticleDossier.OFFICIALS_IN_MINSK)).hedge(Hedge.DECLARED).build();
    Attribution claimedByMoscow = Attribution.builder().source(Ref.to(ARTICLE))
        .assertedBy(Ref.to(ArticleDossier.KREMLIN)).hedge(Hedge.CLAIMED).build();
    Attribution estimated = Attribution.builder().source(Ref.to(ARTICLE))
        .assertedByDescription("Western analysts").hedge(Hedge.ESTIMATED).build();
    return MilitaryExercise.builder().from(ArticleDossier.ZAPAD_2021)
        .scenario("defence of the Union State against a coalition of western states")
        .addStrength(
            Strength.of(StrengthCategory.TROOPS,
                UncertainCount.exactly(12_800).withPhrase("12,800 declared"), declaredByMinsk),
            Strength.of(StrengthCategory.TROOPS,
                UncertainCount.about(200_000).withPhrase("some 200,000"), claimedByMoscow),
            Strength.of(StrengthCategory.TROOPS,
                UncertainCount.between(80_000, 100_000).withPhrase("between 80,000 and 100,000"),
                estimated),
            Strength.of(StrengthCategory.BATTLE_TANKS,
                UncertainCount.atMost(290).withPhrase("up to 290"), declaredByMinsk),
            Strength.of(StrengthCategory.COMBAT_AIRCRAFT_SORTIES,
                UncertainCount.atLeast(80).withPhrase("at least 80 aircraft"), claimedByMoscow))
        .build();
  }
}
