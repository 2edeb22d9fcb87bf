package dev.sitrep.jackson2;

import static dev.sitrep.jackson2.Mappers.read;
import static dev.sitrep.jackson2.Mappers.write;
import static dev.sitrep.jackson2.Mappers.writeBytes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.testing.Generators;
import dev.sitrep.io.SitrepJson;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * Every type {@link SitrepJson} reads and writes, families and their variants, through a Jackson 2
 * {@code ObjectMapper} with the module: the mapper writes the bytes {@code SitrepJson} writes, and
 * reads them back as an equal value. A type's values come from core's {@link Generators}: each of
 * its methods without parameters that returns a {@code Gen} of that type.
 */
class EveryTypeTest {
  private static final SitrepJson JSON = SitrepJson.defaults();
  private static final int EXAMPLES = 40;

  /** @return each type with each of its generators, named as in {@code Generators} */
  static Stream<Arguments> generators() {
    return SitrepJson.types().stream().flatMap(type -> generatorsOf(type).stream()
        .map(m -> Arguments.of(type.getSimpleName() + " from " + m.getName(), type, m)));
  }

  @Test
  void everyTypeButTheClaimOnItsOwnHasAGenerator() {
    assertThat(SitrepJson.types()).hasSizeGreaterThan(50)
        .allSatisfy(type -> assertThat(type == Claim.class || !generatorsOf(type).isEmpty())
            .as("a generator of %s in Generators", type.getName()).isTrue());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  <T> void theMapperWritesSitrepJsonsBytesAndReadsThemBackEqual(String name, Class<T> type,
      Method generator) throws ReflectiveOperationException {
    @SuppressWarnings("unchecked")
    Gen<T> values = (Gen<T>) generator.invoke(null);
    // values of a type sitrep does not know, as a newer sitrep writes, are read leniently
    ObjectMapper mapper = generator.getName().contains("Unrecognized")
        ? Mappers.LENIENT : Mappers.STRICT;
    qt().withExamples(EXAMPLES).withShrinkCycles(20).forAll(values).checkAssert(value -> {
      String json = JSON.write(value);
      assertThat(write(mapper, value)).isEqualTo(json);
      byte[] bytes = writeBytes(mapper, value);
      assertThat(bytes).isEqualTo(JSON.writeBytes(value));
      assertThat(read(mapper, bytes, type)).isEqualTo(value);
    });
  }

  static Stream<Arguments> claims() {
    return Stream.of(
        Arguments.of("text", Generators.claims(Generators.texts())),
        Arguments.of("impact", Generators.claims(Generators.impacts())),
        Arguments.of("state", Generators.claims(Generators.<State>refs())),
        Arguments.of("platform kind", Generators.claims(Generators.platformKinds())));
  }

  /** A claim read on its own has its value as text or an impact, so it writes back the same. */
  @ParameterizedTest(name = "claim of {0}")
  @MethodSource("claims")
  void aClaimOnItsOwnIsWrittenAsSitrepJsonWritesItAndReadsBackTheSame(String name,
      Gen<Claim<?>> claims) {
    qt().withExamples(EXAMPLES).withShrinkCycles(20).forAll(claims).checkAssert(claim -> {
      byte[] bytes = writeBytes(Mappers.STRICT, claim);
      assertThat(bytes).isEqualTo(JSON.writeBytes(claim));
      assertThat(JSON.writeBytes(read(Mappers.STRICT, bytes, Claim.class))).isEqualTo(bytes);
    });
  }

  private static List<Method> generatorsOf(Class<?> type) {
    return Arrays.stream(Generators.class.getMethods())
        .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0)
        .filter(m -> generated(m.getGenericReturnType()) == type)
        .toList();
  }

  /** @return what a {@code Gen<T>} generates, or null for another return type */
  private static Type generated(Type returned) {
    return returned instanceof ParameterizedType p && p.getRawType() == Gen.class
        ? p.getActualTypeArguments()[0] : null;
  }
}
