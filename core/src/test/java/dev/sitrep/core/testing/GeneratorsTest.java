package dev.sitrep.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.quicktheories.QuickTheory.qt;

import dev.sitrep.core.Code;
import dev.sitrep.core.Text;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.ActorRelation;
import dev.sitrep.core.actor.Collective;
import dev.sitrep.core.actor.ImmutableActorRelation;
import dev.sitrep.core.actor.ImmutableCollective;
import dev.sitrep.core.actor.ImmutableMembership;
import dev.sitrep.core.actor.ImmutableName;
import dev.sitrep.core.actor.ImmutableOffice;
import dev.sitrep.core.actor.ImmutableOrganization;
import dev.sitrep.core.actor.ImmutablePerson;
import dev.sitrep.core.actor.ImmutableState;
import dev.sitrep.core.actor.Membership;
import dev.sitrep.core.actor.Name;
import dev.sitrep.core.actor.Office;
import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.actor.OrganizationKind;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.Relation;
import dev.sitrep.core.actor.RelationKind;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.airspace.Consequence;
import dev.sitrep.core.airspace.ConsequenceKind;
import dev.sitrep.core.airspace.Consultation;
import dev.sitrep.core.airspace.ConsultationStatus;
import dev.sitrep.core.airspace.ImmutableAirspaceIncident;
import dev.sitrep.core.airspace.ImmutableConsequence;
import dev.sitrep.core.airspace.ImmutableConsultation;
import dev.sitrep.core.airspace.ImmutableIntrusion;
import dev.sitrep.core.airspace.ImmutableResponse;
import dev.sitrep.core.airspace.ImmutableTransit;
import dev.sitrep.core.airspace.Intrusion;
import dev.sitrep.core.airspace.PlatformKind;
import dev.sitrep.core.airspace.Response;
import dev.sitrep.core.airspace.ResponseAction;
import dev.sitrep.core.airspace.Transit;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.dossier.ImmutableDossier;
import dev.sitrep.core.event.BorderClosure;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.extension.Extensions;
import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.extension.Unrecognized;
import dev.sitrep.core.event.EventKind;
import dev.sitrep.core.event.EventLink;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.ImmutableBorderClosure;
import dev.sitrep.core.event.ImmutableEventLink;
import dev.sitrep.core.event.ImmutableGeneralEvent;
import dev.sitrep.core.event.ImmutableMeeting;
import dev.sitrep.core.event.ImmutableParticipant;
import dev.sitrep.core.event.ImmutableStatement;
import dev.sitrep.core.event.ImmutableWarning;
import dev.sitrep.core.event.ImpactKind;
import dev.sitrep.core.event.LinkKind;
import dev.sitrep.core.event.Meeting;
import dev.sitrep.core.event.ParticipantRole;
import dev.sitrep.core.event.Statement;
import dev.sitrep.core.event.Suspicion;
import dev.sitrep.core.event.Warning;
import dev.sitrep.core.event.Impact;
import dev.sitrep.core.event.ImmutableImpact;
import dev.sitrep.core.event.ImmutableSuspicion;
import dev.sitrep.core.exercise.ExerciseStatus;
import dev.sitrep.core.exercise.ImmutableMilitaryExercise;
import dev.sitrep.core.exercise.ImmutableStrength;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.exercise.Strength;
import dev.sitrep.core.exercise.StrengthCategory;
import dev.sitrep.core.exercise.ViennaDocument2011;
import dev.sitrep.core.geo.Airspace;
import dev.sitrep.core.geo.AreaKind;
import dev.sitrep.core.geo.ImmutableAirspace;
import dev.sitrep.core.geo.ImmutableGeoPoint;
import dev.sitrep.core.geo.ImmutablePlace;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.geo.PlacePrecision;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.IdScheme;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.prisoner.Charge;
import dev.sitrep.core.prisoner.ImmutableCharge;
import dev.sitrep.core.prisoner.ImmutablePoliticalPrisoner;
import dev.sitrep.core.prisoner.ImmutableRecognition;
import dev.sitrep.core.prisoner.ImmutableSentence;
import dev.sitrep.core.prisoner.ImmutableStatusChange;
import dev.sitrep.core.prisoner.Pace1900Criterion;
import dev.sitrep.core.prisoner.PoliticalPrisoner;
import dev.sitrep.core.prisoner.PrisonerStatus;
import dev.sitrep.core.prisoner.Recognition;
import dev.sitrep.core.prisoner.RecognitionKind;
import dev.sitrep.core.prisoner.Regime;
import dev.sitrep.core.prisoner.Sentence;
import dev.sitrep.core.prisoner.StatusChange;
import dev.sitrep.core.prisoner.Term;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.ImmutableAttribution;
import dev.sitrep.core.provenance.ImmutableClaim;
import dev.sitrep.core.provenance.ImmutableQuote;
import dev.sitrep.core.provenance.ImmutableSource;
import dev.sitrep.core.provenance.Quote;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.provenance.SourceKind;
import dev.sitrep.core.quantity.Answer;
import dev.sitrep.core.quantity.ImmutableUncertainCount;
import dev.sitrep.core.quantity.Qualifier;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.statistic.ImmutableStatistic;
import dev.sitrep.core.statistic.Metric;
import dev.sitrep.core.time.ImmutablePeriod;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.Precision;
import dev.sitrep.core.time.ImmutableUncertainDuration;
import dev.sitrep.core.time.TimePoint;
import dev.sitrep.core.thing.Aircraft;
import dev.sitrep.core.thing.ImmutableAircraft;
import dev.sitrep.core.thing.ImmutableInfrastructure;
import dev.sitrep.core.thing.ImmutableVessel;
import dev.sitrep.core.thing.Infrastructure;
import dev.sitrep.core.thing.InfrastructureKind;
import dev.sitrep.core.thing.Thing;
import dev.sitrep.core.thing.Vessel;
import dev.sitrep.core.thing.VesselKind;
import dev.sitrep.core.time.UncertainDuration;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;

/**
 * The generators yield only valid values (the builder accepts each and rebuilds an equal one),
 * and a fixed-seed sample of each covers the awkward cases it promises.
 */
class GeneratorsTest {
  private static final int EXAMPLES = 100;
  private static final int SAMPLE = 500;

  private record Case<T>(String name, Gen<T> gen, UnaryOperator<T> rebuild) {
    DynamicTest test() {
      return dynamicTest(name + " yields values the builder accepts and rebuilds equal",
          () -> qt().withExamples(EXAMPLES).forAll(gen)
              .checkAssert(value -> assertThat(rebuild.apply(value)).isEqualTo(value)));
    }
  }

