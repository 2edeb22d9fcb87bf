package dev.sitrep.io;

import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.Statement;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.geo.GeoPoint;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.IdScheme;
import dev.sitrep.core.prisoner.PoliticalPrisoner;
import dev.sitrep.core.time.Precision;
import dev.sitrep.core.thing.Infrastructure;
import dev.sitrep.core.thing.Thing;
import dev.sitrep.core.time.TimePoint;
import dev.sitrep.io.codec.Families;
import dev.sitrep.io.codec.PrisonerCodecs;
import dev.sitrep.io.codec.Scalars;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Puts what happened on a map, as a GIS opens it without options: a GeoJSON (RFC 7946)
 * {@code FeatureCollection} with one {@code Point} feature, longitude first, for every place with
 * a point that an event holds: its {@code places}, an intrusion's {@code entry}, a statement's
 * {@code venue}, an exercise's strength {@code territory}; and, from a dossier, a political
 * prisoner's {@code detention_place} and {@code place_of_confinement}, and the {@code places} of
 * infrastructure (a cable's landing points). A place without a point is
 * not on the map, and neither is an event of a type this sitrep does not know, kept as it was read
 * ({@code UnrecognizedEvent}): its places are JSON it does not read. Every property is a string,
 * one column in a GIS:
 *
 * <ul>
 *   <li>{@code id}, {@code type}: the event's (or prisoner's, or infrastructure's) id and wire
 *       type, such as {@code airspace-incident}; {@code title}: the event's title (the
 *       infrastructure's name);
 *   <li>{@code role}: the property the place is held in, such as {@code entry}; {@code path}: where
 *       in the event, such as {@code intrusions[0].entry};
 *   <li>{@code place}: the place's name; {@code precision}: what the point stands for, such as
 *       {@code settlement} (a town's centre) or {@code country} (a country's centroid);
 *       {@code country}, {@code border_states} (ids joined by {@code ", "}), {@code area_kind},
 *       {@code admin1}, {@code admin2}, {@code geonames} and {@code wikidata} where known;
 *   <li>{@code start}, {@code end}: the event's time as the wire writes it, at its own precision
 *       ({@code 2025-09} stays a month, never the first day of it); for an instant, its day where
 *       it happened, and the instant itself in {@code start_instant} or {@code end_instant}.
 * </ul>
 *
 * <p>GDAL (and QGIS, which reads through it) opens this without options: a point layer whose
 * fields are text, except that a column of times all days is read as dates, and the instants'
 * columns as date-times (to the millisecond, as GDAL keeps them); a day is never read as its
 * midnight, as instants have columns of their own.
 *
 * <pre>{@code
 * {"type":"Feature","geometry":{"type":"Point","coordinates":[21.0122,52.2297]},
 *  "properties":{"id":"statement/tusk-2025-09-10","type":…,"title":"…",
 *   "role":"venue","path":"venue","place":"Warsaw","precision":"settlement",
 *   "country":"state/pol","start":"2025-09-10"}}
 * }</pre>
 *
 * <p>Features are written as events come, so a stream of any length is written in flat memory.
 */
public final class GeoJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private GeoJson() {}

  /**
   * Puts a dossier on the map.
   *
   * <pre>{@code
   * Files.writeString(Path.of("zapad.geojson"), GeoJson.write(dossier));
   * }</pre>
   *
   * @param dossier the dossier whose events, prisoners and infrastructure to map
   * @return the located places of the dossier's events, prisoners and infrastructure, as GeoJSON
   *     text
   */
  public static String write(Dossier dossier) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = start(out)) {
      dossier.events().forEach(e -> event(g, e));
      dossier.prisoners().forEach(p -> prisoner(g, p));
      dossier.things().forEach(t -> thing(g, t));
      end(g);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the located places of {@code events} to {@code out} in UTF-8; does not close it.
   *
   * @param events any events, such as a {@link JsonLinesReader}
   * @param out where to write
   * @throws UncheckedIOException if writing to {@code out} fails
   */
  public static void write(Iterator<? extends Event> events, OutputStream out) {
    try (JsonGenerator g = start(out)) {
      while (events.hasNext()) {
        event(g, events.next());
      }
      end(g);
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    }
  }

  private static JsonGenerator start(OutputStream out) {
    JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out);
    g.writeStartObject();
    g.writeStringProperty("type", "FeatureCollection");
    g.writeName("features");
    g.writeStartArray();
    return g;
  }

  private static void end(JsonGenerator g) {
    g.writeEndArray();
    g.writeEndObject();
  }

  /** Who holds a place: an event or a prisoner, with what a feature says of it. */
  private record Holder(String id, String type, Optional<String> title,
      Optional<TimePoint> start, Optional<TimePoint> end) {}

  private static void event(JsonGenerator g, Event event) {
    Holder holder = new Holder(event.id().value(), Families.EVENT.typeNameOf(event),
        Optional.of(event.title()), event.when().map(w -> w.start()),
        event.when().flatMap(w -> w.end()));
    for (int i = 0; i < event.places().size(); i++) {
      feature(g, holder, "places", "places[" + i + "]", event.places().get(i));
    }
    if (event instanceof AirspaceIncident incident) {
      for (int i = 0; i < incident.intrusions().size(); i++) {
        int at = i;
        incident.intrusions().get(i).entry().ifPresent(
            p -> feature(g, holder, "entry", "intrusions[" + at + "].entry", p));
      }
    } else if (event instanceof Statement statement) {
      statement.venue().ifPresent(p -> feature(g, holder, "venue", "venue", p));
    } else if (event instanceof MilitaryExercise exercise) {
      for (int i = 0; i < exercise.strength().size(); i++) {
        int at = i;
        exercise.strength().get(i).territory().ifPresent(
            p -> feature(g, holder, "territory", "strength[" + at + "].territory", p));
      }
    }
  }

  private static void prisoner(JsonGenerator g, PoliticalPrisoner prisoner) {
    Holder holder = new Holder(prisoner.id().value(), PrisonerCodecs.POLITICAL_PRISONER.name(),
        Optional.empty(), Optional.empty(), Optional.empty());
    prisoner.detentionPlace().ifPresent(
        p -> feature(g, holder, "detention_place", "detention_place", p));
    prisoner.placeOfConfinement().ifPresent(
        p -> feature(g, holder, "place_of_confinement", "place_of_confinement", p));
  }

  private static void thing(JsonGenerator g, Thing thing) {
    if (thing instanceof Infrastructure infrastructure) {
      Holder holder = new Holder(thing.id().value(), Families.THING.typeNameOf(thing),
          infrastructure.name(), Optional.empty(), Optional.empty());
      for (int i = 0; i < infrastructure.places().size(); i++) {
        feature(g, holder, "places", "places[" + i + "]", infrastructure.places().get(i));
      }
    }
  }

  private static void feature(JsonGenerator g, Holder holder, String role, String path,
      Place place) {
    if (place.point().isEmpty()) {
      return;
    }
    GeoPoint point = place.point().get();
    g.writeStartObject();
    g.writeStringProperty("type", "Feature");
    g.writeName("geometry");
    g.writeStartObject();
    g.writeStringProperty("type", "Point");
    g.writeName("coordinates");
    g.writeStartArray();
    g.writeNumber(point.lon());
    g.writeNumber(point.lat());
    g.writeEndArray();
    g.writeEndObject();
    g.writeName("properties");
    g.writeStartObject();
    g.writeStringProperty("id", holder.id());
    g.writeStringProperty("type", holder.type());
    optional(g, "title", holder.title());
    g.writeStringProperty("role", role);
    g.writeStringProperty("path", path);
    g.writeStringProperty("place", place.name());
    g.writeStringProperty("precision", Scalars.wireName(place.precision()));
    optional(g, "country", place.country().map(c -> c.id().value()));
    if (!place.borderStates().isEmpty()) {
      g.writeStringProperty("border_states", place.borderStates().stream()
          .map(r -> r.id().value()).collect(Collectors.joining(", ")));
    }
    optional(g, "area_kind", place.areaKind().map(k -> k.code()));
    optional(g, "admin1", place.admin1());
    optional(g, "admin2", place.admin2());
    optional(g, "geonames", firstOf(place, IdScheme.GEONAMES));
    optional(g, "wikidata", firstOf(place, IdScheme.WIKIDATA));
    time(g, "start", holder.start());
    time(g, "end", holder.end());
    g.writeEndObject();
    g.writeEndObject();
  }

  /**
   * Writes a time as {@code start} (its year, month or day; an instant's day where it happened)
   * and, for an instant, {@code start_instant}: so that a GIS reading each column as dates never
   * takes a day for its midnight.
   */
  private static void time(JsonGenerator g, String name, Optional<TimePoint> time) {
    if (time.isPresent()) {
      String text = time.get().toString();
      boolean instant = time.get().precision() == Precision.INSTANT;
      g.writeStringProperty(name, instant ? text.substring(0, "yyyy-mm-dd".length()) : text);
      if (instant) {
        g.writeStringProperty(name + "_instant", text);
      }
    }
  }

  private static Optional<String> firstOf(Place place, IdScheme scheme) {
    return place.externalIds().stream().filter(id -> id.scheme().equals(scheme))
        .map(ExternalId::value).findFirst();
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }
}
