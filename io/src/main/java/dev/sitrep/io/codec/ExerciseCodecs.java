package dev.sitrep.io.codec;

import dev.sitrep.core.exercise.ExerciseStatus;
import dev.sitrep.core.exercise.ImmutableMilitaryExercise;
import dev.sitrep.core.exercise.ImmutableStrength;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.exercise.Strength;
import dev.sitrep.core.exercise.StrengthCategory;

/** Codecs of military exercises and their strength claims. */
public final class ExerciseCodecs {
  private ExerciseCodecs() {}

  public static final ObjectCodec<Strength, ImmutableStrength.Builder> STRENGTH =
      ObjectCodec.of(Strength.class, Strength::builder, ImmutableStrength.Builder::build)
          .required(Wire.CATEGORY, Strength::category, ImmutableStrength.Builder::category,
              Scalars.enumeration(StrengthCategory.class))
          .required(Wire.COUNT, Strength::count, ImmutableStrength.Builder::count,
              FoundationCodecs.UNCERTAIN_COUNT)
          .required(Wire.ATTRIBUTION, Strength::attribution,
              ImmutableStrength.Builder::attribution, FoundationCodecs.ATTRIBUTION);

  public static final ObjectCodec<MilitaryExercise, ImmutableMilitaryExercise.Builder>
      MILITARY_EXERCISE = EventCodecs.event(MilitaryExercise.class, MilitaryExercise::builder,
              ImmutableMilitaryExercise.Builder::build)
          .optional(Wire.SERIES, MilitaryExercise::series,
              ImmutableMilitaryExercise.Builder::series, Scalars.STRING)
          .optionalInt(Wire.EDITION, MilitaryExercise::edition,
              ImmutableMilitaryExercise.Builder::edition)
          .list(Wire.HOSTS, MilitaryExercise::hosts, ImmutableMilitaryExercise.Builder::addAllHosts,
              Scalars.ref())
          .required(Wire.STATUS, MilitaryExercise::status,
              ImmutableMilitaryExercise.Builder::status, Scalars.enumeration(ExerciseStatus.class))
          .optional(Wire.STATUS_REASON, MilitaryExercise::statusReason,
              ImmutableMilitaryExercise.Builder::statusReason, Scalars.STRING)
          .optional(Wire.SCENARIO, MilitaryExercise::scenario,
              ImmutableMilitaryExercise.Builder::scenario, Scalars.STRING)
          .list(Wire.STRENGTH, MilitaryExercise::strength,
              ImmutableMilitaryExercise.Builder::addAllStrength, STRENGTH);
}
