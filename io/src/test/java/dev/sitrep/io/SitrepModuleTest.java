package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.quantity.UncertainCount;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

class SitrepModuleTest {
  @Test
  void isServiceLoaded() {
    assertThat(ServiceLoader.load(JacksonModule.class).stream()
        .map(p -> p.type().getName())).contains(SitrepModule.class.getName());
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
}