  @TestFactory
  Stream<DynamicTest> everyGeneratorYieldsValidValues() {
    return Stream.of(
        new Case<>("entityIds", Generators.entityIds(), id -> EntityId.of(id.value())),
        new Case<>("refs", Generators.<Person>refs(), ref -> Ref.of(ref.id().value())),
        new Case<>("externalIds", Generators.externalIds(),
            id -> ExternalId.of(IdScheme.of(id.scheme().code()), id.value())),
        new Case<>("timePoints", Generators.timePoints(), p -> TimePoint.parse(p.toString())),
        new Case<>("periods", Generators.periods(), p -> ImmutablePeriod.builder().from(p).build()),
        new Case<>("uncertainCounts", Generators.uncertainCounts(),
            c -> ImmutableUncertainCount.builder().from(c).build()),
        new Case<>("uncertainDurations", Generators.uncertainDurations(),
            d -> ImmutableUncertainDuration.builder().from(d).build()),
        new Case<>("geoPoints", Generators.geoPoints(), p -> ImmutableGeoPoint.of(p.lat(), p.lon())),
        new Case<>("places", Generators.places(), p -> ImmutablePlace.builder().from(p).build()),
        new Case<>("airspaces", Generators.airspaces(),
            a -> ImmutableAirspace.builder().from(a).build()),
        new Case<>("sources", Generators.sources(), s -> ImmutableSource.builder().from(s).build()),
        new Case<>("attributions", Generators.attributions(),
            a -> ImmutableAttribution.builder().from(a).build()),
        new Case<>("quotes", Generators.quotes(), q -> ImmutableQuote.builder().from(q).build()),
        new Case<>("claims", Generators.claims(Generators.uncertainCounts()),
            c -> ImmutableClaim.<UncertainCount>builder().from(c).build()),
        new Case<>("names", Generators.names(), n -> ImmutableName.builder().from(n).build()),
        new Case<>("states", Generators.states(), s -> ImmutableState.builder().from(s).build()),
        new Case<>("persons", Generators.persons(), p -> ImmutablePerson.builder().from(p).build()),
        new Case<>("organizations", Generators.organizations(),
            o -> ImmutableOrganization.builder().from(o).build()),
        new Case<>("collectives", Generators.collectives(),
            c -> ImmutableCollective.builder().from(c).build()),
        new Case<>("actors", Generators.actors(), GeneratorsTest::rebuildActor),
        new Case<>("memberships", Generators.memberships(),
            m -> ImmutableMembership.builder().from(m).build()),
        new Case<>("offices", Generators.offices(), o -> ImmutableOffice.builder().from(o).build()),
        new Case<>("actorRelations", Generators.actorRelations(),
            r -> ImmutableActorRelation.builder().from(r).build()),
        new Case<>("relations", Generators.relations(), GeneratorsTest::rebuildRelation),
        new Case<>("vessels", Generators.vessels(), v -> ImmutableVessel.builder().from(v).build()),
        new Case<>("aircraft", Generators.aircraft(),
            a -> ImmutableAircraft.builder().from(a).build()),
        new Case<>("infrastructures", Generators.infrastructures(),
            i -> ImmutableInfrastructure.builder().from(i).build()),
        new Case<>("things", Generators.things(), GeneratorsTest::rebuildThing),
        new Case<>("impacts", Generators.impacts(), i -> ImmutableImpact.builder().from(i).build()),
        new Case<>("suspicions", Generators.suspicions(),
            x -> ImmutableSuspicion.builder().from(x).build()),
        new Case<>("claimLists", Generators.claimLists(Generators.<State>refs()),
            claims -> Intrusion.builder().platform(PlatformKind.DRONE)
                .count(UncertainCount.unknown()).origin(claims).build().origin()),
        new Case<>("participants", Generators.participants(),
            p -> ImmutableParticipant.builder().from(p).build()),
        new Case<>("eventLinks", Generators.eventLinks(),
            l -> ImmutableEventLink.builder().from(l).build()),
        new Case<>("strengths", Generators.strengths(),
            s -> ImmutableStrength.builder().from(s).build()),
        new Case<>("militaryExercises", Generators.militaryExercises(),
            x -> ImmutableMilitaryExercise.builder().from(x).build()),
        new Case<>("transits", Generators.transits(),
            t -> ImmutableTransit.builder().from(t).build()),
        new Case<>("intrusions", Generators.intrusions(),
            i -> ImmutableIntrusion.builder().from(i).build()),
        new Case<>("responses", Generators.responses(),
            r -> ImmutableResponse.builder().from(r).build()),
        new Case<>("consequences", Generators.consequences(),
            c -> ImmutableConsequence.builder().from(c).build()),
        new Case<>("consultations", Generators.consultations(),
            c -> ImmutableConsultation.builder().from(c).build()),
        new Case<>("airspaceIncidents", Generators.airspaceIncidents(),
            a -> ImmutableAirspaceIncident.builder().from(a).build()),
        new Case<>("statements", Generators.statements(),
            s -> ImmutableStatement.builder().from(s).build()),
        new Case<>("meetings", Generators.meetings(),
            m -> ImmutableMeeting.builder().from(m).build()),
        new Case<>("borderClosures", Generators.borderClosures(),
            b -> ImmutableBorderClosure.builder().from(b).build()),
        new Case<>("warnings", Generators.warnings(),
            w -> ImmutableWarning.builder().from(w).build()),
        new Case<>("generalEvents", Generators.generalEvents(),
            g -> ImmutableGeneralEvent.builder().from(g).build()),
        new Case<>("events", Generators.events(), GeneratorsTest::rebuildEvent),
        new Case<>("charges", Generators.charges(), c -> ImmutableCharge.builder().from(c).build()),
        new Case<>("terms", Generators.terms(), t -> Term.of(t.years(), t.months(), t.days())),
        new Case<>("sentences", Generators.sentences(),
            s -> ImmutableSentence.builder().from(s).build()),
        new Case<>("statusChanges", Generators.statusChanges(),
            c -> ImmutableStatusChange.builder().from(c).build()),
        new Case<>("statusHistories", Generators.statusHistories(),
            h -> PoliticalPrisoner.builder().id(EntityId.of("prisoner/x"))
                .person(Ref.of("person/x")).detainingState(Ref.of("state/blr")).history(h)
                .build().history()),
        new Case<>("recognitions", Generators.recognitions(),
            r -> ImmutableRecognition.builder().from(r).build()),
        new Case<>("politicalPrisoners", Generators.politicalPrisoners(),
            p -> ImmutablePoliticalPrisoner.builder().from(p).build()),
        new Case<>("statistics", Generators.statistics(),
            s -> ImmutableStatistic.builder().from(s).build()),
        new Case<>("dossiers", Generators.dossiers(),
            d -> ImmutableDossier.builder().from(d).build()))
        .map(Case::test);
  }

  /** A generator and the type whose optional and list attributes it must vary. */
  private record Varied(Class<?> type, Gen<?> gen) {}

  /** Attributes a rule keeps non-empty (hosts), or that every generated dossier has. */
  private static final Set<String> NEVER_EMPTY = Set.of("MilitaryExercise.hosts",
      "Dossier.sources", "Dossier.actors", "Dossier.entities");

