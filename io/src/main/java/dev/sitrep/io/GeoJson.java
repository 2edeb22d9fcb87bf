package dev.sitrep.io;

import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.geo.GeoPoint;
import dev.sitrep.core.geo.Place;
import dev.sitrep.io.codec.Families;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * Puts events on a map: a GeoJSON (RFC 7946) {@code FeatureCollection} with one {@code Feature}
 * for every event that has a place with coordinates; a {@code Point} for one such place, a
 * {@code MultiPoint} for several, each position longitude first. The properties are the event's
 * {@code id}, {@code type}, {@code title}, {@code time} (its start, ISO 8601), {@code end} where it
 * has one, and the names of its {@code places}. Events are written as they come, so a stream of any
 * length is written in flat memory.
 */
public final class GeoJson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  private GeoJson() {}

  /** @return the dossier's placed events as GeoJSON text */
  public static String write(Dossier dossier) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(dossier.events().iterator(), out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the placed events among {@code events} to {@code out} in UTF-8; does not close it.
   *
   * @param events any events, such as a {@link JsonLinesReader}
   * @param out where to write
   */
  public static void write(Iterator<? extends Event> events, OutputStream out) {
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("type", "FeatureCollection");
      g.writeName("features");
      g.writeStartArray();
      while (events.hasNext()) {
        feature(g, events.next());
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  private static void feature(JsonGenerator g, Event event) {
    List<GeoPoint> points = event.places().stream().map(Place::point).flatMap(Optional::stream)
        .collect(Collectors.toList());
    if (points.isEmpty()) {
      return;
    }
    g.writeStartObject();
    g.writeStringProperty("type", "Feature");
    g.writeStringProperty("id", event.id().value());
    g.writeName("geometry");
    g.writeStartObject();
    if (points.size() == 1) {
      g.writeStringProperty("type", "Point");
      g.writeName("coordinates");
      position(g, points.get(0));
    } else {
      g.writeStringProperty("type", "MultiPoint");
      g.writeName("coordinates");
      g.writeStartArray();
      for (GeoPoint p : points) {
        position(g, p);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeName("properties");
    g.writeStartObject();
    g.writeStringProperty("id", event.id().value());
    g.writeStringProperty("type", Families.EVENT.typeNameOf(event));
    g.writeStringProperty("title", event.title());
    event.when().ifPresent(w -> {
      g.writeStringProperty("time", w.start().toString());
      w.end().ifPresent(end -> g.writeStringProperty("end", end.toString()));
    });
    g.writeName("places");
    g.writeStartArray();
    for (Place p : event.places()) {
      g.writeString(p.name());
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void position(JsonGenerator g, GeoPoint p) {
    g.writeStartArray();
    g.writeNumber(p.lon());
    g.writeNumber(p.lat());
    g.writeEndArray();
  }
}
