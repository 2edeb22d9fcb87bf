package dev.sitrep.core.extension;

import dev.sitrep.core.InvalidDataException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Any JSON value, as plain immutable data: the value of an {@linkplain Extensions extension
 * property} that a feed carries and sitrep does not model, such as ACLED's
 * {@code "org.acled.interaction": 13} or a STIX-style {@code "x_acme_score": {"value": 0.8}}.
 * An object keeps its members in order and a number is kept exactly as a {@link BigDecimal}, so a
 * value read is written back the same. No parsing here: {@code sitrep-io} reads and writes it.
 *
 * <pre>{@code
 * JsonValue score = JsonValue.object(Map.of("value", JsonValue.of(new BigDecimal("0.8"))));
 * JsonValue tags = JsonValue.array(List.of(JsonValue.of("naval"), JsonValue.NULL));
 * }</pre>
 */
public sealed interface JsonValue {
  /** JSON {@code null}. */
  JsonValue NULL = new JsonNull();

  /** JSON {@code true}. */
  JsonValue TRUE = new JsonBoolean(true);

  /** JSON {@code false}. */
  JsonValue FALSE = new JsonBoolean(false);

  /**
   * @param value the string
   * @return a JSON string
   */
  static JsonValue of(String value) {
    return new JsonString(value);
  }

  /**
   * @param value the number
   * @return a JSON number, exactly as given (the scale kept: {@code 1.50} stays {@code 1.50})
   */
  static JsonValue of(BigDecimal value) {
    return SharedValues.number(value);
  }

  /**
   * @param value the integer
   * @return a JSON integer
   */
  static JsonValue of(long value) {
    return SharedValues.number(BigDecimal.valueOf(value));
  }

  /**
   * @param value the boolean
   * @return {@link #TRUE} or {@link #FALSE}
   */
  static JsonValue of(boolean value) {
    return value ? TRUE : FALSE;
  }

  /**
   * @param elements the elements
   * @return a JSON array of the elements, in order
   */
  static JsonValue array(List<? extends JsonValue> elements) {
    if (elements == null) {
      return new JsonArray(null); // refused, with the rule
    }
    return elements.isEmpty() ? SharedValues.EMPTY_ARRAY
        : new JsonArray(Collections.unmodifiableList(elements));
  }

  /**
   * @param members the members, by name
   * @return a JSON object of the members, in the map's order
   */
  static JsonValue object(Map<String, ? extends JsonValue> members) {
    if (members == null) {
      return new JsonObject(null); // refused, with the rule
    }
    return members.isEmpty() ? SharedValues.EMPTY_OBJECT
        : new JsonObject(Collections.unmodifiableMap(members));
  }

  /**
   * A JSON object: its members, in order; equal to another with the same members in any order.
   *
   * @param members the members, by name, in order
   */
  record JsonObject(Map<String, JsonValue> members) implements JsonValue {
    /**
     * Copies the members, keeping their order.
     *
     * @param members the members, by name, in order
     */
    public JsonObject {
      if (members == null) {
        throw new InvalidDataException("members", "must not be null");
      }
      Map<String, JsonValue> copy = new LinkedHashMap<>(members.size() * 2);
      members.forEach((k, v) -> {
        if (k == null || v == null) {
          throw new InvalidDataException("members", "must not hold null (use JsonValue.NULL)");
        }
        copy.put(k, v);
      });
      Extensions.requireWellFormed(copy.keySet(), "members");
      // an object of one member, as most are, in a map of one entry: its order is its own
      members = copy.isEmpty() ? Collections.emptyMap() : copy.size() == 1
          ? Collections.singletonMap(copy.keySet().iterator().next(),
              copy.values().iterator().next())
          : Collections.unmodifiableMap(copy);
    }
  }

  /**
   * A JSON array: its elements, in order.
   *
   * @param elements the elements, in order
   */
  record JsonArray(List<JsonValue> elements) implements JsonValue {
    /**
     * Copies the elements.
     *
     * @param elements the elements, in order
     */
    public JsonArray {
      if (elements == null) {
        throw new InvalidDataException("elements", "must not be null");
      }
      for (JsonValue e : elements) {
        if (e == null) {
          throw new InvalidDataException("elements", "must not hold null (use JsonValue.NULL)");
        }
      }
      elements = List.copyOf(elements);
    }
  }

  /**
   * A JSON string.
   *
   * @param value the string
   */
  record JsonString(String value) implements JsonValue {
    /**
     * Refuses {@code null}.
     *
     * @param value the string
     */
    public JsonString {
      if (value == null) {
        throw new InvalidDataException("value", "must not be null (use JsonValue.NULL)");
      }
    }
  }

  /**
   * A JSON number, exact: {@code 1.50} and {@code 1.5} are different values, as written.
   *
   * @param value the number, its scale kept
   */
  record JsonNumber(BigDecimal value) implements JsonValue {
    /**
     * Refuses {@code null}.
     *
     * @param value the number, its scale kept
     */
    public JsonNumber {
      if (value == null) {
        throw new InvalidDataException("value", "must not be null (use JsonValue.NULL)");
      }
    }
  }

  /** {@code true} or {@code false}. */
  record JsonBoolean(boolean value) implements JsonValue {}

  /** JSON {@code null}. */
  record JsonNull() implements JsonValue {}
}