  /**
   * For every type, each attribute that may be absent or empty ({@code Optional}, {@code
   * OptionalInt}, {@code OptionalLong}, {@code List}, {@code Map}) is absent or empty in some value of a sample
   * and present or non-empty in another, found by reflection so that a new attribute is not
   * forgotten.
   */
  @TestFactory
  Stream<DynamicTest> everyOptionalAndListAttributeIsSometimesEmptyAndSometimesNot() {
    return Stream.of(new Varied(Source.class, Generators.sources()),
        new Varied(Attribution.class, Generators.attributions()),
        new Varied(Quote.class, Generators.quotes()),
        new Varied(Claim.class, Generators.claims(Generators.uncertainCounts())),
        new Varied(TimePoint.class, Generators.timePoints()),
        new Varied(Period.class, Generators.periods()),
        new Varied(UncertainCount.class, Generators.uncertainCounts()),
        new Varied(UncertainDuration.class, Generators.uncertainDurations()),
        new Varied(Place.class, Generators.places()),
        new Varied(Airspace.class, Generators.airspaces()),
        new Varied(Name.class, Generators.names()),
        new Varied(Person.class, Generators.persons()),
        new Varied(Organization.class, Generators.organizations()),
        new Varied(Collective.class, Generators.collectives()),
        new Varied(Membership.class, Generators.memberships()),
        new Varied(Office.class, Generators.offices()),
        new Varied(ActorRelation.class, Generators.actorRelations()),
        new Varied(Vessel.class, Generators.vessels()),
        new Varied(Aircraft.class, Generators.aircraft()),
        new Varied(Infrastructure.class, Generators.infrastructures()),
        new Varied(Impact.class, Generators.impacts()),
        new Varied(Suspicion.class, Generators.suspicions()),
        new Varied(EventLink.class, Generators.eventLinks()),
        new Varied(Strength.class, Generators.strengths()),
        new Varied(MilitaryExercise.class, Generators.militaryExercises()),
        new Varied(Transit.class, Generators.transits()),
        new Varied(Intrusion.class, Generators.intrusions()),
        new Varied(Response.class, Generators.responses()),
        new Varied(Consequence.class, Generators.consequences()),
        new Varied(Consultation.class, Generators.consultations()),
        new Varied(AirspaceIncident.class, Generators.airspaceIncidents()),
        new Varied(Statement.class, Generators.statements()),
        new Varied(Meeting.class, Generators.meetings()),
        new Varied(BorderClosure.class, Generators.borderClosures()),
        new Varied(Warning.class, Generators.warnings()),
        new Varied(GeneralEvent.class, Generators.generalEvents()),
        new Varied(Charge.class, Generators.charges()),
        new Varied(Sentence.class, Generators.sentences()),
        new Varied(StatusChange.class, Generators.statusChanges()),
        new Varied(Recognition.class, Generators.recognitions()),
        new Varied(PoliticalPrisoner.class, Generators.politicalPrisoners()),
        new Varied(Dossier.class, Generators.dossiers()))
        .map(v -> dynamicTest(v.type().getSimpleName(), () -> {
          List<?> sample = Samples.of(v.gen(), 300);
          for (Method m : v.type().getMethods()) {
            String name = v.type().getSimpleName() + "." + m.getName();
            if (m.getParameterCount() > 0 || Modifier.isStatic(m.getModifiers())
                || NEVER_EMPTY.contains(name)) {
              continue;
            }
            Function<Object, Boolean> empty = emptiness(m);
            if (empty == null) {
              continue;
            }
            covers(sample, name + " empty", x -> empty.apply(x));
            covers(sample, name + " not empty", x -> !empty.apply(x));
          }
        }));
  }

