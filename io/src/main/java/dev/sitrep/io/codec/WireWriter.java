package dev.sitrep.io.codec;

import dev.sitrep.core.extension.JsonValue;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;

/** The writing side of the wire format: a thin layer over Jackson's streaming generator. */
public final class WireWriter {
  private final JsonGenerator generator;

  /** @param generator the generator to write to */
  public WireWriter(JsonGenerator generator) {
    this.generator = generator;
  }

  void startObject() {
    generator.writeStartObject();
  }

  void endObject() {
    generator.writeEndObject();
  }

  void startArray() {
    generator.writeStartArray();
  }

  void endArray() {
    generator.writeEndArray();
  }

  void name(SerializableString name) {
    generator.writeName(name);
  }

  void string(String value) {
    generator.writeString(value);
  }

  /** Writes a string encoded once in advance, such as an enum's wire name. */
  void string(SerializableString value) {
    generator.writeString(value);
  }

  void number(long value) {
    generator.writeNumber(value);
  }

  void number(double value) {
    generator.writeNumber(value);
  }

  void bool(boolean value) {
    generator.writeBoolean(value);
  }

  void name(String name) {
    generator.writeName(name);
  }

  /** Writes any JSON value as it is: an object's members in order, a number exactly. */
  void json(JsonValue value) {
    if (value instanceof JsonValue.JsonObject o) {
      generator.writeStartObject();
      o.members().forEach((name, v) -> {
        generator.writeName(name);
        json(v);
      });
      generator.writeEndObject();
    } else if (value instanceof JsonValue.JsonArray a) {
      generator.writeStartArray();
      a.elements().forEach(this::json);
      generator.writeEndArray();
    } else if (value instanceof JsonValue.JsonString s) {
      generator.writeString(s.value());
    } else if (value instanceof JsonValue.JsonNumber n) {
      generator.writeNumber(n.value());
    } else if (value instanceof JsonValue.JsonBoolean b) {
      generator.writeBoolean(b.value());
    } else {
      generator.writeNull();
    }
  }
}
