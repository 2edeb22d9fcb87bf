package dev.sitrep.stix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.testing.Generators;
import org.junit.jupiter.api.Test;

/** sitrep -> STIX -> sitrep gives an equal dossier, and exporting it again the same bytes. */
class StixRoundTripTest {
  private static final StixExport EXPORT = StixExport.defaults();
  private static final StixImport IMPORT = StixImport.defaults();
  private static final dev.sitrep.io.SitrepJson JSON = dev.sitrep.io.SitrepJson.defaults();

  @Test
  void theArticleSurvivesARoundTrip() {
    Dossier article = Bundles.article();
    StixImport.Result back = IMPORT.read(EXPORT.write(article));
    assertThat(back.dossier()).isEqualTo(article);
    assertThat(back.report().count(ImportReport.Outcome.READ))
        .isEqualTo(article.entities().size());
    assertThat(back.report().count(ImportReport.Outcome.MAPPED)).isZero();
    assertThat(back.report().count(ImportReport.Outcome.KEPT)).isZero();
  }

  @Test
  void randomValidDossiersSurviveARoundTripUnchanged() {
    qt().withExamples(200).forAll(Generators.dossiersWithUnrecognized()).checkAssert(d -> {
      String bundle = EXPORT.write(d);
      StixImport.Result back = IMPORT.read(bundle);
      for (int i = 0; i < d.entities().size(); i++) {
        assertThat(JSON.write(back.dossier().entities().get(i)))
            .isEqualTo(JSON.write(d.entities().get(i)));
      }
      assertThat(back.dossier()).isEqualTo(d);
      assertThat(back.report().count(ImportReport.Outcome.KEPT)).isZero();
      assertThat(EXPORT.write(back.dossier())).isEqualTo(bundle);
    });
  }

  @Test
  void theStreamingReaderGivesTheValuesInOrder() {
    qt().withExamples(50).forAll(Generators.dossiers()).checkAssert(d -> {
      java.util.List<dev.sitrep.core.identity.Entity> read = new java.util.ArrayList<>();
      try (StixReader reader = IMPORT.reader(new java.io.ByteArrayInputStream(
          EXPORT.write(d).getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
        reader.forEachRemaining(read::add);
        assertThat(reader.report().count(ImportReport.Outcome.READ)).isEqualTo(read.size());
      }
      assertThat(read).isEqualTo(d.entities());
    });
  }
}
