package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.StateCatalogue;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;

/**
 * Jackson databind is an optional dependency of sitrep-io: {@link SitrepJson} reads and writes
 * with sitrep's classes and jackson-core alone, as an application that never adds databind runs.
 */
class WithoutDatabindTest {
  @Test
  void sitrepJsonReadsAndWritesWithJacksonCoreAlone() throws Exception {
    String written = SitrepJson.defaults().write(StateCatalogue.get("PL"));
    // the type last: the reader buffers the object to find its variant, then reads it again
    String typeLast = written.replaceFirst("^\\{\"type\":\"state\",", "{") .replaceFirst(
        "}$", ",\"type\":\"state\"}");
    assertThat(typeLast).isNotEqualTo(written).endsWith("\"type\":\"state\"}");

    URL[] jars = Stream.of(SitrepJson.class, Actor.class, JsonParser.class)
        .map(c -> c.getProtectionDomain().getCodeSource().getLocation()).toArray(URL[]::new);
    try (URLClassLoader alone = new URLClassLoader(jars, ClassLoader.getPlatformClassLoader())) {
      assertThatThrownBy(() -> alone.loadClass("tools.jackson.databind.ObjectMapper"))
          .isInstanceOf(ClassNotFoundException.class);
      Class<?> json = alone.loadClass(SitrepJson.class.getName());
      assertThat(json).isNotSameAs(SitrepJson.class);
      Object defaults = json.getMethod("defaults").invoke(null);
      Object poland = json.getMethod("read", String.class, Class.class)
          .invoke(defaults, typeLast, alone.loadClass(Actor.class.getName()));
      assertThat(json.getMethod("write", Object.class).invoke(defaults, poland))
          .isEqualTo(written);
    }
  }
}
