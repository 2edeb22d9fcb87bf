package dev.sitrep.stix;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.extension.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * One STIX object at a time as plain data ({@link JsonValue}): read from a parser, written to a
 * generator. Only one object is ever held, never a tree of the whole bundle.
 */
final class JsonTrees {
  private JsonTrees() {}

  /**
   * Reads the value the parser is on, and leaves the parser on its last token.
   *
   * @param path the value's JSON path, for errors
   * @param bound run at each value within, to refuse a value beyond the read limits before it is
   *     held, as an array of millions of numbers
   */
  static JsonValue read(JsonParser p, String path, Runnable bound) {
    bound.run();
    JsonToken t = p.currentToken();
    if (t == null) {
      throw new InvalidDataException(path, "must be a JSON value, found the end of the input");
    }
    switch (t) {
      case START_OBJECT: {
        Map<String, JsonValue> members = new LinkedHashMap<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
          String name = p.currentName();
          p.nextToken();
          members.put(name, read(p, path + "." + name, bound));
        }
        return JsonValue.object(members);
      }
      case START_ARRAY: {
        List<JsonValue> elements = new ArrayList<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
          elements.add(read(p, path + "[" + elements.size() + "]", bound));
        }
        return JsonValue.array(elements);
      }
      case VALUE_STRING:
        return JsonValue.of(p.getString());
      case VALUE_NUMBER_INT:
        return JsonValue.of(new BigDecimal(p.getBigIntegerValue()));
      case VALUE_NUMBER_FLOAT:
        try {
          return JsonValue.of(p.getDecimalValue());
        } catch (NumberFormatException e) { // an exponent beyond BigDecimal's, as 1e9999999999
          throw new InvalidDataException(path, "must be a number with an exponent between "
              + -(long) Integer.MAX_VALUE + " and " + Integer.MAX_VALUE);
        }
      case VALUE_TRUE:
        return JsonValue.TRUE;
      case VALUE_FALSE:
        return JsonValue.FALSE;
      case VALUE_NULL:
        return JsonValue.NULL;
      default:
        throw new InvalidDataException(path, "must be a JSON value, found " + t);
    }
  }

  /**
   * JSON text as it was written, embedded whole where an object is written: a sitrep value as
   * sitrep's codec wrote it, every number exactly as written ({@code -0.0} too, which a
   * {@link JsonValue} number cannot hold).
   */
  record Raw(byte[] utf8) {}

  private static final tools.jackson.core.json.JsonFactory FACTORY =
      new tools.jackson.core.json.JsonFactory();

  /** Writes a member value: a {@link JsonValue}, a {@link Raw} or a map of them. */
  static void writeAny(JsonGenerator g, Object value) {
    if (value instanceof JsonValue v) {
      write(g, v);
    } else if (value instanceof Raw r) {
      try (JsonParser p = FACTORY.createParser(tools.jackson.core.ObjectReadContext.empty(),
          r.utf8())) {
        p.nextToken();
        copy(p, g, () -> { });
      }
    } else {
      g.writeStartObject();
      ((Map<?, ?>) value).forEach((name, v) -> {
        g.writeName((String) name);
        writeAny(g, v);
      });
      g.writeEndObject();
    }
  }

  /**
   * Copies the value the parser is on, leaving the parser on its last token; numbers are copied
   * as their text, exactly.
   *
   * @param bound run at each token, as for {@link #read}
   */
  static void copy(JsonParser p, JsonGenerator g, Runnable bound) {
    int depth = 0;
    do {
      bound.run();
      JsonToken t = p.currentToken();
      switch (t) {
        case START_OBJECT:
          g.writeStartObject();
          depth++;
          break;
        case END_OBJECT:
          g.writeEndObject();
          depth--;
          break;
        case START_ARRAY:
          g.writeStartArray();
          depth++;
          break;
        case END_ARRAY:
          g.writeEndArray();
          depth--;
          break;
        case PROPERTY_NAME:
          g.writeName(p.currentName());
          break;
        case VALUE_STRING:
          g.writeString(p.getString());
          break;
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          g.writeNumber(p.getString());
          break;
        case VALUE_TRUE:
          g.writeBoolean(true);
          break;
        case VALUE_FALSE:
          g.writeBoolean(false);
          break;
        default:
          g.writeNull();
      }
    } while (depth > 0 && p.nextToken() != null);
  }

  /**
   * @param bound run at each token, as for {@link #read}
   * @return the value the parser is on, as UTF-8 text; the parser is left on its last token
   */
  static byte[] raw(JsonParser p, Runnable bound) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (JsonGenerator g = FACTORY.createGenerator(
        tools.jackson.core.ObjectWriteContext.empty(), out)) {
      copy(p, g, bound);
    }
    return out.toByteArray();
  }

  /** Writes {@code value} as JSON. */
  static void write(JsonGenerator g, JsonValue value) {
    if (value instanceof JsonValue.JsonObject o) {
      g.writeStartObject();
      o.members().forEach((name, v) -> {
        g.writeName(name);
        write(g, v);
      });
      g.writeEndObject();
    } else if (value instanceof JsonValue.JsonArray a) {
      g.writeStartArray();
      a.elements().forEach(e -> write(g, e));
      g.writeEndArray();
    } else if (value instanceof JsonValue.JsonString s) {
      g.writeString(s.value());
    } else if (value instanceof JsonValue.JsonNumber n) {
      g.writeNumber(n.value());
    } else if (value instanceof JsonValue.JsonBoolean b) {
      g.writeBoolean(b.value());
    } else {
      g.writeNull();
    }
  }

  /** @return the member {@code name} of {@code object} if it is a string */
  static Optional<String> string(Map<String, JsonValue> object, String name) {
    return object.get(name) instanceof JsonValue.JsonString s ? Optional.of(s.value())
        : Optional.empty();
  }

  /** @return the member {@code name} of {@code object} if it is an object */
  static Optional<Map<String, JsonValue>> object(Map<String, JsonValue> object, String name) {
    return object.get(name) instanceof JsonValue.JsonObject o ? Optional.of(o.members())
        : Optional.empty();
  }

  /** @return the strings of {@code value} if it is an array of strings, else none */
  static List<String> strings(JsonValue value) {
    List<String> strings = new ArrayList<>();
    if (value instanceof JsonValue.JsonArray a) {
      for (JsonValue e : a.elements()) {
        if (e instanceof JsonValue.JsonString s) {
          strings.add(s.value());
        }
      }
    }
    return strings;
  }
}
