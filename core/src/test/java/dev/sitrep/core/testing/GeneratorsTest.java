package dev.sitrep.core.testing;

import dev.sitrep.core.Code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.quicktheories.QuickTheory.qt;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.ActorRelation;
import dev.sitrep.core.actor.Collective;
import dev.sitrep.core.actor.ImmutableCollective;
import dev.sitrep.core.actor.ImmutableMembership;
import dev.sitrep.core.actor.ImmutableName;
import dev.sitrep.core.actor.ImmutableOffice;
import dev.sitrep.core.actor.ImmutableOrganization;
import dev.sitrep.core.actor.ImmutablePerson;
import dev.sitrep.core.actor.ImmutableState;
import dev.sitrep.core.actor.Membership;
import dev.sitrep.core.actor.Office;
import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.actor.OrganizationKind;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.Relation;
import dev.sitrep.core.actor.RelationKind;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.geo.ImmutableAirspace;
import dev.sitrep.core.geo.ImmutableGeoPoint;
import dev.sitrep.core.geo.ImmutablePlace;
import dev.sitrep.core.geo.PlacePrecision;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.IdScheme;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.ImmutableAttribution;
import dev.sitrep.core.provenance.ImmutableClaim;
import dev.sitrep.core.provenance.ImmutableQuote;
import dev.sitrep.core.provenance.ImmutableSource;
import dev.sitrep.core.provenance.SourceKind;
import dev.sitrep.core.quantity.ImmutableUncertainCount;
import dev.sitrep.core.quantity.Qualifier;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.ImmutablePeriod;
import dev.sitrep.core.time.Precision;
import dev.sitrep.core.time.TimePoint;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
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
        new Case<>("actorRelations", Generators.actorRelations(), GeneratorsTest::rebuild),
        new Case<>("relations", Generators.relations(), GeneratorsTest::rebuildRelation))
        .map(Case::test);
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

  private static Relation rebuildRelation(Relation relation) {
    if (relation instanceof Membership m) {
      return ImmutableMembership.builder().from(m).build();
    } else if (relation instanceof Office o) {
      return ImmutableOffice.builder().from(o).build();
    }
    return rebuild((ActorRelation) relation);
  }

  /** The attribute {@code from} takes the place of the builder's usual {@code from(instance)}. */
  private static ActorRelation rebuild(ActorRelation r) {
    return ActorRelation.builder().id(r.id()).from(r.from()).kind(r.kind()).to(r.to())
        .period(r.period()).attributions(r.attributions()).build();
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
          c -> c.upper().isPresent() && c.upper().getAsLong() == Long.MAX_VALUE);
      covers(counts, "a lower bound of 0", c -> c.lower() == 0);
      covers(counts, "a phrase", c -> c.phrase().isPresent());
      covers(counts, "no phrase", c -> c.phrase().isEmpty());
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
      var airspaces = sample(Generators.airspaces());
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
      covers(attributions, "no asserter", a -> a.assertedBy().isEmpty());
      covers(attributions, "an asserter's description", a -> a.assertedByDescription().isPresent());
      covers(attributions, "a date", a -> a.date().isPresent());
      var quotes = sample(Generators.quotes());
      covers(quotes, "a language", q -> q.language().isPresent());
      covers(quotes, "no language", q -> q.language().isEmpty());
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
      covers(names, "a language and a script",
          n -> n.language().isPresent() && n.script().isPresent());
      covers(names, "neither language nor script",
          n -> n.language().isEmpty() && n.script().isEmpty());
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
    }
  }
}
