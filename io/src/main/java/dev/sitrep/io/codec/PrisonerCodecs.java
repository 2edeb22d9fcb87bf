package dev.sitrep.io.codec;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.event.Event;
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
import dev.sitrep.core.prisoner.RecognitionKind;
import dev.sitrep.core.prisoner.Regime;
import dev.sitrep.core.prisoner.Sentence;
import dev.sitrep.core.prisoner.StatusChange;
import dev.sitrep.core.prisoner.Term;
import dev.sitrep.core.statistic.ImmutableStatistic;
import dev.sitrep.core.statistic.Metric;
import dev.sitrep.core.statistic.Statistic;
import java.util.Optional;

/** Codecs of political prisoners and of attributed statistics such as their number. */
public final class PrisonerCodecs {
  private PrisonerCodecs() {}

  /** The codec of {@link Charge}, named {@code charge} in the schema. */
  public static final ObjectCodec<Charge, ImmutableCharge.Builder> CHARGE =
      ObjectCodec.declare("charge",
              "A criminal charge by code, article and part, such as Article 342 of the Criminal"
                  + " Code of Belarus, or in the source's words (\"treason\"): an article, a"
                  + " description or both.",
              Charge.class, Charge::builder, ImmutableCharge.Builder::build)
          .optional("code", "the code, where the source names it: \"Criminal Code of Belarus\"",
              Charge::code, ImmutableCharge.Builder::code, Scalars.STRING)
          .optional("article", "the article: \"342\"; required without a description, and with"
                  + " a part",
              Charge::article, ImmutableCharge.Builder::article, Scalars.STRING)
          .optional("part", "the part of the article: \"1\"",
              Charge::part, ImmutableCharge.Builder::part, Scalars.STRING)
          .optional("description", "what the charge is about, in the source's words",
              Charge::description, ImmutableCharge.Builder::description, Scalars.STRING)
          .build();

  /** The codec of {@link Term}, named {@code term} in the schema. */
  public static final ObjectCodec<Term, ImmutableTerm.Builder> TERM =
      ObjectCodec.declare("term",
              "The length of a sentence in whole years, months beyond the years and days beyond"
                  + " the months.",
              Term.class, ImmutableTerm::builder, ImmutableTerm.Builder::build)
          .requiredInt("years", "whole years",
              0, Integer.MAX_VALUE, Term::years, ImmutableTerm.Builder::years)
          .requiredInt("months", "months beyond the years",
              0, Integer.MAX_VALUE, Term::months, ImmutableTerm.Builder::months)
          .requiredInt("days", "days beyond the months",
              0, Integer.MAX_VALUE, Term::days, ImmutableTerm.Builder::days)
          .build();

  /** The codec of {@link Sentence}, named {@code sentence} in the schema. */
  public static final ObjectCodec<Sentence, ImmutableSentence.Builder> SENTENCE =
      ObjectCodec.declare("sentence",
              "A sentence: a term where it has one (a fine has none) and the regime it is served"
                  + " in.",
              Sentence.class, Sentence::builder, ImmutableSentence.Builder::build)
          .optional("term", "how long",
              Sentence::term, ImmutableSentence.Builder::term, TERM)
          .optional("regime", "the regime the sentence is served under, where the source says",
              Sentence::regime, ImmutableSentence.Builder::regime,
              Scalars.code(Regime.class, Regime::of))
          .optional("date", "when it was passed",
              Sentence::date, ImmutableSentence.Builder::date, Scalars.TIME_POINT)
          .optional("court", "the court that passed it, as the source names it",
              Sentence::court, ImmutableSentence.Builder::court, Scalars.STRING)
          .optional("in_absentia", "true when passed in absentia; absent (or false) otherwise,"
                  + " and left out by the writer when false",
              s -> s.inAbsentia() ? Optional.of(true) : Optional.empty(),
              ImmutableSentence.Builder::inAbsentia, Scalars.BOOLEAN)
          .build();

  /** The codec of {@link StatusChange}, named {@code status-change} in the schema. */
  public static final ObjectCodec<StatusChange, ImmutableStatusChange.Builder> STATUS_CHANGE =
      ObjectCodec.declare("status-change",
              "A dated entry in a political prisoner's history: the status from that date, and"
                  + " who reports it.",
              StatusChange.class, StatusChange::builder,
              ImmutableStatusChange.Builder::build)
          .required("status", "the status from that date on",
              StatusChange::status, ImmutableStatusChange.Builder::status,
              Scalars.enumeration(PrisonerStatus.class))
          .required("date", "from when, at the precision known",
              StatusChange::date, ImmutableStatusChange.Builder::date, Scalars.TIME_POINT)
          .optional("attribution", "who reports it",
              StatusChange::attribution, ImmutableStatusChange.Builder::attribution,
              FoundationCodecs.ATTRIBUTION)
          .optional("event", "the event that brought it about: a pardon decree, talks",
              StatusChange::event, ImmutableStatusChange.Builder::event, Scalars.ref(Event.class))
          .build();

