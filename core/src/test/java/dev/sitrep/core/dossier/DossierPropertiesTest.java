package dev.sitrep.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.ActorRelation;
import dev.sitrep.core.actor.Collective;
import dev.sitrep.core.actor.ImmutableActorRelation;
import dev.sitrep.core.actor.ImmutableCollective;
import dev.sitrep.core.actor.ImmutableMembership;
import dev.sitrep.core.actor.ImmutableOffice;
import dev.sitrep.core.actor.ImmutableOrganization;
import dev.sitrep.core.actor.Membership;
import dev.sitrep.core.actor.Office;
import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.Relation;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.airspace.Consultation;
import dev.sitrep.core.airspace.ImmutableAirspaceIncident;
import dev.sitrep.core.airspace.ImmutableConsultation;
import dev.sitrep.core.airspace.ImmutableIntrusion;
import dev.sitrep.core.airspace.Intrusion;
import dev.sitrep.core.airspace.Transit;
import dev.sitrep.core.event.BorderClosure;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.ImmutableBorderClosure;
import dev.sitrep.core.event.ImmutableEventLink;
import dev.sitrep.core.event.ImmutableImpact;
import dev.sitrep.core.event.ImmutableSuspicion;
import dev.sitrep.core.event.Impact;
import dev.sitrep.core.event.Suspicion;
import dev.sitrep.core.event.ImmutableStatement;
import dev.sitrep.core.event.ImmutableWarning;
import dev.sitrep.core.event.Meeting;
import dev.sitrep.core.event.Participant;
import dev.sitrep.core.event.Statement;
import dev.sitrep.core.event.Warning;
import dev.sitrep.core.exercise.ImmutableMilitaryExercise;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.geo.Airspace;
import dev.sitrep.core.geo.ImmutablePlace;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.prisoner.ImmutablePoliticalPrisoner;
import dev.sitrep.core.prisoner.ImmutableRecognition;
import dev.sitrep.core.prisoner.PoliticalPrisoner;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.ImmutableAttribution;
import dev.sitrep.core.provenance.ImmutableClaim;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.statistic.ImmutableStatistic;
import dev.sitrep.core.statistic.Metric;
import dev.sitrep.core.statistic.Statistic;
import dev.sitrep.core.testing.Generators;
import dev.sitrep.core.thing.ImmutableVessel;
import dev.sitrep.core.thing.Thing;
import dev.sitrep.core.thing.Vessel;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of dossiers: generated ones are valid; pointing one reference at an id the dossier
 * lacks, or at an entity of the wrong kind, yields exactly that problem at that path; a repeated id
 * is reported where it repeats; the timeline is sorted by earliest start, ties in the dossier's
 * order, untimed events last; every entity is found by its id.
 *
 * <p>Where each reference lies, and what kind of entity it needs, is written out below once more,
 * apart from the dossier's own walk over its references.
 */
class DossierPropertiesTest {
  private static final int EXAMPLES = 100;
  private static final EntityId MISSING = EntityId.of("missing/nowhere");

  /**
   * A reference in a dossier: its path, the kind of entity it needs, the ids it may not take
   * without breaking a rule of the value holding it, and the dossier with it pointing elsewhere.
   */
  private record Site(String path, Class<? extends Entity> kind, Set<EntityId> forbidden,
      Function<EntityId, Dossier> pointAt) {}

  // ---------------------------------------------------------------- where references lie

  private static <T> List<T> set(List<T> list, int i, T value) {
    List<T> copy = new ArrayList<>(list);
    copy.set(i, value);
    return copy;
  }

  private static Set<EntityId> ids(Stream<? extends Ref<?>> refs) {
    return refs.map(Ref::id).collect(Collectors.toSet());
  }

