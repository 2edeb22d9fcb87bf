package dev.sitrep.benchmarks;

import dev.sitrep.examples.ArticleDossier;
import dev.sitrep.io.SitrepJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The article's dossier as sitrep writes it, kept as a resource of the benchmarks jar, so that
 * {@link ColdStartBenchmark} can have the bytes without running any of the readers it measures.
 * The build writes it ({@link #main}, run by the module's {@code pom.xml} after compiling).
 */
public final class DossierResource {
  private DossierResource() {}

  private static final String NAME = "dossier.json";

  /**
   * Writes the dossier's bytes into a directory of classes, as the resource {@link #bytes()} reads.
   *
   * @param args the directory of classes, such as {@code benchmarks/target/classes}
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]).resolve(DossierResource.class.getPackageName().replace('.', '/'))
        .resolve(NAME);
    Files.createDirectories(file.getParent());
    Files.write(file, SitrepJson.defaults().writeBytes(ArticleDossier.DOSSIER));
  }

  /** @return the dossier's bytes, as the build wrote them; nothing of sitrep or Jackson runs */
  static byte[] bytes() {
    try (InputStream in = DossierResource.class.getResourceAsStream(NAME)) {
      if (in == null) {
        throw new IllegalStateException(NAME + " is missing: build the benchmarks with Maven");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
