package dev.sitrep.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.event.EventKind;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.ImpactKind;
import dev.sitrep.core.event.Participant;
import dev.sitrep.core.geo.PlacePrecision;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.quantity.Qualifier;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.Impact;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.testing.Generators;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * A sitrep event written as a row and read back keeps what the writer's report says it keeps:
 * for random events of random dossiers ({@link Generators#dossiers()}), each written alone so that
 * the report is about it alone, every property of the event is equal after the round trip unless
 * the report names a field that carries it, and every field the report names carries a property
 * that did change (the report neither under- nor over-reports).
 *
 * <p>Rows name actors and sources; they do not carry sitrep's ids for them, nor an actor's type
 * beyond the dataset's coding of it. So participants, attributions and claims are compared by the
 * names of the actors and sources they refer to, as the rows hold them; the sources an event's
 * attributions cite are compared whole.
 *
 * <p>400 examples a dataset; more with {@code -Droundtrip.examples=4000}.
 */
class RoundTripPropertiesTest {
  private static final int EXAMPLES = Integer.getInteger("roundtrip.examples", 400);

  /** How many events of this test were written and read back, not skipped. */
  private int readBack;

  /** A property of an event, and the report's fields that say when it was not carried. */
  private record View(String name, Set<String> fields,
      BiFunction<EventRecord, Dataset, Object> of) {}

  /** The report's fields of an actor's type as the dataset codes it, which is not compared. */
  private static final Set<String> ACTOR_TYPES = Set.of("inter1", "inter2");
  private static final Set<String> WHEN = Set.of("when", "when.end", "when.zone", "date",
      "enddate");
  private static final Set<String> PLACE = Set.of("places", "event_loc", "country");
  private static final Set<String> ATTRIBUTIONS = Set.of("attributions", "attributions.source",
      "source");
  private static final Set<String> PARTICIPANTS = Set.of("participants", "participants.role",
      "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "side_a", "side_b", "actor",
      "recipient");
  private static final Set<String> IMPACTS = Set.of("impacts", "impacts.id",
      "impacts.attribution", "impacts.attribution.hedge", "impacts.attribution.asserted_by",
      "impacts.attribution.date", "fatalities", "best", "high", "deaths_a", "deaths_b",
      "deaths_civilians", "deaths_unknown", "dead", "injured", "arrested");

  private static final List<View> VIEWS = List.of(
      new View("id", Set.of("id", "event_id_cnty"), (r, d) -> r.event().id()),
      new View("type", Set.of("type"), (r, d) -> PloverCategories.typeName(r.event())),
      new View("kind", Set.of("type", "sub_event_type", "type_of_violence", "event", "mode"),
          (r, d) -> PloverCategories.of(r.event())),
      new View("title", Set.of("title"), (r, d) -> r.event().title()),
      new View("description", Set.of("description"), (r, d) -> r.event().description()),
      new View("when", WHEN, (r, d) -> r.event().when().map(p -> List.of(p.start(), p.end()))),
      new View("when.phrase", Set.of("when.phrase"),
          (r, d) -> r.event().when().flatMap(p -> p.phrase())),
      new View("when.duration", Set.of("when.duration"),
          (r, d) -> r.event().when().flatMap(p -> p.duration())),
      new View("duration", Set.of("duration"), (r, d) -> r.event().duration()),
      new View("links", Set.of("links"), (r, d) -> r.event().links()),
      new View("suspicions", Set.of("suspicions"), (r, d) -> r.event().suspicions()),
      new View("places", PLACE, (r, d) -> r.event().places().size()),
      // a zero's sign is no part of a coordinate: PLOVER's numbers are read exactly, as
      // decimals, and a decimal has no -0 (+ 0.0 makes -0.0 0.0)
      new View("place", PLACE, (r, d) -> place(r, p -> List.of(p.name(), p.admin1(),
          p.admin2(), p.point().map(g -> List.of(g.lat() + 0.0, g.lon() + 0.0)),
          p.country().map(Ref::id)))),
      new View("place.precision", union(PLACE, Set.of("geo_precision", "where_prec",
          "event_loc.resolution")), (r, d) -> place(r, Place::precision)),
      new View("place.area_kind", union(PLACE, Set.of("places.area_kind")),
          (r, d) -> place(r, Place::areaKind)),
      new View("place.border_states", union(PLACE, Set.of("places.border_states")),
          (r, d) -> place(r, Place::borderStates)),
      new View("place.external_ids", union(PLACE, Set.of("places.external_ids")),
          (r, d) -> place(r, Place::externalIds)),
      new View("participants", PARTICIPANTS, (r, d) -> sorted(r.event().participants().stream()
          .map(p -> p.role().code() + " " + actorName(r, p.actor())))),
      new View("attributions", ATTRIBUTIONS, (r, d) -> sorted(attributions(r, d).stream()
          .map(a -> sourceName(r, a.source().id())))),
      new View("sources", ATTRIBUTIONS, (r, d) -> sorted(attributions(r, d).stream()
          .map(a -> r.source(a.source().id()).map(Object::toString)
              .orElse(a.source().id().value())))),
      new View("attributions.hedge", union(ATTRIBUTIONS, Set.of("attributions.hedge")),
          (r, d) -> sorted(attributions(r, d).stream().map(a -> a.hedge().name()))),
      new View("attributions.asserted_by", union(ATTRIBUTIONS,
          Set.of("attributions.asserted_by")), (r, d) -> sorted(attributions(r, d).stream()
              .map(a -> List.of(a.assertedBy(), a.alsoAssertedBy(),
                  a.assertedByDescription()).toString()))),
      new View("attributions.date", union(ATTRIBUTIONS, Set.of("attributions.date")),
          (r, d) -> sorted(attributions(r, d).stream().map(a -> a.date().toString()))),
      new View("impacts", IMPACTS, (r, d) -> sorted(r.event().impacts().stream()
          .map(c -> claim(r, c)))),
      new View("extensions", Set.of("extensions"), (r, d) -> r.event().extensions()));

  @ParameterizedTest
  @EnumSource(Dataset.class)
  void anEventWrittenAsARowAndReadBackKeepsWhatTheReportSaysItKeeps(Dataset dataset) {
    qt().withExamples(EXAMPLES).withShrinkCycles(0).forAll(records())
        .checkAssert(r -> roundTrip(dataset, r));
    assertThat(readBack).as("events written and read back, not skipped").isGreaterThan(
        EXAMPLES / 10);
  }

  /** @return the records of an event of a random dossier, with the actors and sources it cites */
  private static Gen<EventRecord> records() {
    Gen<EventRecord> records = in -> {
      List<EventRecord> all = EventRecord.of(Generators.dossiers().generate(in));
      while (all.isEmpty()) {
        all = EventRecord.of(Generators.dossiers().generate(in));
      }
      EventRecord r = all.get(integers().between(0, all.size() - 1).generate(in));
      return booleans().all().generate(in) ? rowReady(r, in) : r;
    };
    return records.describedAs(r -> r.event().toString());
  }

  /**
   * @return the record's event as a general event with what every dataset's row needs, where it
   *     lacks it: an assault (of a mode or none) at a time, in a place of a state, with a
   *     participant and a count of people killed, estimated by the dataset's own source or
   *     another; so that rows are written, and not only skipped
   */
  private static EventRecord rowReady(EventRecord r, RandomnessSource in) {
    Event e = r.event();
    List<Actor> actors = new ArrayList<>(r.actors());
    State state = Generate.pick(StateCatalogue.all()).generate(in);
    if (r.actor(state.id()).isEmpty()) {
      actors.add(state);
    }
    var g = GeneralEvent.builder().id(e.id()).title(e.title()).description(e.description())
        .when(e.when().orElse(Period.at(Generators.timePoints().generate(in))))
        .duration(e.when().isPresent() ? e.duration() : Optional.empty()) // to fit the period
        .places(e.places()).participants(e.participants()).attributions(e.attributions())
        .impacts(e.impacts()).extensions(e.extensions())
        .kind(EventKind.ASSAULT)
        .mode(Generate.pick(List.of(Optional.<String>empty(), Optional.of("targeted"),
            Optional.of("aerial"))).generate(in));
    if (e.places().isEmpty()) {
      g.addPlaces(Place.builder().name(Generators.texts().generate(in)).country(Ref.to(state))
          .precision(Generate.pick(List.of(PlacePrecision.values())).generate(in)).build());
    }
    if (e.participants().isEmpty()) {
      g.addParticipants(Participant.of(Ref.to(state), Sides.SIDE_A));
    }
    EntityId estimator = Generate.pick(List.of(AcledMapping.DATASET, UcdpMapping.DATASET))
        .generate(in);
    g.addImpacts(Claim.of(Impact.of(ImpactKind.KILLED, Generators.uncertainCounts().generate(in)),
        Attribution.of(Ref.of(estimator), Hedge.ESTIMATED)));
    return new EventRecord(g.build(), actors, r.sources());
  }

  private void roundTrip(Dataset dataset, EventRecord before) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    LossReport report;
    long written;
    try (DatasetWriter w = dataset.writer(out)) {
      w.write(before);
      report = w.report();
      written = w.written();
    }
    Set<String> lost = report.losses().stream().map(Loss::field).collect(Collectors.toSet());
    boolean skipped = report.losses().stream().anyMatch(l -> l.reason().endsWith("event skipped"));
    assertThat(written).as("written, as the report says: %s", report).isEqualTo(skipped ? 0 : 1);
    if (skipped) {
      return;
    }
    List<EventRecord> back = new ArrayList<>();
    try (DatasetReader r = dataset.reader(new ByteArrayInputStream(out.toByteArray()), null)) {
      r.forEachRemaining(back::add);
    }
    assertThat(back).as("rows read back of %s", out).hasSize(1);
    EventRecord after = back.get(0);
    readBack++;
    Map<String, Boolean> changed = new LinkedHashMap<>();
    for (View v : VIEWS) {
      Object was = v.of().apply(before, dataset);
      Object is = v.name().equals("extensions") ? extensionsKept(before, after, dataset)
          : v.of().apply(after, dataset);
      boolean same = Objects.equals(was, is);
      changed.put(v.name(), !same);
      if (v.fields().stream().noneMatch(lost::contains)) {
        assertThat(is).as("%s of %s, not reported lost (%s); written as %s", v.name(),
            before.event().id(), report, out).isEqualTo(was);
      }
    }
    for (String field : lost) {
      if (ACTOR_TYPES.contains(field)) {
        continue;
      }
      List<String> views = VIEWS.stream().filter(v -> v.fields().contains(field))
          .map(View::name).collect(Collectors.toList());
      assertThat(views).as("the views of reported field %s", field).isNotEmpty();
      assertThat(views.stream().anyMatch(changed::get))
          .as("%s reported lost (%s) but none of %s changed; written as %s", field, report, views,
              out)
          .isTrue();
    }
  }

  /**
   * @return the read-back event's extensions but those of the dataset's own columns that the
   *     event written had not: a row's derived columns (ACLED's event_type) come back as them
   */
  private static Map<String, ?> extensionsKept(EventRecord before, EventRecord after,
      Dataset dataset) {
    String prefix = switch (dataset) {
      case ACLED -> AcledMapping.PREFIX;
      case UCDP_GED -> UcdpMapping.PREFIX;
      case PLOVER -> PloverMapping.PREFIX;
    };
    Map<String, Object> kept = new LinkedHashMap<>();
    after.event().extensions().forEach((k, v) -> {
      if (before.event().extensions().containsKey(k) || !k.startsWith(prefix)) {
        kept.put(k, v);
      }
    });
    return kept;
  }

  private static Object place(EventRecord r, java.util.function.Function<Place, Object> part) {
    return r.event().places().stream().findFirst().map(part);
  }

  private static List<Attribution> attributions(EventRecord r, Dataset d) {
    EntityId own = d == Dataset.ACLED ? AcledMapping.DATASET
        : d == Dataset.UCDP_GED ? UcdpMapping.DATASET : null;
    return r.event().attributions().stream().filter(a -> !a.source().id().equals(own))
        .collect(Collectors.toList());
  }

  private static String claim(EventRecord r, Claim<Impact> c) {
    Impact i = c.value();
    Attribution a = c.attribution();
    UncertainCount n = i.count().qualifier() == Qualifier.EXACTLY && i.count().phrase().isEmpty()
        ? UncertainCount.exactly(i.count().lower()) : i.count(); // its best is its figure
    return List.of(i.kind().code(), n, i.affected(),
        i.affectedActor().map(x -> actorName(r, x)), i.people(), i.affectedThings(), c.id(),
        c.supersedes(), sourceName(r, a.source().id()), a.hedge(), a.assertedBy(),
        a.alsoAssertedBy(), a.assertedByDescription(), a.date()).toString();
  }

  private static String actorName(EventRecord r, Ref<? extends Actor> ref) {
    return r.actor(ref.id()).map(Actor::name).orElse(ref.id().value());
  }

  /** @return the name of a source, or the id of a dataset's own (a row's column names it) */
  private static String sourceName(EventRecord r, EntityId id) {
    if (id.equals(AcledMapping.DATASET) || id.equals(UcdpMapping.DATASET)) {
      return id.value();
    }
    return r.source(id).flatMap(s -> s.publisher().or(s::title)).orElse(id.value());
  }

  private static List<String> sorted(java.util.stream.Stream<String> s) {
    return s.sorted().collect(Collectors.toList());
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).collect(Collectors.toSet());
  }
}
