package dev.sitrep.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.testing.Generators;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Exported bundles are valid STIX 2.1 by the OASIS schemas, deterministic, and readable. */
class StixExportTest {
  private static final StixExport EXPORT = StixExport.defaults();

  @Test
  void aStreamThatFailsIsAnUncheckedIoException() {
    Dossier article = Bundles.article();
    int size = EXPORT.write(article).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    for (int room : new int[] {0, size / 2, size - 1}) {
      java.io.OutputStream full = new java.io.OutputStream() {
        private int written;

        @Override
        public void write(int b) throws java.io.IOException {
          if (++written > room) {
            throw new java.io.IOException("no space left on device");
          }
        }
      };
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> EXPORT.write(article, full))
          .isInstanceOf(java.io.UncheckedIOException.class)
          .hasRootCauseMessage("no space left on device");
    }
  }

  @Test
  void anImportFromAStreamThatFailsIsAnUncheckedIoException() {
    byte[] bundle = EXPORT.write(Bundles.article())
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    java.io.InputStream failing = new java.io.SequenceInputStream(
        new java.io.ByteArrayInputStream(bundle, 0, bundle.length / 2), new java.io.InputStream() {
          @Override
          public int read() throws java.io.IOException {
            throw new java.io.IOException("disk on fire");
          }
        });
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> StixImport.defaults().read(failing))
        .isInstanceOf(java.io.UncheckedIOException.class).hasRootCauseMessage("disk on fire");
  }

  @Test
  void theArticleIsValidStixObjectByObject() {
    Dossier article = Bundles.article();
    String bundle = EXPORT.write(article);
    Bundles.assertValid(bundle);
    List<JsonNode> objects = Bundles.objects(bundle);
    Set<String> types = objects.stream().map(o -> o.path("type").asString())
        .collect(Collectors.toSet());
    assertThat(types).contains("identity", "location", "relationship", "report", "campaign",
        "incident", "note", "opinion", "grouping", "extension-definition");
    assertThat(OasisSchemas.size()).isGreaterThan(50);
  }

  @Test
  void whatPlainConsumersSeeOfTheArticle() {
    List<JsonNode> objects = Bundles.objects(EXPORT.write(Bundles.article()));
    JsonNode belarus = objects.stream().filter(o -> o.path("type").asString().equals("location")
        && o.path("name").asString().equals("Belarus")).findFirst().orElseThrow();
    assertThat(belarus.path("country").asString()).isEqualTo("BY");
    JsonNode zapad = objects.stream().filter(o -> o.path("type").asString().equals("campaign")
        && o.path("name").asString().equals("Zapad 2025")).findFirst().orElseThrow();
    // 12 September in Minsk (UTC+3), where the exercise is dated
    assertThat(zapad.path("first_seen").asString()).isEqualTo("2025-09-11T21:00:00.000Z");
    assertThat(zapad.path("id").asString())
        .isEqualTo(StixIds.of("campaign", dev.sitrep.core.identity.EntityId.of(
            "exercise/zapad-2025")));
    assertThat(zapad.path("extensions").path(SitrepExtension.ID).path("extension_type")
        .asString()).isEqualTo("property-extension");
    JsonNode report = objects.stream().filter(o -> o.path("type").asString().equals("report"))
        .findFirst().orElseThrow();
    assertThat(report.path("published").asString()).isEqualTo("2025-09-01T00:00:00.000Z");
    assertThat(report.path("object_refs").size()).isGreaterThan(10);
  }

  @Test
  void theSameDossierIsTheSameBytes() {
    Dossier article = Bundles.article();
    assertThat(EXPORT.write(article)).isEqualTo(EXPORT.write(article));
    String pretty = StixExport.builder().pretty(true).build().write(article);
    assertThat(pretty).contains("\n  \"objects\": [");
    assertThat(StixImport.defaults().read(pretty).dossier()).isEqualTo(article);
  }

  @Test
  void aGivenTimestampIsEveryObjectsCreatedAndModified() {
    String bundle = StixExport.builder().timestamp(Instant.parse("2025-10-02T03:04:05.678Z"))
        .build().write(Bundles.article());
    for (JsonNode o : Bundles.objects(bundle)) {
      if (!o.path("id").asString().equals(SitrepExtension.ID)
          && !o.path("id").asString().equals(SitrepExtension.IDENTITY)) {
        assertThat(o.path("modified").asString()).isEqualTo("2025-10-02T03:04:05.678Z");
      }
    }
  }

  @Test
  void generatedDossiersAreValidStix() {
    qt().withExamples(60).forAll(Generators.dossiersWithUnrecognized())
        .checkAssert(d -> Bundles.assertValid(EXPORT.write(d)));
  }
}
