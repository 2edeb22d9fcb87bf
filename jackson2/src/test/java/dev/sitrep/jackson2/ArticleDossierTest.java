package dev.sitrep.jackson2;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.io.SitrepJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The article's dossier, from the examples' golden file (the examples module depends on this one,
 * so its resources are not on this module's class path), through a Jackson 2 mapper.
 */
class ArticleDossierTest {
  private static final Path GOLDEN = Path.of("../examples/src/test/resources/zapad-2025.json");

  @Test
  void readsAsSitrepJsonDoesAndWritesBackByteForByte() throws IOException {
    byte[] golden = Files.readAllBytes(GOLDEN);
    Dossier dossier = Mappers.STRICT.readValue(golden, Dossier.class);
    assertThat(dossier).isEqualTo(SitrepJson.defaults().read(golden, Dossier.class));
    assertThat(dossier.events()).isNotEmpty();
    assertThat(Mappers.STRICT.writeValueAsBytes(dossier))
        .isEqualTo(SitrepJson.defaults().writeBytes(dossier));
  }

  /** The golden file is written pretty: a Jackson 2 printer of the same layout writes it again. */
  @Test
  void aJackson2PrettyPrinterOfSitrepsLayoutWritesTheGoldenFile() throws IOException {
    byte[] golden = Files.readAllBytes(GOLDEN);
    DefaultPrettyPrinter sitrepLayout = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    Dossier dossier = Mappers.STRICT.readValue(golden, Dossier.class);
    assertThat(new String(Mappers.STRICT.writer(sitrepLayout).writeValueAsBytes(dossier), UTF_8))
        .isEqualTo(new String(golden, UTF_8));
  }
}
