package dev.sitrep.core.extension;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The values {@link JsonValue}'s factories share rather than make again, as {@link Integer#valueOf}
 * shares small integers: an empty object or array, and the integers 0 to 255. A read of a
 * document of many such values holds a reference for each, not an object.
 */
final class SharedValues {
  static final JsonValue EMPTY_OBJECT = new JsonValue.JsonObject(Map.of());
  static final JsonValue EMPTY_ARRAY = new JsonValue.JsonArray(List.of());
  private static final JsonValue[] SMALL = new JsonValue[256];
  private static final BigDecimal LARGEST = BigDecimal.valueOf(SMALL.length - 1);

  static {
    for (int i = 0; i < SMALL.length; i++) {
      SMALL[i] = new JsonValue.JsonNumber(BigDecimal.valueOf(i));
    }
  }

  private SharedValues() {}

  /**
   * @param value a number, or null to be refused as {@link JsonValue.JsonNumber} refuses it
   * @return the shared value of an integer from 0 to 255 written without a point or exponent,
   *     else a new one
   */
  static JsonValue number(BigDecimal value) {
    if (value != null && value.scale() == 0 && value.signum() >= 0
        && value.compareTo(LARGEST) <= 0) {
      return SMALL[value.intValue()];
    }
    return new JsonValue.JsonNumber(value);
  }
}
