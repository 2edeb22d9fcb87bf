package dev.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.exercise.ImmutableMilitaryExercise;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.exercise.Strength;
import dev.sitrep.core.exercise.StrengthCategory;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.io.GeoJson;
import dev.sitrep.io.GisTools;
import dev.sitrep.io.SchemaValidator;
import dev.sitrep.io.SitrepJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The article's dossier as JSON: written byte for byte as the golden file
 * {@code src/test/resources/zapad-2025.json}, valid against the shipped schema, read back equal;
 * and as GeoJSON, with a feature for every place with a point, which GDAL opens without options.
 *
 * <p>When the dossier or the wire format changes on purpose, regenerate the golden file with the
 * example's main ({@code mvn -B -q -pl examples -am test-compile exec:java}) and copy
 * {@code target/zapad-2025/zapad-2025.json} over it; review the diff.
 */
class ArticleJsonTest {
  private static final SitrepJson PRETTY = SitrepJson.builder().pretty(true).build();

  private static byte[] golden() throws IOException {
    try (InputStream in = ArticleJsonTest.class.getResourceAsStream("/zapad-2025.json")) {
      return in.readAllBytes();
    }
  }

  @Test
  void theDossierIsWrittenByteForByteAsTheGoldenFile() throws IOException {
    assertThat(new String(PRETTY.writeBytes(ArticleDossier.DOSSIER), StandardCharsets.UTF_8))
        .isEqualTo(new String(golden(), StandardCharsets.UTF_8));
  }

  @Test
  void theGoldenFileIsValidAgainstTheSchemaAndReadsBackEqual() throws IOException {
    String json = new String(golden(), StandardCharsets.UTF_8);
    SchemaValidator.assertValid("dossier", json);
    assertThat(SitrepJson.defaults().read(golden(), Dossier.class))
        .isEqualTo(ArticleDossier.DOSSIER);
  }

  @Test
  void theGeoJsonHasAFeatureForEveryPlaceWithAPointWithItsRole() {
    JsonNode features = JsonMapper.builder().build()
        .readTree(GeoJson.write(ArticleDossier.DOSSIER)).get("features");
    List<String> featured = StreamSupport.stream(features.spliterator(), false)
        .map(f -> f.get("properties")).map(p -> p.get("id").asString() + " "
            + p.get("path").asString() + " " + p.get("place").asString() + " "
            + p.get("precision").asString() + " " + p.path("start").asString("-"))
        .collect(Collectors.toList());
    assertThat(featured).containsExactly(
        "exercise/zapad-2021 places[0] an aerodrome in Kaliningrad Region region 2021",
        "event/zapad-2021-paratroopers-board-il-76 places[0] an aerodrome in Kaliningrad Region"
            + " region 2021-09-13",
        "meeting/putin-trump-alaska-2025 places[0] Alaska region 2025-08",
        "statement/tusk-closest-to-open-conflict places[0] Warsaw settlement -",
        "statement/tusk-closest-to-open-conflict venue Warsaw settlement -");
  }

  /** GDAL opens the map without options: a point layer, every property text, times as written. */
  @Test
  void gdalOpensTheMapWithoutOptionsAndAnRfc7946CheckerFindsNothingWrong() {
    String geoJson = GeoJson.write(ArticleDossier.DOSSIER);
    assertThat(GisTools.rfc7946Issues(geoJson)).isEmpty();
    GisTools.Layer layer = GisTools.toGeoPackage(geoJson);
    assertThat(layer.geometryType()).isEqualTo("Point");
    assertThat(layer.fields()).containsOnlyKeys("id", "type", "title", "role", "path", "place",
        "precision", "country", "start", "end");
    assertThat(layer.fields().values()).allMatch("String"::equals);
    assertThat(layer.features()).extracting(f -> f.get("properties").get("start"))
        .extracting(t -> t.isString() ? t.asString() : "none")
        .containsExactly("2021", "2021-09-13", "2025-08", "none", "none");
  }

  @Test
  void theAssessmentPrintsTheAsStatedReadingWhereItDiffersFromTheStrictOne() {
    // not in the article: Zapad 2025 as if a source had given "about 9,000 troops"
    MilitaryExercise withTroops = ImmutableMilitaryExercise.copyOf(ArticleDossier.ZAPAD_2025)
        .withStrength(Strength.of(StrengthCategory.TROOPS,
            UncertainCount.about(9_000).withPhrase("about 9,000"),
            Attribution.of(Ref.of("source/ministry-of-defence"), Hedge.DECLARED)));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Zapad2025.printAssessment(withTroops, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
        "  Zapad 2025 (planned):",
        "    TROOPS NOTIFICATION: CANNOT_TELL, bounds 0 to unbounded straddle 9000 "
            + "(notification, paragraph 40.1.1)",
        "      as stated: YES, best guess 9000 reaches 9000 (notification, paragraph 40.1.1)",
        "    TROOPS OBSERVATION: CANNOT_TELL, bounds 0 to unbounded straddle 13000 "
            + "(observation, paragraph 47.4)",
        "      as stated: NO, best guess 9000 is below 13000 (observation, paragraph 47.4)");
  }

  @Test
  void theMainValidatesPrintsAndWritesBothFiles(@TempDir Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Zapad2025.run(ArticleDossier.DOSSIER, dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out).contains("Validation: valid")
        .contains("2025-08                    Putin–Trump summit meeting in Alaska")
        .contains("2025-09-10[Europe/Warsaw]  Russian drones penetrate Polish airspace"
            + " (\"early on September 10\")")
        .contains("Zapad 2023 (cancelled): cannot assess, the article gives no strength figures");
    List<Event> timeline = ArticleDossier.DOSSIER.timeline();
    assertThat(out.indexOf(timeline.get(0).title())).isLessThan(out.indexOf(timeline.get(1).title()));
    assertThat(Files.readAllBytes(dir.resolve("zapad-2025.json"))).isEqualTo(golden());
    assertThat(Files.readString(dir.resolve("zapad-2025.geojson")))
        .startsWith("{\"type\":\"FeatureCollection\"");
    String stix = Files.readString(dir.resolve("zapad-2025.stix.json"));
    assertThat(stix).startsWith("{\n  \"type\": \"bundle\"");
    assertThat(dev.sitrep.stix.StixImport.defaults().read(stix).dossier())
        .isEqualTo(ArticleDossier.DOSSIER);
  }

  @Test
  void theReportsBeyondTheArticleArePrintedWithWhatTheyDidAndWhomTheySuspect() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Zapad2025.printOtherReports(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).contains(
        "  Estlink 2: valid",
        "      damaged: 1 (infrastructure/estlink-2)",
        "      suspected: vessel/eagle-s (ALLEGED)",
        "      released: 52 (person/mikalai-statkevich)",
        "    person/mikalai-statkevich: RETURNED_TO_CUSTODY");
  }
}
