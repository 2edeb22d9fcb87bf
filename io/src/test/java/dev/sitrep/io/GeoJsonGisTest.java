package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.testing.Generators;
import dev.sitrep.core.testing.Samples;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Generated dossiers on a map as GIS tools open it: GDAL converts the GeoJSON to a GeoPackage
 * without options, keeping every feature, every property as a text field and every time as
 * written, at its precision (an instant's own column as a date-time); an RFC 7946 checker finds
 * nothing wrong. Needs GDAL and node (see
 * {@link GisTools}).
 */
class GeoJsonGisTest {
  /** The fields a feature may have; GDAL makes a text field of each that some feature has. */
  static final Set<String> FIELDS = Set.of("id", "type", "title", "role", "path", "place",
      "precision", "country", "border_states", "area_kind", "admin1", "admin2", "geonames",
      "wikidata", "start", "start_instant", "end", "end_instant");

  /** Generated dossiers, all in one: every event and prisoner of 40 dossiers. */
  private static Dossier many() {
    List<Dossier> dossiers = Samples.of(Generators.dossiers(), 40);
    return Dossier.builder()
        .addAllEvents(dossiers.stream().flatMap(d -> d.events().stream())
            .collect(Collectors.toList()))
        .addAllPrisoners(dossiers.stream().flatMap(d -> d.prisoners().stream())
            .collect(Collectors.toList()))
        .build();
  }

  @Test
  void gdalKeepsEveryFeatureEveryPropertyAsTextAndEveryTimeAtItsPrecision() {
    Dossier dossier = many();
    String geoJson = GeoJson.write(dossier);
    List<JsonNode> written = GeoJsonGisTest.features(geoJson);
    GisTools.Layer layer = GisTools.toGeoPackage(geoJson);

    assertThat(layer.geometryType()).isEqualTo("Point");
    assertThat(layer.features()).hasSize(written.size()).hasSizeGreaterThan(50);
    assertThat(FIELDS).containsAll(layer.fields().keySet());
    assertThat(layer.fields().keySet()).contains("id", "role", "path", "precision", "start",
        "end", "border_states", "area_kind", "admin1", "geonames");
    assertThat(layer.fields()).as("GDAL reads instants as date-times")
        .containsEntry("start_instant", "DateTime").containsEntry("end_instant", "DateTime");
    assertThat(layer.fields().entrySet()).as("the types of %s", layer.fields())
        .allMatch(f -> f.getKey().endsWith("_instant") || f.getValue().equals("String"));
    for (int i = 0; i < written.size(); i++) {
      JsonNode ours = written.get(i).get("properties");
      JsonNode back = layer.features().get(i).get("properties");
      for (String field : List.of("id", "type", "role", "path", "precision", "country",
          "border_states", "area_kind", "geonames", "wikidata", "start", "end")) {
        assertThat(back.path(field).asString(null)).as("%s of feature %s", field, i)
            .isEqualTo(ours.path(field).asString(null));
      }
      for (String field : List.of("start_instant", "end_instant")) {
        assertThat(back.path(field).isString()).isEqualTo(ours.has(field));
        if (ours.has(field)) { // the day where it happened, whatever GDAL keeps of the rest
          assertThat(back.get(field).asString()).startsWith(ours.get(field).asString()
              .substring(0, 10));
        }
      }
      JsonNode position = layer.features().get(i).get("geometry").get("coordinates");
      JsonNode ourPosition = written.get(i).get("geometry").get("coordinates");
      for (int axis = 0; axis < 2; axis++) { // GDAL writes 15 significant digits
        assertThat(position.get(axis).asDouble())
            .isCloseTo(ourPosition.get(axis).asDouble(), within(1e-9));
      }
    }
    assertThat(dossier.events().stream().map(Event::when).flatMap(java.util.Optional::stream)
        .map(w -> w.start().toString()).anyMatch(t -> t.length() == 7))
        .as("a month among the times").isTrue();
  }

  @Test
  void anRfc7946CheckerFindsNothingWrong() {
    assertThat(GisTools.rfc7946Issues(GeoJson.write(many()))).isEmpty();
    assertThat(GisTools.rfc7946Issues(GeoJson.write(Dossier.builder().build()))).isEmpty();
  }

  @Test
  void theCheckerFindsWhatIsWrong() {
    assertThat(GisTools.rfc7946Issues("{\"type\":\"FeatureCollection\",\"features\":"
        + "[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[21]}}]}"))
        .anyMatch(i -> i.contains("position")).anyMatch(i -> i.contains("properties"));
  }

  static List<JsonNode> features(String geoJson) {
    List<JsonNode> features = new java.util.ArrayList<>();
    tools.jackson.databind.json.JsonMapper.shared().readTree(geoJson).get("features")
        .forEach(features::add);
    return features;
  }
}