  /** Calls {@code with<attribute>(Iterable)} on an event of any kind. */
  private static Event with(Event event, String attribute, List<?> value) {
    try {
      return (Event) event.getClass().getMethod("with" + attribute, Iterable.class)
          .invoke(event, value);
    } catch (InvocationTargetException e) {
      throw (RuntimeException) e.getCause();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static List<Site> sites(Dossier d) {
    List<Site> sites = new ArrayList<>();
    for (int i = 0; i < d.actors().size(); i++) {
      int at = i;
      String p = "actors[" + i + "]";
      Function<Actor, Dossier> put =
          a -> ImmutableDossier.copyOf(d).withActors(set(d.actors(), at, a));
      if (d.actors().get(i) instanceof Organization o) {
        o.parent().ifPresent(x -> sites.add(new Site(p + ".parent", Organization.class,
            Set.of(o.id()), id -> put.apply(ImmutableOrganization.copyOf(o)
                .withParent(Ref.of(id))))));
        o.state().ifPresent(x -> sites.add(new Site(p + ".state", State.class, Set.of(),
            id -> put.apply(ImmutableOrganization.copyOf(o).withState(Ref.of(id))))));
      } else if (d.actors().get(i) instanceof Collective c) {
        c.affiliation().ifPresent(x -> sites.add(new Site(p + ".affiliation", Actor.class,
            Set.of(), id -> put.apply(ImmutableCollective.copyOf(c)
                .withAffiliation(Ref.of(id))))));
      }
    }
    for (int i = 0; i < d.things().size(); i++) {
      int at = i;
      String p = "things[" + i + "]";
      Thing t = d.things().get(i);
      if (t instanceof Vessel v) {
        Function<Vessel, Dossier> put =
            x -> ImmutableDossier.copyOf(d).withThings(set(d.things(), at, x));
        v.flagState().ifPresent(x -> sites.add(new Site(p + ".flag_state", State.class,
            Set.of(), id -> put.apply(ImmutableVessel.copyOf(v).withFlagState(Ref.of(id))))));
        for (int j = 0; j < v.operators().size(); j++) {
          int k = j;
          Set<EntityId> others = ids(v.operators().stream().filter(o -> o != v.operators().get(k)));
          sites.add(new Site(p + ".operators[" + j + "]", Actor.class, others,
              id -> put.apply(ImmutableVessel.copyOf(v)
                  .withOperators(set(v.operators(), k, Ref.of(id))))));
        }
      }
    }
    for (int i = 0; i < d.relations().size(); i++) {
      int at = i;
      String p = "relations[" + i + "]";
      Function<Relation, Dossier> put =
          r -> ImmutableDossier.copyOf(d).withRelations(set(d.relations(), at, r));
      Relation r = d.relations().get(i);
      if (r instanceof Membership m) {
        sites.add(new Site(p + ".member", Actor.class, Set.of(m.organization().id()),
            id -> put.apply(ImmutableMembership.copyOf(m).withMember(Ref.of(id)))));
        sites.add(new Site(p + ".organization", Organization.class, Set.of(m.member().id()),
            id -> put.apply(ImmutableMembership.copyOf(m).withOrganization(Ref.of(id)))));
      } else if (r instanceof Office o) {
        sites.add(new Site(p + ".holder", Person.class, Set.of(o.of().id()),
            id -> put.apply(ImmutableOffice.copyOf(o).withHolder(Ref.of(id)))));
        sites.add(new Site(p + ".of", Actor.class, Set.of(o.holder().id()),
            id -> put.apply(ImmutableOffice.copyOf(o).withOf(Ref.of(id)))));
      } else {
        ActorRelation a = (ActorRelation) r;
        sites.add(new Site(p + ".from", Actor.class, Set.of(a.to().id()),
            id -> put.apply(ImmutableActorRelation.copyOf(a).withSubject(Ref.of(id)))));
        sites.add(new Site(p + ".to", Actor.class, Set.of(a.subject().id()),
            id -> put.apply(ImmutableActorRelation.copyOf(a).withTo(Ref.of(id)))));
      }
    }
    for (int i = 0; i < d.events().size(); i++) {
      eventSites(d, i, sites);
    }
    for (int i = 0; i < d.prisoners().size(); i++) {
      int at = i;
      String p = "prisoners[" + i + "]";
      PoliticalPrisoner x = d.prisoners().get(i);
      Function<PoliticalPrisoner, Dossier> put =
          y -> ImmutableDossier.copyOf(d).withPrisoners(set(d.prisoners(), at, y));
      sites.add(new Site(p + ".person", Person.class, Set.of(),
          id -> put.apply(ImmutablePoliticalPrisoner.copyOf(x).withPerson(Ref.of(id)))));
      sites.add(new Site(p + ".detaining_state", State.class, Set.of(),
          id -> put.apply(ImmutablePoliticalPrisoner.copyOf(x).withDetainingState(Ref.of(id)))));
      for (int j = 0; j < x.recognitions().size(); j++) {
        int k = j;
        sites.add(new Site(p + ".recognitions[" + j + "].by", Organization.class, Set.of(),
            id -> put.apply(ImmutablePoliticalPrisoner.copyOf(x).withRecognitions(
                set(x.recognitions(), k, ImmutableRecognition.copyOf(x.recognitions().get(k))
                    .withBy(Ref.of(id)))))));
      }
    }
    for (int i = 0; i < d.statistics().size(); i++) {
      int at = i;
      String p = "statistics[" + i + "]";
      Statistic s = d.statistics().get(i);
      Function<Statistic, Dossier> put =
          y -> ImmutableDossier.copyOf(d).withStatistics(set(d.statistics(), at, y));
      sites.add(new Site(p + ".subject", Actor.class, Set.of(),
          id -> put.apply(ImmutableStatistic.copyOf(s).withSubject(Ref.of(id)))));
      sites.add(new Site(p + ".attribution.source", Source.class, Set.of(),
          id -> put.apply(ImmutableStatistic.copyOf(s).withAttribution(
              ImmutableAttribution.copyOf(s.attribution()).withSource(Ref.of(id))))));
    }
    return sites;
  }

  private static void eventSites(Dossier d, int i, List<Site> sites) {
    String p = "events[" + i + "]";
    Event e = d.events().get(i);
    Function<Event, Dossier> put =
        x -> ImmutableDossier.copyOf(d).withEvents(set(d.events(), i, x));
    for (int j = 0; j < e.participants().size(); j++) {
      int k = j;
      Participant x = e.participants().get(j);
      Set<EntityId> sameRole = ids(e.participants().stream()
          .filter(q -> q != x && q.role().equals(x.role())).map(Participant::actor));
      sites.add(new Site(p + ".participants[" + j + "].actor", Actor.class, sameRole,
          id -> put.apply(with(e, "Participants", set(e.participants(), k,
              Participant.of(Ref.of(id), x.role()))))));
    }
    for (int j = 0; j < e.links().size(); j++) {
      int k = j;
      sites.add(new Site(p + ".links[" + j + "].target", Event.class, Set.of(e.id()),
          id -> put.apply(with(e, "Links", set(e.links(), k,
              ImmutableEventLink.copyOf(e.links().get(k)).withTarget(Ref.of(id)))))));
    }
    for (int j = 0; j < e.attributions().size(); j++) {
      int k = j;
      sites.add(new Site(p + ".attributions[" + j + "].source", Source.class, Set.of(),
          id -> put.apply(with(e, "Attributions", set(e.attributions(), k,
              ImmutableAttribution.copyOf(e.attributions().get(k)).withSource(Ref.of(id)))))));
    }
    for (int j = 0; j < e.places().size(); j++) {
      int k = j;
      Place place = e.places().get(k);
      if (place.country().isPresent()) {
        sites.add(new Site(p + ".places[" + j + "].country", State.class, Set.of(),
            id -> put.apply(with(e, "Places", set(e.places(), k,
                ImmutablePlace.copyOf(place).withCountry(Ref.of(id)))))));
      }
      for (int b = 0; b < place.borderStates().size(); b++) {
        int m = b;
        Set<EntityId> others = ids(place.borderStates().stream()
            .filter(s -> s != place.borderStates().get(m)));
        sites.add(new Site(p + ".places[" + j + "].border_states[" + b + "]", State.class, others,
            id -> put.apply(with(e, "Places", set(e.places(), k, ImmutablePlace.copyOf(place)
                .withBorderStates(set(place.borderStates(), m, Ref.of(id))))))));
      }
    }
    for (int j = 0; j < e.impacts().size(); j++) {
      int k = j;
      Claim<Impact> c = e.impacts().get(j);
      List<Ref<? extends Thing>> things = c.value().affectedThings();
      for (int m = 0; m < things.size(); m++) {
        int n = m;
        Set<EntityId> others = ids(things.stream().filter(t -> t != things.get(n)));
        sites.add(new Site(p + ".impacts[" + j + "].value.affected_things[" + m + "]",
            Thing.class, others, id -> put.apply(with(e, "Impacts", set(e.impacts(), k,
                ImmutableClaim.copyOf(c).withValue(ImmutableImpact.copyOf(c.value())
                    .withAffectedThings(set(things, n, Ref.of(id)))))))));
      }
    }
    for (int j = 0; j < e.suspicions().size(); j++) {
      int k = j;
      Suspicion x = e.suspicions().get(j);
      Function<Suspicion, Dossier> putSuspicion =
          y -> put.apply(with(e, "Suspicions", set(e.suspicions(), k, y)));
      x.thing().ifPresent(t -> sites.add(new Site(p + ".suspicions[" + k + "].thing",
          Thing.class, Set.of(), id -> putSuspicion.apply(ImmutableSuspicion.copyOf(x)
              .withThing(Ref.of(id))))));
      x.actor().ifPresent(a -> sites.add(new Site(p + ".suspicions[" + k + "].actor",
          Actor.class, Set.of(), id -> putSuspicion.apply(ImmutableSuspicion.copyOf(x)
              .withActor(Ref.of(id))))));
    }
    if (e instanceof MilitaryExercise x) {
      for (int j = 0; j < x.hosts().size(); j++) {
        int k = j;
        Set<EntityId> others = ids(x.hosts().stream().filter(h -> h != x.hosts().get(k)));
        sites.add(new Site(p + ".hosts[" + j + "]", State.class, others,
            id -> put.apply(ImmutableMilitaryExercise.copyOf(x)
                .withHosts(set(x.hosts(), k, Ref.of(id))))));
      }
    } else if (e instanceof AirspaceIncident a) {
      incidentSites(p, a, put, sites);
    } else if (e instanceof Statement s) {
      sites.add(new Site(p + ".speaker", Actor.class, Set.of(),
          id -> put.apply(ImmutableStatement.copyOf(s).withSpeaker(Ref.of(id)))));
    } else if (e instanceof BorderClosure b) {
      sites.add(new Site(p + ".closing_state", State.class, Set.of(b.neighbour().id()),
          id -> put.apply(ImmutableBorderClosure.copyOf(b).withClosingState(Ref.of(id)))));
      sites.add(new Site(p + ".neighbour", State.class, Set.of(b.closingState().id()),
          id -> put.apply(ImmutableBorderClosure.copyOf(b).withNeighbour(Ref.of(id)))));
      b.relatedExercise().ifPresent(x -> sites.add(new Site(p + ".related_exercise",
          MilitaryExercise.class, Set.of(),
          id -> put.apply(ImmutableBorderClosure.copyOf(b).withRelatedExercise(Ref.of(id))))));
    } else if (e instanceof Warning w) {
      sites.add(new Site(p + ".from", Actor.class, Set.of(w.to().id()),
          id -> put.apply(ImmutableWarning.copyOf(w).withBy(Ref.of(id)))));
      sites.add(new Site(p + ".to", Actor.class, Set.of(w.by().id()),
          id -> put.apply(ImmutableWarning.copyOf(w).withTo(Ref.of(id)))));
    }
  }

  private static void incidentSites(String p, AirspaceIncident a, Function<Event, Dossier> put,
      List<Site> sites) {
    Set<EntityId> origins = ids(a.intrusions().stream().flatMap(i -> Stream.concat(
        i.origin().stream().map(Claim::value), i.transits().stream().map(Transit::state))));
    sites.add(new Site(p + ".airspace.state", State.class, origins,
        id -> put.apply(ImmutableAirspaceIncident.copyOf(a)
            .withAirspace(Airspace.of(Ref.of(id))))));
    Set<EntityId> violated = a.violatedState().map(v -> Set.of(v.id())).orElse(Set.of());
    for (int j = 0; j < a.intrusions().size(); j++) {
      int m = j;
      Intrusion in = a.intrusions().get(j);
      Function<Intrusion, Dossier> putIntrusion = x -> put.apply(
          ImmutableAirspaceIncident.copyOf(a).withIntrusions(set(a.intrusions(), m, x)));
      for (int k = 0; k < in.origin().size(); k++) {
        int n = k;
        sites.add(new Site(p + ".intrusions[" + j + "].origin[" + k + "].value", State.class,
            violated, id -> putIntrusion.apply(ImmutableIntrusion.copyOf(in).withOrigin(
                set(in.origin(), n, ImmutableClaim.copyOf(in.origin().get(n))
                    .withValue(Ref.of(id)))))));
      }
      for (int k = 0; k < in.transits().size(); k++) {
        int n = k;
        sites.add(new Site(p + ".intrusions[" + j + "].transits[" + k + "].state", State.class,
            violated, id -> putIntrusion.apply(ImmutableIntrusion.copyOf(in).withTransits(
                set(in.transits(), n, Transit.of(Ref.of(id)))))));
      }
    }
    for (int j = 0; j < a.consultations().size(); j++) {
      int m = j;
      Consultation c = a.consultations().get(j);
      sites.add(new Site(p + ".consultations[" + j + "].forum", Organization.class, Set.of(),
          id -> put.apply(ImmutableAirspaceIncident.copyOf(a).withConsultations(
              set(a.consultations(), m, ImmutableConsultation.copyOf(c)
                  .withForum(Ref.of(id)))))));
    }
  }

  // ---------------------------------------------------------------- properties

  @Test
  void theEventsInvolvingAnActorAreAmongThoseMentioningItAndNoneOnlyThroughAnAttribution() {
    qt().withExamples(50).forAll(Generators.dossiers()).checkAssert(dossier -> {
      for (Actor actor : dossier.actors()) {
        Ref<Actor> ref = Ref.to(actor);
        List<Event> involving = dossier.eventsInvolving(ref);
        assertThat(dossier.eventsMentioning(ref)).containsAll(involving);
        for (Event e : involving) {
          assertThat(References.in(e)).anyMatch(f -> f.id.equals(actor.id())
              && !f.path.contains("attribution") && !f.path.contains("asserted_by"));
        }
      }
    });
  }

  @Test
  void theActorsAnEventInvolvesAreThoseWhoseEventsInvolvingListIt() {
    qt().withExamples(50).forAll(Generators.dossiers()).checkAssert(dossier -> {
      for (Event e : dossier.events()) {
        List<EntityId> involved = Dossier.actorsInvolvedIn(e);
        assertThat(involved).doesNotHaveDuplicates();
        for (Actor actor : dossier.actors()) {
          assertThat(involved.contains(actor.id()))
              .isEqualTo(dossier.eventsInvolving(Ref.to(actor)).contains(e));
        }
      }
    });
  }

  @Test
  void generatedDossiersHaveNoProblems() {
    qt().withExamples(EXAMPLES).forAll(Generators.dossiers()).checkAssert(d -> {
      assertThat(d.validate().problems()).isEmpty();
      assertThat(d.validate().isValid()).isTrue();
      assertThat(d.requireValid()).isSameAs(d);
    });
  }

  @Test
  void pointingOneReferenceElsewhereYieldsExactlyTheProblemItMakes() {
    qt().withExamples(200)
        .forAll(Generators.dossiers(), integers().between(0, 1000), integers().between(0, 1000),
            Generate.booleans())
        .checkAssert((d, siteIndex, targetIndex, missing) -> {
          List<Site> sites = sites(d);
          if (sites.isEmpty()) {
            return;
          }
          Site site = sites.get(siteIndex % sites.size());
          List<Entity> targets = d.entities().stream()
              .filter(t -> !site.forbidden().contains(t.id())).collect(Collectors.toList());
          Optional<Entity> target = missing || targets.isEmpty() ? Optional.empty()
              : Optional.of(targets.get(targetIndex % targets.size()));
          EntityId id = target.map(Entity::id).orElse(MISSING);
          List<Problem> problems = site.pointAt().apply(id).validate().problems();
          if (target.isEmpty()) {
            assertThat(problems).extracting(Problem::path, Problem::code)
                .containsExactly(tuple(site.path(),
                    Problem.DANGLING_REFERENCE));
            assertThat(problems.get(0).message()).contains(id.value(), "not in the dossier");
          } else if (!site.kind().isInstance(target.get())) {
            assertThat(problems).extracting(Problem::path, Problem::code)
                .containsExactly(tuple(site.path(),
                    Problem.WRONG_KIND));
            assertThat(problems.get(0).message()).contains(id.value(), "is required");
          } else {
            assertThat(problems).as("%s pointed at %s", site.path(), id).isEmpty();
          }
        });
  }

  @Test
  void everyKindOfReferenceIsChecked() {
    Set<String> kinds = new HashSet<>();
    Set<String> shapes = new HashSet<>();
    qt().withExamples(200).forAll(Generators.dossiers()).checkAssert(d -> sites(d)
        .forEach(s -> {
          kinds.add(s.kind().getSimpleName());
          shapes.add(s.path().replaceAll("\\[[0-9]+]", "[]"));
        }));
    assertThat(kinds).containsExactlyInAnyOrder("Source", "Actor", "State", "Person",
        "Organization", "Event", "MilitaryExercise", "Thing");
    assertThat(shapes).contains("events[].hosts[]", "events[].links[].target",
        "things[].flag_state", "things[].operators[]",
        "events[].impacts[].value.affected_things[]", "events[].suspicions[].thing",
        "events[].suspicions[].actor",
        "events[].related_exercise", "events[].intrusions[].origin[].value",
        "prisoners[].recognitions[].by", "relations[].holder", "statistics[].subject");
  }

  @Test
  void aRepeatedIdIsReportedWhereItRepeats() {
    qt().withExamples(EXAMPLES).forAll(Generators.dossiers(), integers().between(0, 1000))
        .checkAssert((d, pick) -> {
          List<Entity> all = d.entities();
          Entity original = all.get(pick % all.size());
          // a statistic of the dossier's own actors and sources, so that it adds no other problem
          Statistic copy = Statistic.builder().id(original.id()).metric(Metric.EXILES)
              .subject(Ref.of(d.actors().get(0).id())).asOf(TimePoint.year(2025))
              .count(UncertainCount.some())
              .attribution(Attribution.of(Ref.of(d.sources().get(0).id()), Hedge.STATED))
              .build();
          Dossier repeated = Dossier.builder().from(d).addStatistic(copy).build();
          assertThat(repeated.validate().problems()).containsExactly(Problem.of(
              "statistics[" + d.statistics().size() + "].id", Problem.DUPLICATE_ID,
              "id " + original.id() + " is already the id of " + pathOf(d, original)));
          assertThat(repeated.find(Ref.of(original.id()), Entity.class)).containsSame(original);
        });
  }

  private static String pathOf(Dossier d, Entity e) {
    List<List<? extends Entity>> lists = List.of(d.sources(), d.actors(), d.things(),
        d.relations(), d.events(), d.prisoners(), d.statistics());
    List<String> names = List.of("sources", "actors", "things", "relations", "events",
        "prisoners", "statistics");
    for (int l = 0; l < lists.size(); l++) {
      for (int i = 0; i < lists.get(l).size(); i++) {
        if (lists.get(l).get(i) == e) {
          return names.get(l) + "[" + i + "].id";
        }
      }
    }
    throw new AssertionError(e + " is not in the dossier");
  }

  /** The timeline, checked pair by pair against the dossier's order. */
  private static void assertTimeline(Dossier d) {
    List<Event> events = d.events();
    List<Event> timeline = d.timeline();
    assertThat(timeline).hasSameSizeAs(events).containsExactlyInAnyOrderElementsOf(events);
    List<Integer> order = timeline.stream().map(e -> indexOf(events, e))
        .collect(Collectors.toList());
    assertThat(new HashSet<>(order)).hasSize(events.size());
    for (int i = 1; i < timeline.size(); i++) {
      Event a = timeline.get(i - 1);
      Event b = timeline.get(i);
      if (a.when().isEmpty()) {
        assertThat(b.when()).as("an untimed event comes after every timed one").isEmpty();
        assertThat(order.get(i - 1)).isLessThan(order.get(i));
      } else if (b.when().isPresent()) {
        int byStart = a.when().get().start().earliest()
            .compareTo(b.when().get().start().earliest());
        assertThat(byStart).as("sorted by earliest start").isLessThanOrEqualTo(0);
        if (byStart == 0) {
          assertThat(order.get(i - 1)).as("ties in the dossier's order")
              .isLessThan(order.get(i));
        }
      }
    }
  }

  /** The index of the very object, so that equal events keep their own places. */
  private static int indexOf(List<Event> events, Event e) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) == e) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void theTimelineIsSortedByEarliestStartWithTiesInTheDossiersOrderAndUntimedEventsLast() {
    qt().withExamples(EXAMPLES).forAll(Generators.dossiers())
        .checkAssert(DossierPropertiesTest::assertTimeline);
  }