  /** The codec of {@link Recognition}, named {@code recognition} in the schema. */
  public static final ObjectCodec<Recognition, ImmutableRecognition.Builder> RECOGNITION =
      ObjectCodec.declare("recognition",
              "The recognition of a prisoner by an organization: as political, by one such as"
                  + " Viasna, on the criteria of PACE Resolution 1900, or of another kind.",
              Recognition.class, Recognition::builder, ImmutableRecognition.Builder::build)
          .required("by", "who recognized the prisoner",
              Recognition::by, ImmutableRecognition.Builder::by, Scalars.ref(Organization.class))
          .optional("date", "when, if known",
              Recognition::date, ImmutableRecognition.Builder::date, Scalars.TIME_POINT)
          .list("criteria", "the criteria cited, each `a` to `e`; only for a recognition as a"
                  + " political prisoner",
              Recognition::criteria, ImmutableRecognition.Builder::addAllCriteria,
              Scalars.enumeration(Pace1900Criterion.class))
          .optional("kind", "what it is: as a political prisoner when absent (and left out by the"
                  + " writer), else such as a designation or a prize",
              r -> r.kind().equals(RecognitionKind.POLITICAL_PRISONER) ? Optional.empty()
                  : Optional.of(r.kind()),
              ImmutableRecognition.Builder::kind,
              Scalars.code(RecognitionKind.class, RecognitionKind::of))
          .optional("attribution", "who reports it",
              Recognition::attribution, ImmutableRecognition.Builder::attribution,
              FoundationCodecs.ATTRIBUTION)
          .build();

  /** The codec of {@link PoliticalPrisoner}, named {@code political-prisoner} in the schema. */
  public static final ObjectCodec<PoliticalPrisoner, ImmutablePoliticalPrisoner.Builder>
      POLITICAL_PRISONER = ObjectCodec.declare("political-prisoner",
              "A person held for political reasons: by which state, where, on which charges and"
                  + " sentence, the dated history of their status, and who recognized them.",
              PoliticalPrisoner.class, PoliticalPrisoner::builder,
              ImmutablePoliticalPrisoner.Builder::build)
          .required("id", "the prisoner's id",
              PoliticalPrisoner::id, ImmutablePoliticalPrisoner.Builder::id, Scalars.ENTITY_ID)
          .required("person", "who is held",
              PoliticalPrisoner::person, ImmutablePoliticalPrisoner.Builder::person,
              Scalars.ref(Person.class))
          .required("detaining_state", "the state that holds them",
              PoliticalPrisoner::detainingState, ImmutablePoliticalPrisoner.Builder::detainingState,
              Scalars.ref(State.class))
          .optional("detention_place", "where they were detained",
              PoliticalPrisoner::detentionPlace, ImmutablePoliticalPrisoner.Builder::detentionPlace,
              FoundationCodecs.PLACE)
          .list("charges", "the charges",
              PoliticalPrisoner::charges, ImmutablePoliticalPrisoner.Builder::addAllCharges, CHARGE)
          .optional("sentence", "the sentence, once there is one",
              PoliticalPrisoner::sentence, ImmutablePoliticalPrisoner.Builder::sentence, SENTENCE)
          .optional("place_of_confinement", "where they are held, such as a penal colony",
              PoliticalPrisoner::placeOfConfinement,
              ImmutablePoliticalPrisoner.Builder::placeOfConfinement, FoundationCodecs.PLACE)
          .list("history", "the dated statuses, oldest first",
              PoliticalPrisoner::history, ImmutablePoliticalPrisoner.Builder::addAllHistory,
              STATUS_CHANGE)
          .list("recognitions", "who recognized them as a political prisoner",
              PoliticalPrisoner::recognitions,
              ImmutablePoliticalPrisoner.Builder::addAllRecognitions, RECOGNITION)
          .list("attributions", "who reports all this",
              PoliticalPrisoner::attributions,
              ImmutablePoliticalPrisoner.Builder::addAllAttributions, FoundationCodecs.ATTRIBUTION)
          .extensions(ImmutablePoliticalPrisoner.Builder::putAllExtensions)
          .build();

  /** The codec of {@link Statistic}, named {@code statistic} in the schema. */
  public static final ObjectCodec<Statistic, ImmutableStatistic.Builder> STATISTIC =
      ObjectCodec.declare("statistic",
              "A dated, attributed count about a subject, such as over a thousand political"
                  + " prisoners in Belarus as of September 2025.",
              Statistic.class, Statistic::builder, ImmutableStatistic.Builder::build)
          .required("id", "the statistic's id",
              Statistic::id, ImmutableStatistic.Builder::id, Scalars.ENTITY_ID)
          .required("metric", "what is counted",
              Statistic::metric, ImmutableStatistic.Builder::metric,
              Scalars.code(Metric.class, Metric::of))
          .required("subject", "what it is counted about, such as Belarus",
              Statistic::subject, ImmutableStatistic.Builder::subject,
              Scalars.refToSubtype(Actor.class))
          .required("as_of", "as of when, at the precision known",
              Statistic::asOf, ImmutableStatistic.Builder::asOf, Scalars.TIME_POINT)
          .required("count", "how many, as the source says",
              Statistic::count, ImmutableStatistic.Builder::count, FoundationCodecs.UNCERTAIN_COUNT)
          .required("attribution", "who says so, where and how firmly",
              Statistic::attribution, ImmutableStatistic.Builder::attribution,
              FoundationCodecs.ATTRIBUTION)
          .optional("event", "the event it counts, if it counts one",
              Statistic::event, ImmutableStatistic.Builder::event, Scalars.ref(Event.class))
          .optional("supersedes", "the earlier statistic of the same metric and subject that this"
                  + " one revises, not dated later than it",
              Statistic::supersedes, ImmutableStatistic.Builder::supersedes,
              Scalars.ref(Statistic.class))
          .extensions(ImmutableStatistic.Builder::putAllExtensions)
          .build();
}
