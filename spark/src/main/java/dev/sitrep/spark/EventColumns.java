package dev.sitrep.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.airspace.Consequence;
import dev.sitrep.core.airspace.Intrusion;
import dev.sitrep.core.airspace.Response;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.Impact;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.exercise.Strength;
import dev.sitrep.core.geo.GeoPoint;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The flat, typed schema of a Dataset of sitrep events, one row an event, for SQL: every column
 * is declared here once, with its meaning as its comment ({@code DESCRIBE events} shows them), and
 * the rows are made from the same declarations. Nested values are arrays of flat structs, as
 * {@code places}, which {@code explode} or {@code inline} turn into rows of their own.
 *
 * <pre>{@code
 * SELECT violated_state, date_trunc('month', start_earliest) AS month, count(*) AS incidents
 * FROM events WHERE type = 'airspace-incident' AND violated_state IS NOT NULL
 * GROUP BY 1, 2
 * }</pre>
 *
 * <p>The {@code json} column holds the whole event as sitrep JSON, as {@code SitrepJson} writes
 * it, for what the other columns leave out and for writing the events back
 * ({@link EventFiles#write}).
 */
public final class EventColumns {
  private EventColumns() {}

  private static final Columns<Place> PLACE = new Columns<Place>()
      .add("name", StringType, "the place's name", Place::name)
      .add("country", StringType, "the id of the state it lies in, such as state/pol",
          p -> id(p.country()))
      .add("latitude", DoubleType, "latitude in degrees (WGS 84), where the place has a point",
          p -> p.point().map(GeoPoint::lat).orElse(null))
      .add("longitude", DoubleType, "longitude in degrees (WGS 84), where the place has a point",
          p -> p.point().map(GeoPoint::lon).orElse(null))
      .add("precision", StringType, "what the point stands for: exact, near, settlement, "
          + "district, region, area, country", p -> Columns.code(p.precision()));

  private static final Columns<Counted> COUNT = new Columns<Counted>()
      .add("what", StringType, "what is counted: an impact's kind (killed, damaged...), an "
          + "intrusion's platform (drone...; also for its transits), a response's action "
          + "(shot-down...), a consequence's kind (airport-closure...), a strength's category "
          + "(troops...), or occurrences: how often an incident happened", Counted::what)
      .add("path", StringType, "where in the event, such as intrusions[0].count", Counted::path)
      .add("lower", LongType, "the least it can be", c -> c.count().lower())
      .add("best", LongType, "the best estimate, where given", c -> value(c.count().best()))
      .add("upper", LongType, "the most it can be; null for no bound",
          c -> value(c.count().upper()))
      .add("qualifier", StringType, "the words around the number: exactly, at-least, about...",
          c -> Columns.code(c.count().qualifier()))
      .add("hedge", StringType, "how firmly its source says it, where the count has its own "
          + "attribution: confirmed, stated, reported, claimed...",
          c -> c.hedge().map(Columns::code).orElse(null));

  private static final Columns<Attribution> ATTRIBUTION = new Columns<Attribution>()
      .add("source", StringType, "the id of the source", a -> a.source().id().value())
      .add("asserted_by", StringType, "the id of the actor who asserts it, if one does",
          a -> a.assertedBy().map(r -> r.id().value()).orElse(null))
      .add("hedge", StringType, "how firmly: confirmed, stated, declared, reported, claimed, "
          + "alleged, estimated, disputed, denied", a -> Columns.code(a.hedge()));

  private static final Columns<WrittenEvent> EVENT = new Columns<WrittenEvent>()
      .add("id", StringType, "the event's id, such as incident/drones-2025-09-10",
          w -> w.event().id().value())
      .add("type", StringType, "its kind as on the wire: military-exercise, airspace-incident, "
          + "statement, meeting, border-closure, warning, general-event", WrittenEvent::type)
      .add("title", StringType, "its title", w -> w.event().title())
      .add("start_earliest", TimestampType, "the first instant it can have started",
          w -> start(w).map(TimePoint::earliest).orElse(null))
      .add("start_latest", TimestampType, "the last instant it can have started",
          w -> start(w).map(TimePoint::latest).orElse(null))
      .add("start_precision", StringType, "how precisely its start is known: year, month, week, "
          + "day-range, day, instant", w -> start(w).map(t -> Columns.code(t.precision()))
          .orElse(null))
      .add("end_earliest", TimestampType, "the first instant it can have ended; null if its end "
          + "is open or unknown", w -> end(w).map(TimePoint::earliest).orElse(null))
      .add("end_latest", TimestampType, "the last instant it can have ended",
          w -> end(w).map(TimePoint::latest).orElse(null))
      .add("end_precision", StringType, "how precisely its end is known",
          w -> end(w).map(t -> Columns.code(t.precision())).orElse(null))
      .add("places", createArrayType(PLACE.schema()), "where it happened",
          w -> rows(PLACE, w.event().places()))
      .add("violated_state", StringType, "for an airspace incident, the id of the state whose "
          + "airspace was violated; null in international airspace and for other kinds",
          w -> w.event() instanceof AirspaceIncident
              ? id(((AirspaceIncident) w.event()).violatedState()) : null)
      .add("counts", createArrayType(COUNT.schema()), "every count the event holds, with its "
          + "lower, best and upper bounds", w -> rows(COUNT, counts(w.event())))
      .add("actors", createArrayType(StringType), "the ids of the actors it involves, as "
          + "Dossier.eventsInvolving decides: not those that only assert something about it",
          w -> seq(Dossier.actorsInvolvedIn(w.event()).stream().map(EntityId::value)
              .collect(Collectors.toList())))
      .add("attributions", createArrayType(ATTRIBUTION.schema()), "who says it happened, in "
          + "which source, how firmly", w -> rows(ATTRIBUTION, w.event().attributions()))
      .add("json", StringType, "the whole event as sitrep JSON, as SitrepJson writes it",
          WrittenEvent::json);

  /** @return the schema of a Dataset of events */
  public static StructType schema() {
    return EVENT.schema();
  }

  /** @return the row of an event and its JSON */
  static Row row(WrittenEvent event) {
    return EVENT.row(event);
  }

  /** A count an event holds: what is counted, where, how many, and how firmly if said apart. */
  private record Counted(String what, String path, UncertainCount count, Optional<Hedge> hedge) {}

  private static List<Counted> counts(Event event) {
    List<Counted> counts = new ArrayList<>();
    List<Claim<Impact>> impacts = event.impacts();
    for (int i = 0; i < impacts.size(); i++) {
      Claim<Impact> c = impacts.get(i);
      counts.add(new Counted(c.value().kind().code(), "impacts[" + i + "].count",
          c.value().count(), Optional.of(c.attribution().hedge())));
    }
    if (event instanceof AirspaceIncident) {
      AirspaceIncident incident = (AirspaceIncident) event;
      incident.occurrences().ifPresent(n -> counts.add(new Counted("occurrences", "occurrences",
          n, Optional.empty())));
      List<Intrusion> intrusions = incident.intrusions();
      for (int i = 0; i < intrusions.size(); i++) {
        Intrusion intrusion = intrusions.get(i);
        counts.add(new Counted(intrusion.platform().code(), "intrusions[" + i + "].count",
            intrusion.count(), Optional.empty()));
        for (int j = 0; j < intrusion.transits().size(); j++) {
          String path = "intrusions[" + i + "].transits[" + j + "].count";
          intrusion.transits().get(j).count().ifPresent(n -> counts.add(new Counted(
              intrusion.platform().code(), path, n, Optional.empty())));
        }
      }
      List<Consequence> consequences = incident.consequences();
      for (int i = 0; i < consequences.size(); i++) {
        Consequence c = consequences.get(i);
        Optional<Hedge> hedge = c.attribution().map(Attribution::hedge);
        String at = "consequences[" + i + "]";
        c.count().ifPresent(n -> counts.add(new Counted(c.kind().code(), at + ".count", n,
            hedge)));
        c.occurrences().ifPresent(n -> counts.add(new Counted(c.kind().code(),
            at + ".occurrences", n, hedge)));
      }
      List<Response> responses = incident.responses();
      for (int i = 0; i < responses.size(); i++) {
        Response r = responses.get(i);
        int at = i;
        r.count().ifPresent(n -> counts.add(new Counted(r.action().code(),
            "responses[" + at + "].count", n, r.attribution().map(Attribution::hedge))));
      }
    }
    if (event instanceof MilitaryExercise) {
      List<Strength> strength = ((MilitaryExercise) event).strength();
      for (int i = 0; i < strength.size(); i++) {
        Strength s = strength.get(i);
        counts.add(new Counted(Columns.code(s.category()), "strength[" + i + "].count",
            s.count(), Optional.of(s.attribution().hedge())));
      }
    }
    return counts;
  }

  private static Optional<TimePoint> start(WrittenEvent w) {
    return w.event().when().map(Period::start);
  }

  private static Optional<TimePoint> end(WrittenEvent w) {
    return w.event().when().flatMap(Period::end);
  }

  private static String id(Optional<? extends Ref<?>> ref) {
    return ref.map(r -> r.id().value()).orElse(null);
  }

  private static Long value(OptionalLong n) {
    return n.isPresent() ? n.getAsLong() : null;
  }

  private static <T> scala.collection.immutable.Seq<Row> rows(Columns<T> columns,
      List<T> values) {
    return seq(values.stream().map(columns::row).collect(Collectors.toList()));
  }

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> values) {
    return CollectionConverters.asScala(values).toList();
  }
}