  @Test
  void theTimelineKeepsTheDossiersOrderAmongStartsThatBeginAtOneInstant() {
    // all but the last two begin at 2025-01-01T00:00Z, at four precisions and three offsets
    List<Optional<Period>> whens = Stream.of("2025", "2025-01", "2025-01-01", "2025-01-01T00:00Z",
            "2025-01-01T03:00+03:00", "2024-12-31T23:00-01:00", "2025-09")
        .map(t -> Optional.of(Period.from(TimePoint.parse(t)))).collect(Collectors.toList());
    whens.add(Optional.empty());
    Gen<Event> events = Generators.events().zip(Generate.pick(whens),
        (e, when) -> Meeting.builder().from(e).when(when).build());
    qt().withExamples(EXAMPLES).forAll(lists().of(events).ofSizeBetween(0, 8))
        .checkAssert(list -> assertTimeline(Dossier.builder().events(list).build()));
  }

  @Test
  void everyEntityIsFoundByItsIdAsItsOwnKindAndEveryEventByItsParticipants() {
    qt().withExamples(EXAMPLES).forAll(Generators.dossiers()).checkAssert(d -> {
      for (Entity e : d.entities()) {
        Optional<? extends Entity> found = d.find(Ref.of(e.id()), e.getClass());
        assertThat(found.orElseThrow()).isSameAs(e);
      }
      for (Event e : d.events()) {
        for (Participant p : e.participants()) {
          assertThat(d.eventsInvolving(p.actor())).contains(e);
        }
      }
      assertThat(d.find(Ref.of(MISSING), Entity.class)).isEmpty();
    });
  }
}
