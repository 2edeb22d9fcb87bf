package dev.sitrep.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * core depends on nothing at run time but the JDK, and does no I/O: no Jackson (2 or 3), no
 * {@code java.io} and no {@code java.nio.file}. Only production classes are imported.
 */
class ArchitectureTest {
  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.sitrep.core");
  }

  @Test
  void onlyProductionClassesAreImported() {
    assertThat(production.contain("dev.sitrep.core.time.TimePoint")).isTrue();
    assertThat(production.contain("dev.sitrep.core.actor.ImmutablePerson")).isTrue();
    assertThat(production.stream().map(JavaClass::getName))
        .noneMatch(name -> name.contains("Test") || name.startsWith("dev.sitrep.core.testing."));
  }

  private static final ArchRule NO_JACKSON_NO_IO = noClasses()
      .that().resideInAPackage("dev.sitrep.core..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "tools.jackson..", "com.fasterxml..", "java.io..", "java.nio.file..");

  @Test
  void coreDependsOnNeitherJacksonNorIo() {
    NO_JACKSON_NO_IO.check(production);
  }

  /** A class of core's packages that reads a file: what the rule must catch. */
  static final class Probe {
    static boolean exists(String path) {
      return Files.exists(Path.of(path)) || new File(path).exists();
    }
  }

  @Test
  void theRuleCatchesAClassThatDoesIo() {
    JavaClasses probe = new ClassFileImporter().importClasses(Probe.class);
    assertThatThrownBy(() -> NO_JACKSON_NO_IO.check(probe)).isInstanceOf(AssertionError.class)
        .hasMessageContaining("java.io.File").hasMessageContaining("java.nio.file.Files");
  }
}
