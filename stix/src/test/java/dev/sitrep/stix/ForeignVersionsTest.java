package dev.sitrep.stix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.provenance.Source;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Objects of other tools' bundles: the latest version of an object is the one kept, and a
 * property the mapping takes only as text is kept as it is when it is not.
 */
class ForeignVersionsTest {
  private static final String BUNDLE = "{\"type\":\"bundle\","
      + "\"id\":\"bundle--44af6c39-c09b-49c5-9de2-394224b04982\",\"objects\":[%s]}";
  private static final String IDENTITY = "{\"type\":\"identity\",\"spec_version\":\"2.1\","
      + "\"id\":\"identity--023d105b-752e-4e3c-941c-7d3f3cb15e9e\",\"name\":\"%s\","
      + "\"identity_class\":\"organization\",\"created\":\"2020-01-01T00:00:00Z\","
      + "\"modified\":\"%s\"}";

  private static Actor keptOf(String first, String second) {
    String json = BUNDLE.formatted(IDENTITY.formatted("FIRST", first) + ","
        + IDENTITY.formatted("SECOND", second));
    return StixImport.defaults().read(json).dossier().actors().get(0);
  }

  @Test
  void theLatestVersionIsKeptByItsInstantNotItsText() {
    assertThat(keptOf("2020-01-01T00:00:00.5Z", "2020-01-01T00:00:00Z").name())
        .isEqualTo("FIRST");
    assertThat(keptOf("2020-01-01T00:00:00Z", "2020-01-01T00:00:00.5Z").name())
        .isEqualTo("SECOND");
    assertThat(keptOf("garbage", "2020-01-02T00:00:00Z").name()).isEqualTo("SECOND");
    assertThat(keptOf("2020-01-02T00:00:00Z", "garbage").name()).isEqualTo("FIRST");
  }

  @Test
  void aPropertyTheMappingTakesAsTextIsKeptWhenItIsNotText() {
    String report = "{\"type\":\"report\",\"spec_version\":\"2.1\","
        + "\"id\":\"report--84e4d88f-44ea-4bcd-bbf3-b2c1c320bcb3\",\"name\":\"R\","
        + "\"published\":5,\"created\":\"2020-01-01T00:00:00Z\","
        + "\"modified\":\"2020-01-01T00:00:00Z\",\"object_refs\":[]}";
    Source source = StixImport.defaults().read(BUNDLE.formatted(report)).dossier().sources()
        .get(0);
    assertThat(source.title()).contains("R");
    Map<String, JsonValue> kept = ((JsonValue.JsonObject) source.extensions()
        .get(StixWriter.X_STIX)).members();
    assertThat(kept).containsEntry("published", JsonValue.of(BigDecimal.valueOf(5)))
        .doesNotContainKey("name");
  }
}
