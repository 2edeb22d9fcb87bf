package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.geo.GeoPoint;
import dev.sitrep.core.quantity.UncertainCount;
import java.util.ServiceLoader;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

class SitrepModuleTest {
  @Test
  void isServiceLoaded() {
    assertThat(ServiceLoader.load(JacksonModule.class).stream()
        .map(p -> p.type().getName())).contains(SitrepModule.class.getName());
  }

  @Test
  void reportsTheVersionTheBuildGaveIt() {
    // the pom passes the project's version to the tests; the module reads its own from its jar
    String built = System.getProperty("sitrep.version");
    assertThat(built).as("the sitrep.version the build passes to the tests").isNotBlank();
    assertThat(new SitrepModule().version())
        .isEqualTo(VersionUtil.parseVersion(built, "dev.sitrep", "sitrep-io"))
        .satisfies(v -> assertThat(v.isUnknownVersion()).isFalse());
  }

  @Test
  void aJsonMapperWritesAndReadsTheSameWireFormat() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Actor belarus = StateCatalogue.get("BY");
    String json = mapper.writeValueAsString(belarus);
    assertThat(json).isEqualTo(SitrepJson.defaults().write(belarus));
    assertThat(mapper.readValue(json, Actor.class)).isEqualTo(belarus);
  }

  @Test
  void badInputCarriesSitrepsExceptionAsTheCause() {
    JsonMapper mapper = JsonMapper.builder().addModule(new SitrepModule()).build();
    assertThatThrownBy(() -> mapper.readValue("{\"lower\":-1,\"qualifier\":\"unknown\"}",
        UncertainCount.class))
        .isInstanceOf(JacksonException.class)
        .hasCauseInstanceOf(InvalidDataException.class)
        .hasMessageContaining("lower: must not be negative, was -1");
  }

  @Test
  void malformedJsonWithinAValueCarriesSitrepsException() {
    JsonMapper mapper = JsonMapper.builder().addModule(new SitrepModule()).build();
    InvalidDataException e = causeOf(() -> mapper.readValue(
        "{\"lower\":19,\n\"qualifier\":at-least}", UncertainCount.class));
    assertThat(e.rule()).startsWith("must be well-formed JSON");
    assertThat(e.line()).hasValue(2);
  }

  @Test
  void eachValueIsHeldToTheModulesReadLimits() {
    JsonMapper defaults = JsonMapper.builder().addModule(new SitrepModule()).build();
    InvalidDataException number = causeOf(() -> defaults.readValue(
        "{\"lat\":52." + "1".repeat(98) + ",\"lon\":21}", GeoPoint.class));
    assertThat(number.path()).isEqualTo("$.lat");
    assertThat(number.rule()).isEqualTo(
        "must be a number of at most 100 characters (the read limit), found 101");
    JsonMapper small = JsonMapper.builder()
        .addModule(new SitrepModule(new ReadLimits(3, 20, 10, 200))).build();
    InvalidDataException string = causeOf(() -> small.readValue(
        "{\"name\":\"" + "x".repeat(21) + "\"}", Actor.class));
    assertThat(string.path()).isEqualTo("$.name");
    assertThat(string.rule()).contains("at most 20 characters");
    InvalidDataException document = causeOf(() -> small.readValue(
        "{\"lower\":1" + " ".repeat(300) + ",\"qualifier\":\"unknown\"}",
        UncertainCount.class));
    assertThat(document.rule()).startsWith("must be a value of at most 200 bytes or characters");
    InvalidDataException deep = causeOf(() -> small.readValue(
        "{\"schema_version\":\"1\",\"x\":[[[[1]]]]}", Dossier.class));
    assertThat(deep.rule()).startsWith("must be nested at most 3 deep");
  }

  @Test
  void failOnUnknownPropertiesChoosesStrictOrLenientReading() {
    String withUnknown = "{\"lower\":19,\"qualifier\":\"at-least\",\"confidence\":0.8}";
    JsonMapper strict = JsonMapper.builder().addModule(new SitrepModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThat(causeOf(() -> strict.readValue(withUnknown, UncertainCount.class)).rule())
        .startsWith("unknown property 'confidence'");
    JsonMapper lenient = JsonMapper.builder().addModule(new SitrepModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertThat(lenient.readValue(withUnknown, UncertainCount.class))
        .isEqualTo(UncertainCount.atLeast(19));
    JsonMapper byDefault = JsonMapper.builder().addModule(new SitrepModule()).build();
    assertThat(byDefault.readValue(withUnknown, UncertainCount.class))
        .as("Jackson 3 does not fail on unknown properties by default")
        .isEqualTo(UncertainCount.atLeast(19));
  }

  private static InvalidDataException causeOf(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).isInstanceOf(DatabindException.class)
        .hasCauseInstanceOf(InvalidDataException.class);
    return (InvalidDataException) thrown.getCause();
  }
}
