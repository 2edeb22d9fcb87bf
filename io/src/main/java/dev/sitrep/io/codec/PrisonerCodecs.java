package dev.sitrep.io.codec;

import dev.sitrep.core.prisoner.Charge;
import dev.sitrep.core.prisoner.ImmutableCharge;
import dev.sitrep.core.prisoner.ImmutablePoliticalPrisoner;
import dev.sitrep.core.prisoner.ImmutableRecognition;
import dev.sitrep.core.prisoner.ImmutableSentence;
import dev.sitrep.core.prisoner.ImmutableStatusChange;
import dev.sitrep.core.prisoner.ImmutableTerm;
import dev.sitrep.core.prisoner.Pace1900Criterion;
import dev.sitrep.core.prisoner.PoliticalPrisoner;
import dev.sitrep.core.prisoner.PrisonerStatus;
import dev.sitrep.core.prisoner.Recognition;
import dev.sitrep.core.prisoner.Regime;
import dev.sitrep.core.prisoner.Sentence;
import dev.sitrep.core.prisoner.StatusChange;
import dev.sitrep.core.prisoner.Term;
import dev.sitrep.core.statistic.ImmutableStatistic;
import dev.sitrep.core.statistic.Metric;
import dev.sitrep.core.statistic.Statistic;

/** Codecs of political prisoners and of attributed statistics such as their number. */
public final class PrisonerCodecs {
  private PrisonerCodecs() {}

  public static final ObjectCodec<Charge, ImmutableCharge.Builder> CHARGE =
      ObjectCodec.of(Charge.class, Charge::builder, ImmutableCharge.Builder::build)
          .required(Wire.CODE, Charge::code, ImmutableCharge.Builder::code, Scalars.STRING)
          .required(Wire.ARTICLE, Charge::article, ImmutableCharge.Builder::article,
              Scalars.STRING)
          .optional(Wire.PART, Charge::part, ImmutableCharge.Builder::part, Scalars.STRING)
          .optional(Wire.DESCRIPTION, Charge::description, ImmutableCharge.Builder::description,
              Scalars.STRING);

  public static final ObjectCodec<Term, ImmutableTerm.Builder> TERM =
      ObjectCodec.of(Term.class, ImmutableTerm::builder, ImmutableTerm.Builder::build)
          .requiredInt(Wire.YEARS, Term::years, ImmutableTerm.Builder::years)
          .requiredInt(Wire.MONTHS, Term::months, ImmutableTerm.Builder::months)
          .requiredInt(Wire.DAYS, Term::days, ImmutableTerm.Builder::days);

  public static final ObjectCodec<Sentence, ImmutableSentence.Builder> SENTENCE =
      ObjectCodec.of(Sentence.class, Sentence::builder, ImmutableSentence.Builder::build)
          .optional(Wire.TERM, Sentence::term, ImmutableSentence.Builder::term, TERM)
          .required(Wire.REGIME, Sentence::regime, ImmutableSentence.Builder::regime,
              Scalars.code(Regime::of));

  public static final ObjectCodec<StatusChange, ImmutableStatusChange.Builder> STATUS_CHANGE =
      ObjectCodec.of(StatusChange.class, StatusChange::builder,
              ImmutableStatusChange.Builder::build)
          .required(Wire.STATUS, StatusChange::status, ImmutableStatusChange.Builder::status,
              Scalars.enumeration(PrisonerStatus.class))
          .required(Wire.DATE, StatusChange::date, ImmutableStatusChange.Builder::date,
              Scalars.TIME_POINT)
          .optional(Wire.ATTRIBUTION, StatusChange::attribution,
              ImmutableStatusChange.Builder::attribution, FoundationCodecs.ATTRIBUTION);

  public static final ObjectCodec<Recognition, ImmutableRecognition.Builder> RECOGNITION =
      ObjectCodec.of(Recognition.class, Recognition::builder, ImmutableRecognition.Builder::build)
          .required(Wire.BY, Recognition::by, ImmutableRecognition.Builder::by, Scalars.ref())
          .optional(Wire.DATE, Recognition::date, ImmutableRecognition.Builder::date,
              Scalars.TIME_POINT)
          .list(Wire.CRITERIA, Recognition::criteria, ImmutableRecognition.Builder::addAllCriteria,
              Scalars.enumeration(Pace1900Criterion.class));

  public static final ObjectCodec<PoliticalPrisoner, ImmutablePoliticalPrisoner.Builder>
      POLITICAL_PRISONER = ObjectCodec.of(PoliticalPrisoner.class, PoliticalPrisoner::builder,
              ImmutablePoliticalPrisoner.Builder::build)
          .required(Wire.ID, PoliticalPrisoner::id, ImmutablePoliticalPrisoner.Builder::id,
              Scalars.ENTITY_ID)
          .required(Wire.PERSON, PoliticalPrisoner::person,
              ImmutablePoliticalPrisoner.Builder::person, Scalars.ref())
          .required(Wire.DETAINING_STATE, PoliticalPrisoner::detainingState,
              ImmutablePoliticalPrisoner.Builder::detainingState, Scalars.ref())
          .optional(Wire.DETENTION_PLACE, PoliticalPrisoner::detentionPlace,
              ImmutablePoliticalPrisoner.Builder::detentionPlace, FoundationCodecs.PLACE)
          .list(Wire.CHARGES, PoliticalPrisoner::charges,
              ImmutablePoliticalPrisoner.Builder::addAllCharges, CHARGE)
          .optional(Wire.SENTENCE, PoliticalPrisoner::sentence,
              ImmutablePoliticalPrisoner.Builder::sentence, SENTENCE)
          .optional(Wire.PLACE_OF_CONFINEMENT, PoliticalPrisoner::placeOfConfinement,
              ImmutablePoliticalPrisoner.Builder::placeOfConfinement, FoundationCodecs.PLACE)
          .list(Wire.HISTORY, PoliticalPrisoner::history,
              ImmutablePoliticalPrisoner.Builder::addAllHistory, STATUS_CHANGE)
          .list(Wire.RECOGNITIONS, PoliticalPrisoner::recognitions,
              ImmutablePoliticalPrisoner.Builder::addAllRecognitions, RECOGNITION)
          .list(Wire.ATTRIBUTIONS, PoliticalPrisoner::attributions,
              ImmutablePoliticalPrisoner.Builder::addAllAttributions,
              FoundationCodecs.ATTRIBUTION);

  public static final ObjectCodec<Statistic, ImmutableStatistic.Builder> STATISTIC =
      ObjectCodec.of(Statistic.class, Statistic::builder, ImmutableStatistic.Builder::build)
          .required(Wire.ID, Statistic::id, ImmutableStatistic.Builder::id, Scalars.ENTITY_ID)
          .required(Wire.METRIC, Statistic::metric, ImmutableStatistic.Builder::metric,
              Scalars.code(Metric::of))
          .required(Wire.SUBJECT, Statistic::subject, ImmutableStatistic.Builder::subject,
              Scalars.refToSubtype())
          .required(Wire.AS_OF, Statistic::asOf, ImmutableStatistic.Builder::asOf,
              Scalars.TIME_POINT)
          .required(Wire.COUNT, Statistic::count, ImmutableStatistic.Builder::count,
              FoundationCodecs.UNCERTAIN_COUNT)
          .required(Wire.ATTRIBUTION, Statistic::attribution,
              ImmutableStatistic.Builder::attribution, FoundationCodecs.ATTRIBUTION);
}
