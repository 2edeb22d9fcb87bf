package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.extension.Extensions;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.io.codec.Codecs;
import dev.sitrep.io.codec.DeclaredCodec;
import dev.sitrep.io.codec.ObjectCodec;
import dev.sitrep.io.codec.ObjectCodec.Cardinality;
import dev.sitrep.io.codec.Shape;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Documents as Python, JavaScript, jq and pandas write them back read as the same value: every
 * declared type's random valid values, written, then rewritten as those tools do (keys in any
 * order, {@code type} not first, absent optional properties and lists as {@code null}, an absent
 * list as {@code []}, integers as {@code 19.0} or {@code 1.9E1}, integral decimals as {@code 52}),
 * are read back equal, and the schema accepts each rewritten document.
 */
class OtherLanguagesPropertiesTest {
  private static final SitrepJson JSON = SitrepJson.defaults();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /**
   * For what may hold extension properties (entities, a dossier): a tree that keeps decimals as
   * written, as an extension's {@code 1e400} is no double; it makes any zero {@code 0} (an
   * extension's {@code 0.00}, a coordinate's {@code -0.0}), so the value expected is the one
   * written and read through it.
   */
  private static final JsonMapper EXACT = JsonMapper.builder()
      .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  static Stream<DeclaredCodec<?>> declared() {
    return Codecs.declared().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("declared")
  void aDocumentRewrittenAsOtherToolsWriteItIsReadAsTheSameValue(DeclaredCodec<?> codec) {
    Gen<?> values = DeclaredTypes.GENERATORS.get(codec.name());
    qt().withExamples(20).forAll(values, SourceDSL.longs().all()).checkAssert((value, seed) -> {
      String written = JSON.write(value);
      boolean extensible = Entity.class.isAssignableFrom(codec.type())
          || codec.type() == Dossier.class;
      JsonMapper mapper = extensible ? EXACT : MAPPER;
      String rewritten = mapper.writeValueAsString(
          rewrite(mapper.readTree(written), codec.shape(), new Random(seed)));
      Object back = JSON.read(rewritten, codec.type());
      if (codec.type() == Claim.class) { // read on its own, a claim's value is its text
        assertThat(JSON.write(back)).as(rewritten).isEqualTo(written);
      } else {
        Object expected = extensible
            ? JSON.read(EXACT.writeValueAsString(EXACT.readTree(written)), codec.type()) : value;
        assertThat(back).as(rewritten).isEqualTo(expected);
      }
      SchemaValidator.assertValid(codec.name(), rewritten);
    });
  }

  /** @return {@code node}, a value of {@code shape}, as another language's tools may write it */
  private static JsonNode rewrite(JsonNode node, Shape shape, Random random) {
    if (shape instanceof Shape.Union union) {
      String type = node.get("type").asString();
      ObjectCodec<?, ?> variant = union.codec().variants().stream()
          .filter(v -> v.name().equals(type)).findFirst().orElseThrow();
      return rewriteObject((ObjectNode) node, variant, random);
    }
    if (shape instanceof Shape.Properties properties) {
      return rewriteObject((ObjectNode) node, properties.codec(), random);
    }
    if (shape instanceof Shape.Range range && node.isNumber() && random.nextBoolean()) {
      if (range.integer()) { // 19 as Python's 19.0, or with an exponent
        return NODES.numberNode(node.asLong() * 1.0);
      }
      double d = node.asDouble(); // 52.0 as JavaScript's 52
      if (d == Math.rint(d) && Math.abs(d) < 1e15 && !(d == 0 && 1 / d < 0)) {
        return NODES.numberNode((long) d);
      }
    }
    return node;
  }

  private static ObjectNode rewriteObject(ObjectNode node, ObjectCodec<?, ?> codec,
      Random random) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
    for (ObjectCodec.Property<?, ?> p : codec.properties()) {
      JsonNode value = node.get(p.name());
      if (value == null) {
        if (p.cardinality() != Cardinality.REQUIRED && random.nextBoolean()) {
          entries.add(Map.entry(p.name(), p.cardinality() == Cardinality.LIST
              && random.nextBoolean() ? NODES.arrayNode() : NODES.nullNode()));
        }
      } else if (p.cardinality() == Cardinality.LIST) {
        ArrayNode elements = NODES.arrayNode();
        value.forEach(e -> elements.add(rewrite(e, p.shape(), random)));
        entries.add(Map.entry(p.name(), elements));
      } else {
        entries.add(Map.entry(p.name(), rewrite(value, p.shape(), random)));
      }
    }
    if (node.has("type")) {
      entries.add(Map.entry("type", node.get("type")));
    }
    List<Map.Entry<String, JsonNode>> extensions = node.properties().stream()
        .filter(e -> codec.keepsExtensions() && Extensions.isName(e.getKey())).toList();
    assertThat(entries.stream().filter(e -> !e.getValue().isNull()
        && !(e.getValue().isArray() && e.getValue().isEmpty())).count())
        .as("every property written is declared or an extension")
        .isEqualTo(node.size() - extensions.size());
    entries.addAll(extensions); // extension properties, in any order too
    Collections.shuffle(entries, random);
    ObjectNode shuffled = NODES.objectNode();
    entries.forEach(e -> shuffled.set(e.getKey(), e.getValue()));
    return shuffled;
  }
}
