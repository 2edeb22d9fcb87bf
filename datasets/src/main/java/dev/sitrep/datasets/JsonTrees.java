package dev.sitrep.datasets;

import dev.sitrep.core.Text;
import dev.sitrep.core.extension.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** PLOVER's JSON trees as sitrep's extension values, and back, value for value. */
final class JsonTrees {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /**
   * A decimal number as JSON writes it ({@code 49.9}, {@code -1e3}), without the hexadecimal forms
   * and type suffixes that Java's own parsing also takes ({@code 0x1p3}, {@code 49.9d}).
   */
  static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private JsonTrees() {}

  /** @return the value as JSON, abbreviated for a message */
  static String abbreviated(JsonNode v) {
    return Text.abbreviate(v.toString(), 100);
  }

  static JsonValue value(JsonNode n) {
    if (n.isObject()) {
      Map<String, JsonValue> m = new LinkedHashMap<>();
      n.properties().forEach(e -> m.put(e.getKey(), value(e.getValue())));
      return JsonValue.object(m);
    } else if (n.isArray()) {
      List<JsonValue> l = new ArrayList<>();
      n.values().forEach(v -> l.add(value(v)));
      return JsonValue.array(l);
    } else if (n.isString()) {
      return JsonValue.of(n.asString());
    } else if (n.isNumber()) {
      return JsonValue.of(n.decimalValue());
    } else if (n.isBoolean()) {
      return JsonValue.of(n.booleanValue());
    }
    return JsonValue.NULL;
  }

  static JsonNode node(JsonValue v) {
    if (v instanceof JsonValue.JsonObject o) {
      ObjectNode n = NODES.objectNode();
      o.members().forEach((k, x) -> n.set(k, node(x)));
      return n;
    } else if (v instanceof JsonValue.JsonArray a) {
      ArrayNode n = NODES.arrayNode();
      a.elements().forEach(x -> n.add(node(x)));
      return n;
    } else if (v instanceof JsonValue.JsonString s) {
      return NODES.stringNode(s.value());
    } else if (v instanceof JsonValue.JsonNumber d) {
      return NODES.numberNode(d.value());
    } else if (v instanceof JsonValue.JsonBoolean b) {
      return NODES.booleanNode(b.value());
    }
    return NODES.nullNode();
  }
}
