package dev.sitrep.io.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema, the wire reference and core's table of references are generated from the
 * codec declarations; the committed files must be what the code describes, so that every change
 * to the wire format shows in review.
 * After changing a declaration, regenerate them:
 *
 * <pre>
 * mvn -B -q -pl io -am test -Dtest=GeneratedFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dsitrep.regenerate=true
 * </pre>
 */
class GeneratedFilesTest {
  static final Path SCHEMA = Path.of("src/main/resources/META-INF/sitrep/sitrep.schema.json");
  static final Path OVERLAY = Path.of("src/main/schema/overlay.json");
  static final Path REFERENCE = Path.of("WIRE.md");
  static final Path REFERENCES =
      Path.of("../core/src/main/java/dev/sitrep/core/dossier/References.java");

  @Test
  void theCommittedSchemaIsTheGeneratedOne() throws IOException {
    check(SCHEMA, SchemaGenerator.generate(OVERLAY));
  }

  @Test
  void theCommittedWireReferenceIsTheGeneratedOne() throws IOException {
    check(REFERENCE, WireReference.generate(SchemaGenerator.generate(OVERLAY)));
  }

  @Test
  void theDossiersTableOfReferencesIsTheGeneratedOne() throws IOException {
    check(REFERENCES, ReferenceTableGenerator.generate());
  }

  private static void check(Path file, String generated) throws IOException {
    if (Boolean.getBoolean("sitrep.regenerate")) {
      Files.writeString(file, generated);
    }
    assertThat(Files.readString(file))
        .as("%s is generated from the codec declarations: regenerate it with"
            + " -Dsitrep.regenerate=true (see GeneratedFilesTest)", file)
        .isEqualTo(generated);
  }
}
