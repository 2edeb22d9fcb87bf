package dev.sitrep.io.codec;

import dev.sitrep.core.InvalidDataException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The reading side of the wire format: a thin layer over Jackson's streaming parser that checks
 * every token's kind and turns every problem into an {@link InvalidDataException} with the JSON
 * path, line and column.
 */
public final class WireReader {
  private final JsonParser parser;
  private final boolean lenient;
  private final List<String> skipped = new ArrayList<>();

  /**
   * @param parser a parser on the first token of the value to read
   * @param lenient whether unknown properties are skipped (and listed in {@link #skipped()})
   *     rather than refused
   */
  public WireReader(JsonParser parser, boolean lenient) {
    this.parser = parser;
    this.lenient = lenient;
  }

  /** @return the JSON paths of the unknown properties skipped in lenient mode */
  public List<String> skipped() {
    return Collections.unmodifiableList(skipped);
  }

  /** @return the JSON path of the current value */
  public String path() {
    return JsonPath.of(parser.streamReadContext());
  }

  /** @return an error at the current token */
  public InvalidDataException error(String rule) {
    return error(path(), parser.currentTokenLocation(), rule);
  }

  /** @return an error at a path other than the current one, such as a missing property's */
  InvalidDataException error(String path, TokenStreamLocation at, String rule) {
    return InvalidDataException.inJson(path, rule, at.getLineNr(), at.getColumnNr(), null);
  }

  JsonToken token() {
    return parser.currentToken();
  }

  void next() {
    parser.nextToken();
  }

  void expect(JsonToken expected, String what) {
    if (parser.currentToken() != expected) {
      throw error("must be " + what + ", found " + describe(parser.currentToken()));
    }
  }

  /** Moves to the next token; @return whether it is the property name {@code name} */
  boolean nextNameIs(SerializableString name) {
    return parser.nextName(name);
  }

  /**
   * Moves to the next property name of the current object, or to its end.
   *
   * @param names the object's property names
   * @return the index of the name in {@code names}, {@link PropertyNameMatcher#MATCH_UNKNOWN_NAME},
   *     or {@link PropertyNameMatcher#MATCH_END_OBJECT}
   */
  int nextProperty(PropertyNameMatcher names) {
    int i = parser.nextNameMatch(names);
    if (i == PropertyNameMatcher.MATCH_ODD_TOKEN) {
      throw error("must be a property name, found " + describe(parser.currentToken()));
    }
    return i;
  }

  /** @return the current string value */
  String string() {
    expect(JsonToken.VALUE_STRING, "a string");
    return parser.getString();
  }

  /**
   * @return the current integer; an integral number written with a fraction or an exponent
   *     ({@code 19.0}, {@code 1e2}), as other languages' tools write counts, is the same integer
   */
  long longValue() {
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal decimal = parser.getDecimalValue().stripTrailingZeros();
      if (decimal.scale() > 0) {
        throw error("must be an integer, found a number with a fraction");
      }
      try {
        return decimal.longValueExact(); // fails at once when far out of range, as 1e999999999
      } catch (ArithmeticException e) {
        throw error("must be an integer between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
      }
    }
    expect(JsonToken.VALUE_NUMBER_INT, "an integer");
    if (parser.getNumberType() != JsonParser.NumberType.INT
        && parser.getNumberType() != JsonParser.NumberType.LONG) {
      throw error("must be an integer between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE);
    }
    return parser.getLongValue();
  }

  int intValue() {
    long value = longValue();
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw error("must be an integer between " + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE
          + ", was " + value);
    }
    return (int) value;
  }

  double doubleValue() {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      expect(JsonToken.VALUE_NUMBER_FLOAT, "a number");
    }
    return parser.getDoubleValue();
  }

  /**
   * Builds a value, on the end of its object, placing any {@link InvalidDataException} the builder
   * throws at the path of the object (the parser is back in the enclosing context) and of the
   * property its attribute path names, and at the object's start.
   */
  <B, T> T build(TokenStreamLocation start, Function<B, ? extends T> build, B builder,
      ObjectCodec<T, B> codec) {
    try {
      return build.apply(builder);
    } catch (InvalidDataException e) {
      if (e.line().isPresent()) {
        throw e;
      }
      throw error(path() + codec.wirePath(e.path()), start, e.rule());
    }
  }

  TokenStreamLocation location() {
    return parser.currentTokenLocation();
  }

  /** @return the name of the current property */
  String currentName() {
    return parser.currentName();
  }

  /** @return an error for the current property name, which its object already has */
  InvalidDataException duplicateKey() {
    return error("is a duplicate key: each property may appear only once in an object");
  }

  /** Refuses, or in lenient mode skips, the value of the current unknown property. */
  void unknown(String name, String allowed) {
    if (!lenient) {
      throw error("unknown property '" + name + "'; expected one of " + allowed);
    }
    skipped("unknown property '" + name + "'");
    skipValue();
  }

  /** @return whether unknown properties and types are skipped rather than refused */
  boolean lenient() {
    return lenient;
  }

  /**
   * Skips the rest of the current object, from a value of it to its end, where its path is the
   * path of the parser.
   *
   * @param seen the names the object has had so far: a repeated one is refused
   */
  void skipToEndOfObject(Set<String> seen) {
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      if (!seen.add(parser.currentName())) {
        throw duplicateKey();
      }
      parser.nextToken();
      skipValue();
    }
  }

  /**
   * Skips the current value. A key repeated in any object within it is refused, as it would be
   * in a value read: the parser does not check for duplicates, the codecs do.
   */
  private void skipValue() {
    if (parser.currentToken() == JsonToken.START_OBJECT) {
      skipToEndOfObject(new HashSet<>());
    } else if (parser.currentToken() == JsonToken.START_ARRAY) {
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        skipValue();
      }
    }
  }

  /** Records that lenient reading skipped the value at the parser's path, and why. */
  void skipped(String why) {
    skipped.add(path() + ": " + why);
  }

  /** Reads an array, each element with {@code codec}. */
  <T> List<T> list(Codec<T> codec) {
    expect(JsonToken.START_ARRAY, "an array");
    List<T> values = new ArrayList<>();
    for (next(); token() != JsonToken.END_ARRAY; next()) {
      T value = codec.readElement(this);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  private static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.toString();
    }
  }
}
