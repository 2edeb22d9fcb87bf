package dev.sitrep.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.geo.GeoPoint;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.io.ReadLimits;
import dev.sitrep.io.SitrepJson;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.ServiceLoader;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class SitrepJackson2ModuleTest {
  @Test
  void findAndRegisterModulesFindsIt() throws IOException {
    assertThat(ServiceLoader.load(Module.class).stream().map(p -> p.type().getName()))
        .contains(SitrepJackson2Module.class.getName());
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains("sitrep");
    Actor belarus = StateCatalogue.get("BY");
    String json = mapper.writeValueAsString(belarus);
    assertThat(json).isEqualTo(SitrepJson.defaults().write(belarus));
    assertThat(mapper.readValue(json, Actor.class)).isEqualTo(belarus);
  }

  @Test
  void reportsTheProjectsVersion() {
    Version version = new SitrepJackson2Module().version();
    assertThat(version.toString()).isEqualTo(System.getProperty("sitrep.version"));
    assertThat(version.getGroupId()).isEqualTo("dev.sitrep");
    assertThat(version.getArtifactId()).isEqualTo("sitrep-jackson2");
    assertThat(version.isUnknownVersion()).isFalse();
  }

  @Test
  void failOnUnknownPropertiesChoosesStrictOrLenientReading() throws IOException {
    String withUnknown = "{\"lower\":19,\"qualifier\":\"at-least\",\"confidence\":0.8}";
    ObjectMapper byDefault = new ObjectMapper().registerModule(new SitrepJackson2Module());
    assertThat(causeOf(() -> byDefault.readValue(withUnknown, UncertainCount.class)).rule())
        .as("Jackson 2 fails on unknown properties by default")
        .startsWith("unknown property 'confidence'");
    ObjectMapper lenient = new ObjectMapper().registerModule(new SitrepJackson2Module())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(lenient.readValue(withUnknown, UncertainCount.class))
        .isEqualTo(UncertainCount.atLeast(19));
  }

  /** Each value is read within the module's limits, and fails as {@code SitrepJson} fails. */
  @Test
  void eachValueIsHeldToTheModulesReadLimits() {
    ObjectMapper defaults = new ObjectMapper().registerModule(new SitrepJackson2Module());
    InvalidDataException number = causeOf(() -> defaults.readValue(
        "{\"lat\":52." + "1".repeat(98) + ",\"lon\":21}", GeoPoint.class));
    assertThat(number.path()).isEqualTo("$.lat");
    assertThat(number.rule()).isEqualTo(
        "must be a number of at most 100 characters (the read limit), found 101");
    ReadLimits limits = new ReadLimits(3, 20, 10, 200);
    ObjectMapper small = new ObjectMapper().registerModule(new SitrepJackson2Module(limits));
    SitrepJson sitrep = SitrepJson.builder().limits(limits).build();
    for (String json : List.of(
        "{\"type\":\"person\",\"id\":\"person/x\",\"name\":\"" + "x".repeat(21) + "\"}",
        "{\"type\":\"person\",\"id\":\"person/x\",\"name\":\"X\",\"x_a\":[[[[1]]]]}")) {
      InvalidDataException expected =
          catchThrowableOfType(InvalidDataException.class, () -> sitrep.read(json, Actor.class));
      assertThat(expected).as(json).isNotNull();
      InvalidDataException e = causeOf(() -> small.readValue(json, Actor.class));
      assertThat(e.path()).as(json).isEqualTo(expected.path());
      assertThat(e.rule()).as(json).isEqualTo(expected.rule()).contains("limit");
    }
    // a value longer than the document limit is refused as it is copied, before SitrepJson
    String longer = "{\"type\":\"person\",\"id\":\"person/x\",\"name\":\"X\""
        + IntStream.range(0, 8).mapToObj(i -> ",\"x_" + i + "\":\"" + "x".repeat(18) + "\"")
            .collect(Collectors.joining()) + "}";
    assertThat(catchThrowableOfType(InvalidDataException.class,
        () -> sitrep.read(longer, Actor.class)).rule()).contains("Document length (260)");
    InvalidDataException e = causeOf(() -> small.readValue(longer, Actor.class));
    assertThat(e.path()).isEqualTo("$");
    assertThat(e.rule()).isEqualTo(
        "must be at most 200 bytes long (the read limit for one value), found more");
  }

  /** What the mapper reads is handed to sitrep as written: no number is rounded on the way. */
  @Test
  void numbersReachSitrepAsWritten() throws IOException {
    ObjectMapper mapper = Mappers.STRICT;
    assertThat(mapper.readValue("{\"lower\":19.0,\"qualifier\":\"at-least\"}",
        UncertainCount.class)).isEqualTo(UncertainCount.atLeast(19));
    String person = "{\"type\":\"person\",\"id\":\"person/x\",\"name\":\"X\","
        + "\"x_score\":[19.0,1.50,0.1000000000000000055511151231257827021181583404541015625,"
        + "1E+400,12345678901234567890123]}";
    Actor read = mapper.readValue(person, Actor.class);
    assertThat(read).isEqualTo(SitrepJson.defaults().read(person, Actor.class));
    assertThat(mapper.writeValueAsString(read)).isEqualTo(person);
  }

  private static InvalidDataException causeOf(ThrowingCallable read) {
    Throwable thrown = catchThrowable(read);
    assertThat(thrown).isInstanceOf(MismatchedInputException.class)
        .hasCauseInstanceOf(InvalidDataException.class);
    return (InvalidDataException) thrown.getCause();
  }
}