  /** Whether an attribute's value is absent or empty, or {@code null} if it cannot be. */
  private static Function<Object, Boolean> emptiness(Method attribute) {
    Class<?> r = attribute.getReturnType();
    if (r != Optional.class && r != OptionalInt.class && r != OptionalLong.class
        && r != List.class && r != Map.class) {
      return null;
    }
    return x -> {
      try {
        Object value = attribute.invoke(x);
        return value instanceof Optional<?> o ? o.isEmpty()
            : value instanceof OptionalInt i ? i.isEmpty()
            : value instanceof OptionalLong l ? l.isEmpty()
            : value instanceof Map<?, ?> m ? m.isEmpty()
            : ((List<?>) value).isEmpty();
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    };
  }

  @Test
  void everyGeneratedDossierIsValid() {
    qt().withExamples(EXAMPLES).forAll(Generators.dossiers())
        .checkAssert(d -> assertThat(d.validate().problems()).as("the problems of %s", d)
            .isEmpty());
  }

  private static Event rebuildEvent(Event event) {
    if (event instanceof MilitaryExercise x) {
      return ImmutableMilitaryExercise.builder().from(x).build();
    } else if (event instanceof AirspaceIncident a) {
      return ImmutableAirspaceIncident.builder().from(a).build();
    } else if (event instanceof Statement s) {
      return ImmutableStatement.builder().from(s).build();
    } else if (event instanceof Meeting m) {
      return ImmutableMeeting.builder().from(m).build();
    } else if (event instanceof BorderClosure b) {
      return ImmutableBorderClosure.builder().from(b).build();
    } else if (event instanceof Warning w) {
      return ImmutableWarning.builder().from(w).build();
    }
    return ImmutableGeneralEvent.builder().from((GeneralEvent) event).build();
  }

  private static Actor rebuildActor(Actor actor) {
    if (actor instanceof State s) {
      return ImmutableState.builder().from(s).build();
    } else if (actor instanceof Person p) {
      return ImmutablePerson.builder().from(p).build();
    } else if (actor instanceof Organization o) {
      return ImmutableOrganization.builder().from(o).build();
    }
    return ImmutableCollective.builder().from((Collective) actor).build();
  }

  private static Thing rebuildThing(Thing thing) {
    if (thing instanceof Vessel v) {
      return ImmutableVessel.builder().from(v).build();
    } else if (thing instanceof Aircraft a) {
      return ImmutableAircraft.builder().from(a).build();
    }
    return ImmutableInfrastructure.builder().from((Infrastructure) thing).build();
  }

  private static Relation rebuildRelation(Relation relation) {
    if (relation instanceof Membership m) {
      return ImmutableMembership.builder().from(m).build();
    } else if (relation instanceof Office o) {
      return ImmutableOffice.builder().from(o).build();
    }
    return ImmutableActorRelation.builder().from((ActorRelation) relation).build();
  }

  private static <T> List<T> sample(Gen<T> gen) {
    return Samples.of(gen, SAMPLE);
  }

  private static <T> void covers(List<T> sample, String what, Predicate<? super T> condition) {
    assertThat(sample).as("a sample containing %s", what).anyMatch(condition);
  }

  private static <T, E extends Enum<E>> void coversAll(
      List<T> sample, Class<E> type, Function<? super T, E> constant) {
    Set<E> seen = sample.stream().map(constant).collect(Collectors.toCollection(
        () -> EnumSet.noneOf(type)));
    assertThat(seen).as("the %s constants seen", type.getSimpleName())
        .containsExactlyInAnyOrder(type.getEnumConstants());
  }

  @Nested
  class Coverage {
    @Test
    void entityIds() {
      List<EntityId> ids = sample(Generators.entityIds());
      covers(ids, "the longest id", id -> id.value().length() == 200);
      covers(ids, "a one-character id", id -> id.value().length() == 1);
      covers(ids, "several segments", id -> id.value().chars().filter(c -> c == '/').count() >= 2);
      covers(ids, "a hyphenated word", id -> id.value().contains("-"));
      covers(ids, "digits", id -> id.value().matches(".*[0-9].*"));
    }

    @Test
    void externalIds() {
      List<ExternalId> ids = sample(Generators.externalIds());
      for (IdScheme scheme : Code.known(IdScheme.class)) {
        covers(ids, "scheme " + scheme, id -> id.scheme().equals(scheme));
      }
      covers(ids, "an unknown scheme", id -> !Code.known(IdScheme.class).contains(id.scheme()));
      covers(ids, "an alpha-2 code", id -> id.scheme().equals(IdScheme.ISO_3166)
          && id.value().length() == 2);
      covers(ids, "an alpha-3 code", id -> id.scheme().equals(IdScheme.ISO_3166)
          && id.value().length() == 3);
      covers(ids, "a Wikidata property", id -> id.value().startsWith("P")
          && id.scheme().equals(IdScheme.WIKIDATA));
      covers(ids, "non-ASCII text", id -> !id.value().matches("\\p{ASCII}*"));
    }

    @Test
    void timePoints() {
      List<TimePoint> points = sample(Generators.timePoints());
      coversAll(points, Precision.class, TimePoint::precision);
      covers(points, "an instant with a non-UTC offset", p -> p.value() instanceof OffsetDateTime t
          && !t.getOffset().equals(ZoneOffset.UTC));
      covers(points, "an instant in UTC", p -> p.value() instanceof OffsetDateTime t
          && t.getOffset().equals(ZoneOffset.UTC));
      covers(points, "an instant with fractions of a second",
          p -> p.value() instanceof OffsetDateTime t && t.getNano() != 0);
      covers(points, "a zone of the IANA database",
          p -> p.zone().isPresent() && !(p.zone().get() instanceof ZoneOffset));
      covers(points, "a zone that is an offset", p -> p.zone().orElse(null) instanceof ZoneOffset);
      covers(points, "a zoned week", p -> p.precision() == Precision.WEEK && p.zone().isPresent());
      covers(points, "a zoned range of days",
          p -> p.precision() == Precision.DAY_RANGE && p.zone().isPresent());
      covers(points, "a range of the longest", p -> p.precision() == Precision.DAY_RANGE
          && p.through().get().equals(((java.time.LocalDate) p.value())
          .plusDays(TimePoint.MAX_RANGE_DAYS - 1)));
      covers(points, "week 53", p -> p.toString().contains("-W53"));
      covers(points, "the year 1", p -> p.toString().startsWith("0001"));
      covers(points, "the year 9999", p -> p.toString().startsWith("9999"));
    }

    @Test
    void periods() {
      var periods = sample(Generators.periods());
      covers(periods, "an open period", p -> p.end().isEmpty());
      covers(periods, "a single point", p -> p.end().equals(java.util.Optional.of(p.start())));
      covers(periods, "a period of two points",
          p -> p.end().isPresent() && !p.end().get().equals(p.start()));
      covers(periods, "a phrase", p -> p.phrase().isPresent());
      covers(periods, "no phrase", p -> p.phrase().isEmpty());
    }

    @Test
    void uncertainCounts() {
      List<UncertainCount> counts = sample(Generators.uncertainCounts());
      coversAll(counts, Qualifier.class, UncertainCount::qualifier);
      covers(counts, "a best guess", c -> c.best().isPresent());
      covers(counts, "no best guess", c -> c.best().isEmpty());
      covers(counts, "an upper bound", c -> c.upper().isPresent());
      covers(counts, "no upper bound", c -> c.upper().isEmpty());
      covers(counts, "the largest upper bound",
          c -> c.upper().isPresent() && c.upper().getAsLong() == UncertainCount.MAX);
      covers(counts, "a lower bound of 0", c -> c.lower() == 0);
      covers(counts, "a phrase", c -> c.phrase().isPresent());
      covers(counts, "no phrase", c -> c.phrase().isEmpty());
    }

    @Test
    void uncertainDurations() {
      List<UncertainDuration> durations = sample(Generators.uncertainDurations());
      coversAll(durations, Qualifier.class, UncertainDuration::qualifier);
      covers(durations, "a lower bound of zero", d -> d.lower().isZero());
      covers(durations, "a fraction of a second", d -> d.lower().getNano() != 0);
      covers(durations, "more than a day", d -> d.lower().toDays() > 1);
      covers(durations, "a best guess", d -> d.best().isPresent());
      covers(durations, "an upper bound", d -> d.upper().isPresent());
    }

    @Test
    void periodsAndEventsWithADuration() {
      var periods = sample(Generators.periods());
      covers(periods, "a duration with an end", p -> p.duration().isPresent() && p.end().isPresent());
      covers(periods, "a duration without an end", p -> p.duration().isPresent()
          && p.end().isEmpty());
      covers(periods, "a duration as long as the period can last", p -> p.duration().isPresent()
          && p.longest().equals(Optional.of(p.duration().get().lower())));
      var events = sample(Generators.events());
      covers(events, "an event's duration within its period",
          e -> e.duration().isPresent() && e.when().flatMap(Period::longest).isPresent());
    }

    @Test
    void geoPoints() {
      var points = sample(Generators.geoPoints());
      covers(points, "the north pole", p -> p.lat() == 90);
      covers(points, "the south pole", p -> p.lat() == -90);
      covers(points, "the antimeridian, east", p -> p.lon() == 180);
      covers(points, "the antimeridian, west", p -> p.lon() == -180);
      covers(points, "a latitude strictly inside", p -> Math.abs(p.lat()) < 90 && p.lat() != 0);
    }

    @Test
    void placesAndAirspaces() {
      var places = sample(Generators.places());
      coversAll(places, PlacePrecision.class, p -> p.precision());
      covers(places, "a point", p -> p.point().isPresent());
      covers(places, "no point", p -> p.point().isEmpty());
      covers(places, "a place in a country", p -> p.country().isPresent());
      covers(places, "a border zone of two states", p -> p.borderStates().size() == 2);
      covers(places, "a border zone of three states", p -> p.borderStates().size() == 3);
      covers(places, "a place in no state", p -> p.country().isEmpty()
          && p.borderStates().isEmpty() && p.areaKind().isPresent());
      covers(places, "a place in a country with an area kind",
          p -> p.country().isPresent() && p.areaKind().isPresent());
      for (AreaKind kind : Code.known(AreaKind.class)) {
        covers(places, "area kind " + kind, p -> p.areaKind().equals(Optional.of(kind)));
      }
      covers(places, "an unknown area kind",
          p -> p.areaKind().filter(k -> !k.isKnown()).isPresent());
      covers(places, "a GeoNames id", p -> p.externalIds().stream()
          .anyMatch(id -> id.scheme().equals(IdScheme.GEONAMES)));
      covers(places, "an area's point in no country",
          p -> p.country().isEmpty() && p.precision() == PlacePrecision.AREA);
      var airspaces = sample(Generators.airspaces());
      covers(airspaces, "a state's airspace", a -> a.state().isPresent());
      covers(airspaces, "international airspace known by its region alone",
          a -> a.state().isEmpty() && a.name().isEmpty());
      covers(airspaces, "international airspace known by its name alone",
          a -> a.state().isEmpty() && a.flightInformationRegion().isEmpty());
      covers(airspaces, "a flight information region", a -> a.flightInformationRegion().isPresent());
      covers(airspaces, "no flight information region", a -> a.flightInformationRegion().isEmpty());
    }

    @Test
    void provenance() {
      var sources = sample(Generators.sources());
      covers(sources, "a well-known kind", s -> Code.known(SourceKind.class).contains(s.kind()));
      covers(sources, "an unknown kind", s -> !Code.known(SourceKind.class).contains(s.kind()));
      covers(sources, "no authors", s -> s.authors().isEmpty());
      covers(sources, "several authors", s -> s.authors().size() > 1);
      covers(sources, "a URL", s -> s.url().isPresent());
      covers(sources, "no URL", s -> s.url().isEmpty());
      covers(sources, "a publication date", s -> s.published().isPresent());
      covers(sources, "a publisher", s -> s.publisher().isPresent());
      var attributions = sample(Generators.attributions());
      coversAll(attributions, Hedge.class, a -> a.hedge());
      covers(attributions, "an asserter", a -> a.assertedBy().isPresent());
      covers(attributions, "joint asserters", a -> !a.alsoAssertedBy().isEmpty());
      covers(attributions, "no asserter", a -> a.assertedBy().isEmpty());
      covers(attributions, "an asserter's description", a -> a.assertedByDescription().isPresent());
      covers(attributions, "a date", a -> a.date().isPresent());
      var quotes = sample(Generators.quotes());
      covers(quotes, "a language", q -> q.language().isPresent());
      covers(quotes, "no language", q -> q.language().isEmpty());
    }

    @Test
    void spacesCoverEverySpaceCharacter() {
      Set<Integer> seen = sample(Arbitrary.spaces()).stream().flatMap(s -> s.chars().boxed())
          .collect(Collectors.toSet());
      assertThat(seen).containsExactlyInAnyOrderElementsOf(
          IntStream.rangeClosed(0, Character.MAX_VALUE).filter(c -> Text.isSpace((char) c))
              .boxed().collect(Collectors.toList()));
    }

    @Test
    void namesCoverAwkwardText() {
      var names = sample(Generators.names());
      covers(names, "Cyrillic", n -> n.value().matches(".*\\p{IsCyrillic}.*"));
      covers(names, "a diacritic", n -> n.value().matches(".*[\\u00C0-\\u017F].*"));
      covers(names, "a double quote", n -> n.value().contains("\""));
      covers(names, "a backslash", n -> n.value().contains("\\"));
      covers(names, "a character outside the BMP", n -> n.value().codePoints()
          .anyMatch(Character::isSupplementaryCodePoint));
      covers(names, "a control character", n -> n.value().chars().anyMatch(Character::isISOControl));
      covers(names, "a space character that String.isBlank takes for text", n -> n.value().chars()
          .anyMatch(c -> Text.isSpace((char) c) && !Character.isWhitespace(c) && c != 0xFEFF));
      covers(names, "a language and a script",
          n -> n.language().isPresent() && n.script().isPresent());
      covers(names, "neither language nor script",
          n -> n.language().isEmpty() && n.script().isEmpty());
    }

    @Test
    void extensions() {
      var extensions = sample(Generators.extensions());
      covers(extensions, "no extensions", Map::isEmpty);
      covers(extensions, "several extensions", e -> e.size() > 1);
      var names = sample(Generators.extensionNames());
      assertThat(names).allMatch(Extensions::isName);
      covers(names, "a STIX-style name", n -> n.startsWith("x_"));
      covers(names, "a reverse-domain name", n -> n.contains("."));
      covers(names, "four labels", n -> n.chars().filter(c -> c == '.').count() == 3);
      var values = sample(Generators.jsonValues());
      for (Class<?> kind : JsonValue.class.getPermittedSubclasses()) {
        covers(values, kind.getSimpleName(), kind::isInstance);
      }
      covers(values, "a number with trailing zeros", v -> v instanceof JsonValue.JsonNumber n
          && n.value().scale() > 0 && n.value().unscaledValue().mod(java.math.BigInteger.TEN)
              .signum() == 0);
      covers(values, "a number beyond a double's range", v -> v instanceof JsonValue.JsonNumber n
          && Double.isInfinite(n.value().doubleValue()));
      covers(values, "an object in an array in an object", v -> v instanceof JsonValue.JsonObject o
          && o.members().values().stream().anyMatch(m -> m instanceof JsonValue.JsonArray a
              && a.elements().stream().anyMatch(JsonValue.JsonObject.class::isInstance)));
      covers(values, "an object of several members", v -> v instanceof JsonValue.JsonObject o
          && o.members().size() > 1);
      for (var entities : List.of(Generators.sources(), Generators.actors(),
          Generators.relations(), Generators.events(), Generators.politicalPrisoners(),
          Generators.statistics(), Generators.states())) {
        var sample = sample(entities);
        covers(sample, "an entity with extensions", e -> !e.extensions().isEmpty());
        covers(sample, "an entity without", e -> e.extensions().isEmpty());
      }
    }

    @Test
    void unrecognizedElements() {
      var events = sample(Generators.unrecognizedEvents());
      covers(events, "an id first", e -> e.properties().keySet().iterator().next().equals("id"));
      covers(events, "an id not first",
          e -> !e.properties().keySet().iterator().next().equals("id"));
      covers(events, "a title of text", e -> !e.title().equals(e.type()));
      covers(events, "no title of text", e -> e.title().equals(e.type()));
      covers(events, "extension properties", e -> !e.extensions().isEmpty());
      covers(events, "a type of the future", e -> e.type().startsWith("future-"));
      covers(sample(Generators.unrecognizedActors()), "a name of text",
          a -> !a.name().equals(a.type()));
      covers(sample(Generators.unrecognizedThings()), "several properties",
          t -> t.properties().size() > 1);
      covers(sample(Generators.unrecognizedRelations()), "several properties",
          r -> r.properties().size() > 2);
      var dossiers = sample(Generators.dossiersWithUnrecognized());
      for (var list : List.<Function<Dossier, List<?>>>of(Dossier::actors, Dossier::relations,
          Dossier::events)) {
        covers(dossiers, "an unrecognized element", d -> list.apply(d).stream()
            .anyMatch(Unrecognized.class::isInstance));
        covers(dossiers, "one after a known element", d -> {
          List<?> elements = list.apply(d);
          return IntStream.range(1, elements.size()).anyMatch(i ->
              elements.get(i) instanceof Unrecognized
                  && !(elements.get(i - 1) instanceof Unrecognized));
        });
      }
      covers(dossiers, "none", d -> d.entities().stream().noneMatch(Unrecognized.class::isInstance));
    }

    @Test
    void actors() {
      var actors = sample(Generators.actors());
      for (Class<?> variant : List.of(State.class, Person.class, Organization.class,
          Collective.class)) {
        covers(actors, variant.getSimpleName(), variant::isInstance);
      }
      var states = sample(Generators.states());
      assertThat(states).allMatch(s -> StateCatalogue.find(s.alpha2()).orElseThrow().id()
          .equals(s.id()));
      covers(states, "a state with other names", s -> !s.otherNames().isEmpty());
      var persons = sample(Generators.persons());
      covers(persons, "no other names", p -> p.otherNames().isEmpty());
      covers(persons, "several other names", p -> p.otherNames().size() > 1);
      covers(persons, "external ids", p -> !p.externalIds().isEmpty());
      covers(persons, "a birth date", p -> p.birthDate().isPresent());
      var organizations = sample(Generators.organizations());
      covers(organizations, "an unknown kind",
          o -> !Code.known(OrganizationKind.class).contains(o.kind()));
      covers(organizations, "the kind 'militia'",
          o -> o.kind().equals(OrganizationKind.of("militia")));
      covers(organizations, "a parent", o -> o.parent().isPresent());
      covers(organizations, "a state", o -> o.state().isPresent());
      var collectives = sample(Generators.collectives());
      covers(collectives, "a size", c -> c.size().isPresent());
      covers(collectives, "no size", c -> c.size().isEmpty());
      covers(collectives, "an affiliation", c -> c.affiliation().isPresent());
      covers(collectives, "a kind", c -> c.kind().isPresent());
    }

    @Test
    void relations() {
      var relations = sample(Generators.relations());
      for (Class<?> variant : List.of(Membership.class, Office.class, ActorRelation.class)) {
        covers(relations, variant.getSimpleName(), variant::isInstance);
      }
      covers(relations, "a period", r -> r.period().isPresent());
      covers(relations, "no period", r -> r.period().isEmpty());
      covers(relations, "no attributions", r -> r.attributions().isEmpty());
      covers(relations, "attributions", r -> !r.attributions().isEmpty());
      var kinds = sample(Generators.actorRelations());
      covers(kinds, "a well-known kind", r -> Code.known(RelationKind.class).contains(r.kind()));
      covers(kinds, "an unknown kind", r -> !Code.known(RelationKind.class).contains(r.kind()));
      covers(kinds, "a description", r -> r.description().isPresent());
    }

    @Test
    void events() {
      var events = sample(Generators.events());
      for (Class<?> variant : EVENT_VARIANTS) {
        covers(events, variant.getSimpleName(), variant::isInstance);
      }
      covers(events, "no time", e -> e.when().isEmpty());
      covers(events, "an open period", e -> e.when().isPresent() && e.when().get().end().isEmpty());
      covers(events, "a description", e -> e.description().isPresent());
      covers(events, "several places", e -> e.places().size() > 1);
      covers(events, "no participants", e -> e.participants().isEmpty());
      covers(events, "one actor in two roles", e -> e.participants().stream()
          .map(p -> p.actor().id()).distinct().count() < e.participants().size());
      covers(events, "links", e -> !e.links().isEmpty());
      covers(events, "attributions", e -> !e.attributions().isEmpty());
      covers(events, "impacts", e -> !e.impacts().isEmpty());
      covers(events, "an impact claim superseding another of its kind",
          e -> e.impacts().stream().anyMatch(c -> c.supersedes().isPresent()));
      var impacts = sample(Generators.impacts());
      for (ImpactKind kind : Code.known(ImpactKind.class)) {
        covers(impacts, kind.code(), i -> i.kind().equals(kind));
      }
      covers(impacts, "an unknown kind", i -> !Code.known(ImpactKind.class).contains(i.kind()));
      covers(impacts, "a group", i -> i.affected().isPresent());
      covers(impacts, "an actor", i -> i.affectedActor().isPresent());
      covers(impacts, "one thing counted as one", i -> i.affectedThings().size() == 1
          && i.count().equals(UncertainCount.exactly(1)));
      covers(impacts, "two things", i -> i.affectedThings().size() == 2);
      covers(impacts, "as many things as the count's upper bound", i -> !i.affectedThings()
          .isEmpty() && i.count().upper().equals(OptionalLong.of(i.affectedThings().size())));
      covers(events, "suspicions", e -> !e.suspicions().isEmpty());
      covers(events, "a suspicion superseding another",
          e -> e.suspicions().stream().anyMatch(x -> x.supersedes().isPresent()));
      var suspicions = sample(Generators.suspicions());
      covers(suspicions, "a thing only", x -> x.thing().isPresent() && x.actor().isEmpty());
      covers(suspicions, "an actor only", x -> x.thing().isEmpty() && x.actor().isPresent());
      covers(suspicions, "a thing and an actor",
          x -> x.thing().isPresent() && x.actor().isPresent());
      covers(impacts, "people named", i -> !i.people().isEmpty());
      covers(impacts, "as many people named as the count's upper bound",
          i -> !i.people().isEmpty() && i.count().upper().equals(OptionalLong.of(i.people().size())));
      var statistics = sample(Generators.statistics());
      covers(statistics, "an event counted", s -> s.event().isPresent());
      covers(statistics, "a revision", s -> s.supersedes().isPresent());
      var participants = sample(Generators.participants());
      covers(participants, "a well-known role",
          p -> Code.known(ParticipantRole.class).contains(p.role()));
      covers(participants, "an unknown role",
          p -> !Code.known(ParticipantRole.class).contains(p.role()));
      var links = sample(Generators.eventLinks());
      covers(links, "a well-known kind", l -> Code.known(LinkKind.class).contains(l.kind()));
      covers(links, "an unknown kind", l -> !Code.known(LinkKind.class).contains(l.kind()));
      covers(links, "a description", l -> l.description().isPresent());
      covers(links, "attributions", l -> !l.attributions().isEmpty());
    }

    @Test
    void militaryExercises() {
      var exercises = sample(Generators.militaryExercises());
      coversAll(exercises, ExerciseStatus.class, MilitaryExercise::status);
      covers(exercises, "a notification", x -> x.notification().isPresent());
      covers(exercises, "observers", x -> !x.observers().isEmpty());
      covers(exercises, "an edition and a time",
          x -> x.edition().isPresent() && x.when().isPresent());
      covers(exercises, "an edition without a time",
          x -> x.edition().isPresent() && x.when().isEmpty());
      covers(exercises, "no edition", x -> x.edition().isEmpty());
      covers(exercises, "several hosts", x -> x.hosts().size() > 1);
      covers(exercises, "no strength claims", x -> x.strength().isEmpty());
      covers(exercises, "several strength claims", x -> x.strength().size() > 1);
      covers(exercises, "a series", x -> x.series().isPresent());
      covers(exercises, "a status reason", x -> x.statusReason().isPresent());
      var strengths = sample(Generators.strengths());
      coversAll(strengths, StrengthCategory.class, Strength::category);
      for (Answer answer : Answer.values()) {
        covers(strengths, "a claim answering " + answer + " to a threshold",
            s -> ViennaDocument2011.THRESHOLDS.stream()
                .anyMatch(t -> t.category() == s.category()
                    && s.count().reaches(t.minimum()) == answer));
      }
      covers(strengths, "a count of exactly a threshold", s -> ViennaDocument2011.THRESHOLDS
          .stream().anyMatch(t -> s.count().lower() == t.minimum()
              && s.count().upper().equals(OptionalLong.of(t.minimum()))));
      covers(strengths, "a count one below a threshold", s -> ViennaDocument2011.THRESHOLDS
          .stream().anyMatch(t -> s.count().upper().equals(OptionalLong.of(t.minimum() - 1))));
      var breakdowns = sample(Generators.breakdowns());
      covers(breakdowns, "a part apart from the first",
          b -> b.stream().anyMatch(b.get(0)::isApartFrom));
      covers(breakdowns, "no part apart from the first",
          b -> b.stream().noneMatch(b.get(0)::isApartFrom));
      covers(breakdowns, "a part that may overlap one apart from the first", b -> b.stream()
          .anyMatch(p -> p != b.get(0) && !p.isApartFrom(b.get(0))
              && b.stream().anyMatch(q -> q.isApartFrom(b.get(0)) && !q.isApartFrom(p))));
      covers(breakdowns, "a corrected part", b -> b.stream().anyMatch(p -> p.supersedes()
          .isPresent()));
    }

    @Test
    void airspaceIncidents() {
      var incidents = sample(Generators.airspaceIncidents());
      covers(incidents, "no intrusions", a -> a.intrusions().isEmpty());
      covers(incidents, "several intrusions", a -> a.intrusions().size() > 1);
      covers(incidents, "an unbounded intrusion",
          a -> a.intrusions().stream().anyMatch(i -> i.count().upper().isEmpty()));
      covers(incidents, "as many shot down as can have entered", a -> a.responses().stream()
          .anyMatch(r -> r.action().equals(ResponseAction.SHOT_DOWN) && r.count().isPresent()
              && a.intrusions().size() > 0
              && a.mostThatEntered().equals(OptionalLong.of(r.count().get().lower()))));
      covers(incidents, "an origin superseding another", a -> a.intrusions().stream()
          .anyMatch(i -> i.origin().stream().anyMatch(c -> c.supersedes().isPresent())));
      covers(incidents, "a transit", a -> a.intrusions().stream()
          .anyMatch(i -> !i.transits().isEmpty()));
      covers(incidents, "claims", a -> !a.claims().isEmpty());
      covers(incidents, "consequences", a -> !a.consequences().isEmpty());
      covers(incidents, "consultations", a -> !a.consultations().isEmpty());
      covers(incidents, "a flight information region",
          a -> a.airspace().flightInformationRegion().isPresent());
      var intrusions = sample(Generators.intrusions());
      covers(intrusions, "a well-known platform",
          i -> Code.known(PlatformKind.class).contains(i.platform()));
      covers(intrusions, "an unknown platform",
          i -> !Code.known(PlatformKind.class).contains(i.platform()));
      covers(intrusions, "a model", i -> i.model().isPresent());
      covers(intrusions, "platform claims", i -> !i.platformClaims().isEmpty());
      covers(intrusions, "a platform claim superseded",
          i -> i.platformClaims().stream().anyMatch(c -> c.supersedes().isPresent()));
      covers(intrusions, "model claims", i -> !i.modelClaims().isEmpty());
      covers(intrusions, "several kinds of conduct", i -> i.conduct().size() > 1);
      covers(intrusions, "a payload", i -> i.payload().isPresent());
      covers(intrusions, "an entry", i -> i.entry().isPresent());
      covers(intrusions, "several origin claims", i -> i.origin().size() > 1);
      var responses = sample(Generators.responses());
      covers(responses, "an unknown action",
          r -> !Code.known(ResponseAction.class).contains(r.action()));
      covers(responses, "no responders", r -> r.responders().isEmpty());
      covers(responses, "several assets", r -> r.assets().size() > 1);
      covers(responses, "an attribution", r -> r.attribution().isPresent());
      var consequences = sample(Generators.consequences());
      covers(consequences, "an unknown kind",
          c -> !Code.known(ConsequenceKind.class).contains(c.kind()));
      covers(consequences, "a count", c -> c.count().isPresent());
      var consultations = sample(Generators.consultations());
      covers(consultations, "requested and held",
          c -> c.requested().isPresent() && c.held().isPresent());
      covers(consultations, "neither requested nor held",
          c -> c.requested().isEmpty() && c.held().isEmpty());
      covers(consultations, "Article 4", c -> c.basis().equals("Article 4"));
      for (ConsultationStatus stage : ConsultationStatus.values()) {
        covers(consultations, "stage " + stage, c -> c.stage() == stage);
      }
      covers(consultations, "a status given", c -> c.status().isPresent());
      covers(consultations, "considered, then requested and declined", c -> c.considered()
          .isPresent() && c.requested().isPresent() && c.declined().isPresent());
      var transits = sample(Generators.transits());
      covers(transits, "a count", t -> t.count().isPresent());
      covers(transits, "no count", t -> t.count().isEmpty());
    }

    @Test
    void otherEvents() {
      var statements = sample(Generators.statements());
      covers(statements, "a quote only", s -> s.quote().isPresent() && s.summary().isEmpty());
      covers(statements, "a summary only", s -> s.quote().isEmpty() && s.summary().isPresent());
      covers(statements, "a quote and a summary",
          s -> s.quote().isPresent() && s.summary().isPresent());
      covers(statements, "an audience", s -> !s.audience().isEmpty());
      covers(statements, "a venue", s -> s.venue().isPresent());
      var meetings = sample(Generators.meetings());
      covers(meetings, "a topic", m -> m.topic().isPresent());
      covers(meetings, "no topic", m -> m.topic().isEmpty());
      var closures = sample(Generators.borderClosures());
      covers(closures, "no named crossings", b -> b.crossings().isEmpty());
      covers(closures, "several crossings", b -> b.crossings().size() > 1);
      covers(closures, "a reason", b -> b.reason().isPresent());
      covers(closures, "a related exercise", b -> b.relatedExercise().isPresent());
      var general = sample(Generators.generalEvents());
      covers(general, "a PLOVER kind", g -> Code.known(EventKind.class).contains(g.kind()));
      covers(general, "an unknown kind", g -> !Code.known(EventKind.class).contains(g.kind()));
      covers(general, "a mode", g -> g.mode().isPresent());
      assertThat(sample(Generators.warnings())).allMatch(w -> !w.by().id().equals(w.to().id()));
    }

    @Test
    void things() {
      var vessels = sample(Generators.vessels());
      covers(vessels, "a well-known kind",
          v -> v.kind().filter(Code.known(VesselKind.class)::contains).isPresent());
      covers(vessels, "an unknown kind",
          v -> v.kind().filter(k -> !Code.known(VesselKind.class).contains(k)).isPresent());
      covers(vessels, "an IMO number", v -> v.imoNumber().isPresent());
      covers(vessels, "the Eagle S's IMO number",
          v -> v.imoNumber().equals(Optional.of("9329760")));
      covers(vessels, "an IMO number and other external ids",
          v -> v.imoNumber().isPresent() && v.externalIds().size() > 1);
      covers(vessels, "several operators", v -> v.operators().size() > 1);
      var infrastructures = sample(Generators.infrastructures());
      for (InfrastructureKind kind : Code.known(InfrastructureKind.class)) {
        covers(infrastructures, kind.code(), i -> i.kind().equals(kind));
      }
      covers(infrastructures, "an unknown kind",
          i -> !Code.known(InfrastructureKind.class).contains(i.kind()));
      covers(infrastructures, "several places", i -> i.places().size() > 1);
      var things = sample(Generators.things());
      for (Class<?> variant : List.of(Vessel.class, Aircraft.class, Infrastructure.class)) {
        covers(things, "a " + variant.getSimpleName(), variant::isInstance);
      }
    }

    @Test
    void prisoners() {
      var histories = sample(Generators.statusHistories());
      Set<PrisonerStatus> seen = histories.stream().flatMap(List::stream)
          .map(StatusChange::status)
          .collect(Collectors.toCollection(() -> EnumSet.noneOf(PrisonerStatus.class)));
      assertThat(seen).containsExactlyInAnyOrder(PrisonerStatus.values());
      covers(histories, "the empty history", List::isEmpty);
      covers(histories, "a history of eight changes", h -> h.size() == 8);
      covers(histories, "a conviction in absentia", h -> !h.isEmpty()
          && h.get(0).status() == PrisonerStatus.CONVICTED);
      covers(histories, "a re-arrest after release", h -> followedLater(h,
          PrisonerStatus.RELEASED, PrisonerStatus.DETAINED));
      covers(histories, "an expulsion after a pardon", h -> followedLater(h,
          PrisonerStatus.PARDONED, PrisonerStatus.EXPELLED));
      covers(histories, "death in custody", h -> !h.isEmpty()
          && h.get(h.size() - 1).status() == PrisonerStatus.DIED_IN_CUSTODY);
      covers(histories, "two changes on one date", h -> IntStream.range(1, h.size())
          .anyMatch(i -> h.get(i).date().equals(h.get(i - 1).date())));
      covers(histories, "a later date that starts earlier (2021-03, then 2021)",
          h -> IntStream.range(1, h.size()).anyMatch(i -> h.get(i).date().earliest()
              .isBefore(h.get(i - 1).date().earliest())));
      covers(histories, "an attributed change", h -> h.stream()
          .anyMatch(c -> c.attribution().isPresent()));
      var prisoners = sample(Generators.politicalPrisoners());
      covers(prisoners, "several charges", p -> p.charges().size() > 1);
      covers(prisoners, "a sentence", p -> p.sentence().isPresent());
      covers(prisoners, "recognitions", p -> !p.recognitions().isEmpty());
      covers(prisoners, "a place of confinement", p -> p.placeOfConfinement().isPresent());
      var terms = sample(Generators.terms());
      covers(terms, "a zero term", t -> t.years() == 0 && t.months() == 0 && t.days() == 0);
      covers(terms, "the longest term", t -> t.years() == Integer.MAX_VALUE);
      var sentences = sample(Generators.sentences());
      covers(sentences, "no term", s -> s.term().isEmpty());
      covers(sentences, "an unknown regime",
          s -> s.regime().filter(r -> !Code.known(Regime.class).contains(r)).isPresent());
      covers(sentences, "no regime", s -> s.regime().isEmpty());
      covers(sentences, "a date and a court", s -> s.date().isPresent() && s.court().isPresent());
      covers(sentences, "in absentia", Sentence::inAbsentia);
      covers(sentences, "not in absentia", s -> !s.inAbsentia());
      covers(sample(Generators.statusChanges()), "an event that brought it about",
          c -> c.event().isPresent());
      var recognitions = sample(Generators.recognitions());
      covers(recognitions, "no criteria", r -> r.criteria().isEmpty());
      covers(recognitions, "another kind",
          r -> !r.kind().equals(RecognitionKind.POLITICAL_PRISONER));
      covers(recognitions, "an attribution", r -> r.attribution().isPresent());
      covers(recognitions, "every criterion",
          r -> r.criteria().size() == Pace1900Criterion.values().length);
      var charges = sample(Generators.charges());
      covers(charges, "a part", c -> c.part().isPresent());
      covers(charges, "no part", c -> c.part().isEmpty());
      var statistics = sample(Generators.statistics());
      covers(statistics, "a well-known metric", s -> Code.known(Metric.class).contains(s.metric()));
      covers(statistics, "an unknown metric", s -> !Code.known(Metric.class).contains(s.metric()));
    }

    @Test
    void dossiers() {
      var dossiers = Samples.of(Generators.dossiers(), 200);
      for (Class<?> variant : EVENT_VARIANTS) {
        covers(dossiers, "a " + variant.getSimpleName(),
            d -> d.events().stream().anyMatch(variant::isInstance));
      }
      for (Class<?> variant : List.of(Membership.class, Office.class, ActorRelation.class)) {
        covers(dossiers, "a " + variant.getSimpleName(),
            d -> d.relations().stream().anyMatch(variant::isInstance));
      }
      covers(dossiers, "no events", d -> d.events().isEmpty());
      covers(dossiers, "an untimed event",
          d -> d.events().stream().anyMatch(e -> e.when().isEmpty()));
      covers(dossiers, "a link between events",
          d -> d.events().stream().anyMatch(e -> !e.links().isEmpty()));
      covers(dossiers, "a border closure tied to an exercise of the dossier", d -> d.events()
          .stream().anyMatch(e -> e instanceof BorderClosure b && b.relatedExercise().isPresent()));
      covers(dossiers, "prisoners", d -> !d.prisoners().isEmpty());
      covers(dossiers, "a recognition", d -> d.prisoners().stream()
          .anyMatch(p -> !p.recognitions().isEmpty()));
      covers(dossiers, "statistics", d -> !d.statistics().isEmpty());
      covers(dossiers, "a collective", d -> d.actors().stream()
          .anyMatch(Collective.class::isInstance));
      covers(dossiers, "a title", d -> d.title().isPresent());
      for (Class<?> variant : List.of(Vessel.class, Aircraft.class, Infrastructure.class)) {
        covers(dossiers, "a " + variant.getSimpleName(),
            d -> d.things().stream().anyMatch(variant::isInstance));
      }
      covers(dossiers, "an impact on a thing of the dossier", d -> d.events().stream()
          .flatMap(e -> e.impacts().stream()).anyMatch(c -> !c.value().affectedThings().isEmpty()));
      covers(dossiers, "a thing suspected", d -> d.events().stream()
          .flatMap(e -> e.suspicions().stream()).anyMatch(x -> x.thing().isPresent()));
      covers(dossiers, "a vessel flying the flag of a state of the dossier", d -> d.things()
          .stream().anyMatch(t -> t instanceof Vessel v && v.flagState().isPresent()));
    }
  }

  private static final List<Class<?>> EVENT_VARIANTS = List.of(MilitaryExercise.class,
      AirspaceIncident.class, Statement.class, Meeting.class, BorderClosure.class, Warning.class,
      GeneralEvent.class);

  /** Whether {@code first} comes somewhere in {@code history} and {@code then} somewhere after. */
  private static boolean followedLater(List<StatusChange> history, PrisonerStatus first,
      PrisonerStatus then) {
    int i = history.stream().map(StatusChange::status).collect(Collectors.toList()).indexOf(first);
    return i >= 0 && history.subList(i + 1, history.size()).stream()
        .anyMatch(c -> c.status() == then);
  }
}
