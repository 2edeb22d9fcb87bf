package dev.sitrep.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.quantity.Answer;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.io.SitrepJson;
import dev.sitrep.io.SitrepModule;
import org.junit.jupiter.api.Test;

/** Runs the consumer as compiled, on the module path and on the class path (see the pom). */
class ConsumerTest {
  @Test
  void thePloverRowIsADossierOfOneEvent() {
    Dossier dossier = Consumer.fromPlover();
    assertThat(dossier.events()).hasSize(1);
    assertThat(dossier.validate().problems()).isEmpty();
  }

  @Test
  void everyRoundTripGivesTheDossierBack() {
    Dossier dossier = Consumer.fromPlover();
    assertThat(Consumer.roundTrips(dossier)).hasSize(4).allSatisfy(
        back -> assertThat(back).isEqualTo(dossier));
  }

  @Test
  void theReadmesClaimIsWrittenAsTheReadmeSays() {
    Claim<UncertainCount> drones = Consumer.drones();
    assertThat(drones.value().reaches(13)).isEqualTo(Answer.YES);
    assertThat(drones.value().reaches(25)).isEqualTo(Answer.CANNOT_TELL);
    assertThat(drones.attribution().hedge()).isEqualTo(Hedge.STATED);
    assertThat(SitrepJson.defaults().write(drones.value()))
        .isEqualTo("{\"lower\":19,\"qualifier\":\"at-least\",\"phrase\":\"at least nineteen\"}");
  }

  /**
   * On the class path Jackson finds SitrepModule through META-INF/services; on the module path it
   * does not, since io leaves databind optional and so declares no {@code provides}: the module
   * is added by name, as io's module-info says.
   */
  @Test
  void jacksonFindsSitrepModuleOnTheClassPathOnly() {
    boolean modulePath = "module".equals(System.getProperty("consumer.path"));
    assertThat(tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build()
        .registeredModules().stream().anyMatch(SitrepModule.class::isInstance))
        .isEqualTo(!modulePath);
  }

  /** The module-path build runs on the module path, the class-path build on the class path. */
  @Test
  void eachBuildRunsOnItsPath() {
    boolean modulePath = "module".equals(System.getProperty("consumer.path"));
    assertThat(System.getProperty("consumer.path")).isIn("module", "class");
    assertThat(Consumer.class.getModule().isNamed()).isEqualTo(modulePath);
    assertThat(Consumer.class.getProtectionDomain().getCodeSource().getLocation().getPath())
        .endsWith(modulePath ? "/target/classes/" : "/target/class-path-classes/");
  }
}
