package dev.sitrep.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.examples.ArticleDossier;
import dev.sitrep.io.SitrepJson;
import org.junit.jupiter.api.Test;

/** The bytes {@link ColdStartBenchmark} reads are what sitrep writes for the dossier now. */
class DossierResourceTest {
  @Test
  void theResourceIsTheDossierAsSitrepWritesIt() {
    assertThat(DossierResource.bytes())
        .isEqualTo(SitrepJson.defaults().writeBytes(ArticleDossier.DOSSIER));
  }
}
