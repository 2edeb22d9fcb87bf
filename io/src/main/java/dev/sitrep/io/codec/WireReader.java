package dev.sitrep.io.codec;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.extension.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * The reading side of the wire format: a thin layer over Jackson's streaming parser that checks
 * every token's kind and turns every problem into an {@link InvalidDataException} with the JSON
 * path, line and column of the offending value.
 */
public final class WireReader {
  /** How many skipped values lenient reading lists one by one; beyond, it counts them by place. */
  public static final int LISTED = 100;

  /** The most characters of a name or type from the input that a message or report echoes. */
  static final int ECHOED = 100;

  private JsonParser parser;
  private Deque<JsonParser> replayed; // the parsers replays stand in for, made when first needed
  private final boolean lenient;
  private final int maxNumberLength;
  private List<String> skipped; // made on the first skip: a strict read never needs it
  private final Map<Place, Long> skippedBeyond = new LinkedHashMap<>(0); // no table until used
  private final Locator locator;
  private final List<List<Object>> lists = new ArrayList<>(); // by depth, for list(...)
  private int listDepth;

  /**
   * @param parser a parser on the first token of the value to read
   * @param lenient whether unknown properties are skipped (and listed in {@link #skipped()})
   *     rather than refused
   * @param maxNumberLength the most characters a number may have, sign, point and exponent
   *     included
   */
  public WireReader(JsonParser parser, boolean lenient, int maxNumberLength) {
    this(parser, lenient, maxNumberLength, null);
  }

  /**
   * @param parser a parser on the first token of the value to read
   * @param lenient whether unknown properties are skipped rather than refused
   * @param maxNumberLength the most characters a number may have
   * @param locator finds the value a builder's rule names in the input, for its line and column;
   *     null to give the object's
   */
  public WireReader(JsonParser parser, boolean lenient, int maxNumberLength, Locator locator) {
    this.parser = parser;
    this.lenient = lenient;
    this.maxNumberLength = maxNumberLength;
    this.locator = locator;
  }

  /**
   * @return what lenient reading skipped: the first {@value #LISTED} values each with its JSON
   *     path and why, such as {@code $.events[2]: unknown type 'cyber-attack'}; then, for the
   *     rest, one entry a place and reason with how many, such as
   *     {@code $.events[*]: 3399900 more unknown properties}
   */
  public List<String> skipped() {
    if (skipped == null) {
      return List.of();
    }
    List<String> report = new ArrayList<>(skipped);
    skippedBeyond.forEach((place, count) ->
        report.add(place.path + ": " + count + " more " + place.what));
    return report;
  }

  /** Where values were skipped, with indices left out, and why: the key of a count. */
  private record Place(String path, String what) {}

  /** @return the JSON path of the current value */
  public String path() {
    String path = JsonPath.of(parser.streamReadContext());
    return parser instanceof Replay replay ? replay.inInput(path, false) : path;
  }

  /** @return the path of {@code context} with every index as {@code [*]}: a place */
  private String pattern(TokenStreamContext context) {
    String pattern = JsonPath.pattern(context);
    return parser instanceof Replay replay ? replay.inInput(pattern, true) : pattern;
  }

  /**
   * @param rule the rule the current value breaks, such as {@code must not be before start}
   * @return an error at the current token
   */
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
   * Matches the current string against known texts, such as an enum's wire names, without making
   * a {@code String} of it.
   *
   * @param texts the texts to match
   * @return the index of the current string in {@code texts}, or -1 if it is none of them
   */
  int stringIndex(char[][] texts) {
    expect(JsonToken.VALUE_STRING, "a string");
    char[] text = parser.getStringCharacters();
    int offset = parser.getStringOffset();
    int length = parser.getStringLength();
    for (int i = 0; i < texts.length; i++) {
      char[] t = texts[i];
      if (t.length == length && Arrays.equals(t, 0, length, text, offset, offset + length)) {
        return i;
      }
    }
    return -1;
  }

  boolean bool() {
    if (parser.currentToken() != JsonToken.VALUE_TRUE) {
      expect(JsonToken.VALUE_FALSE, "true or false");
    }
    return parser.currentToken() == JsonToken.VALUE_TRUE;
  }

  /**
   * @return the current integer; an integral number written with a fraction or an exponent
   *     ({@code 19.0}, {@code 1e2}), as other languages' tools write counts, is the same integer.
   *     Integers are within &plusmn;(2<sup>53</sup> − 1), which every JSON reader holds exactly
   *     (I-JSON, RFC 7493).
   */
  long longValue() {
    long value;
    if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
      checkNumberLength();
      BigDecimal decimal;
      try {
        decimal = parser.getDecimalValue().stripTrailingZeros();
      } catch (NumberFormatException e) { // an exponent beyond BigDecimal's, as 1e309100790338
        decimal = beyondExponents(parser.getString());
      }
      if (decimal.scale() > 0) {
        throw error("must be an integer, found a number with a fraction");
      }
      if (decimal.precision() - decimal.scale() > 16) { // at least 10^16: beyond, as 1e999999999
        throw error(INTEGER_RANGE);
      }
      value = decimal.longValueExact();
    } else {
      expect(JsonToken.VALUE_NUMBER_INT, "an integer");
      checkNumberLength();
      if (parser.getNumberType() != JsonParser.NumberType.INT
          && parser.getNumberType() != JsonParser.NumberType.LONG) {
        throw error(INTEGER_RANGE);
      }
      value = parser.getLongValue();
    }
    if (value > MAX_INTEGER || value < -MAX_INTEGER) {
      throw error(INTEGER_RANGE);
    }
    return value;
  }

  /**
   * @param number a number whose exponent is beyond BigDecimal's, as {@code 1e309100790338}
   * @return zero for a zero ({@code 0e9999999999}), one tenth for a number closer to zero than any
   *     integer but zero ({@code 1e-9999999999}: a fraction, as the number length limit leaves
   *     too few digits to make up for the exponent)
   * @throws InvalidDataException for a number beyond any integer sitrep holds
   */
  private BigDecimal beyondExponents(String number) {
    int e = Math.max(number.indexOf('e'), number.indexOf('E'));
    String digits = number.substring(0, e).replace("-", "").replace(".", "");
    if (digits.chars().allMatch(c -> c == '0')) {
      return BigDecimal.ZERO;
    }
    if (number.charAt(e + 1) == '-') {
      return BigDecimal.ONE.movePointLeft(1);
    }
    throw error(INTEGER_RANGE);
  }

  private static final long MAX_INTEGER = (1L << 53) - 1;
  private static final String INTEGER_RANGE = "must be an integer between " + -MAX_INTEGER
      + " and " + MAX_INTEGER + ", which every JSON reader holds exactly (I-JSON)";

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
    checkNumberLength();
    return parser.getDoubleValue();
  }

  /**
   * Reads any JSON value, from its first token to its last: an object's members in order (a
   * repeated key refused), a number exactly as written, as a {@link BigDecimal} ({@code 1.50}
   * stays {@code 1.50}) of at most the limit's characters and with an exponent that a
   * {@code BigDecimal} holds. Nesting, string and document lengths are bounded by the parser's
   * limits, as for any value.
   */
  JsonValue jsonValue() {
    JsonToken t = parser.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return JsonValue.object(membersToEnd(null));
    } else if (t == JsonToken.START_ARRAY) {
      List<JsonValue> elements = new ArrayList<>();
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        elements.add(jsonValue());
      }
      return JsonValue.array(elements);
    } else if (t == JsonToken.VALUE_STRING) {
      return JsonValue.of(parser.getString());
    } else if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      checkNumberLength();
      try {
        return JsonValue.of(parser.getDecimalValue());
      } catch (NumberFormatException e) { // an exponent beyond BigDecimal's, as 1e9999999999
        throw error("must be a number with an exponent between " + -(long) Integer.MAX_VALUE
            + " and " + Integer.MAX_VALUE);
      }
    } else if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
      return JsonValue.of(t == JsonToken.VALUE_TRUE);
    } else if (t == JsonToken.VALUE_NULL) {
      return JsonValue.NULL;
    }
    throw error("must be a JSON value, found " + describe(t));
  }

  /**
   * Reads the rest of the current object, from the token before its next property name to its
   * end, each value as it is, in order.
   *
   * @param taken a name the object has had already, such as {@code type}, or null
   * @return the members
   */
  Map<String, JsonValue> membersToEnd(String taken) {
    Map<String, JsonValue> members = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      if (members.containsKey(name) || name.equals(taken)) {
        throw duplicateKey();
      }
      if (Text.hasUnpairedSurrogate(name)) {
        throw error("must be a name of well-formed Unicode, as I-JSON requires: it has an"
            + " unpaired surrogate");
      }
      parser.nextToken();
      members.put(name, jsonValue());
    }
    return members;
  }

  /**
   * Refuses a number longer than the limit, counting every character as the limit's documentation
   * does; the parser counts the digits before and after the point apart. A number replayed from a
   * buffer was checked as it was buffered.
   */
  private void checkNumberLength() {
    if (!(parser instanceof Replay) && parser.getStringLength() > maxNumberLength) {
      throw error("must be a number of at most " + maxNumberLength
          + " characters (the read limit), found " + parser.getStringLength());
    }
  }

  /**
   * Builds a value, on the end of its object, placing any {@link InvalidDataException} the builder
   * throws at the path of the object (the parser is back in the enclosing context) and of the
   * property its attribute path names, and at the line and column where that property's value
   * starts, where the {@link Locator} can find it; else at the object's start.
   */
  <B, T> T build(TokenStreamLocation start, Function<B, ? extends T> build, B builder,
      ObjectCodec<T, B> codec) {
    try {
      return build.apply(builder);
    } catch (InvalidDataException e) {
      if (e.line().isPresent()) {
        throw e;
      }
      String path = path() + codec.wirePath(e.path());
      TokenStreamLocation at = locator == null ? null : locator.locate(path);
      throw error(path, at == null ? startOf(start) : at, e.rule());
    }
  }

  /**
   * Finds where a value starts in the input, by reading it again: only for an error, so that
   * reading a valid document records no position. Input read once, such as a stream, has none.
   */
  @FunctionalInterface
  public interface Locator {
    /**
     * @param path a JSON path, such as {@code $.events[0].edition}
     * @return where the value at {@code path} starts, or null if the input has none there
     */
    TokenStreamLocation locate(String path);
  }

  /**
   * For a family's object whose {@code type} is not its first property, as other languages'
   * tools write it: reads the rest of the object ahead, from the property name the parser is on,
   * keeping all but {@code type}, and goes on reading the object from what was kept, from its
   * start, with the input's paths, lines and columns; {@link #endReplay()} goes back to the input,
   * at the object's end. Bounded by the document: nothing is read that is not in the input.
   *
   * @param start where the object starts
   * @return the value of {@code type}, or null if the object has none
   */
  String replayWithoutType(TokenStreamLocation start) {
    Replay.Recorder recorder = new Replay.Recorder(parser);
    recorder.startObject(start);
    String type = null;
    for (JsonToken t = parser.currentToken(); t == JsonToken.PROPERTY_NAME;
        t = parser.nextToken()) {
      if (parser.currentName().equals(UnionCodec.TYPE)) {
        if (type != null) {
          throw duplicateKey();
        }
        parser.nextToken();
        type = string();
      } else {
        recorder.copy();
        parser.nextToken();
        copyValue(recorder);
      }
    }
    Replay replay = recorder.replay(path(), pattern(parser.streamReadContext()));
    if (replayed == null) {
      replayed = new ArrayDeque<>(4);
    }
    replayed.push(parser);
    parser = replay;
    return type;
  }

  /** Goes back from a replayed object to the input, which is at the object's end. */
  void endReplay() {
    parser = replayed.pop();
  }

  /** Copies the current value, token by token, checking each number's length. */
  private void copyValue(Replay.Recorder recorder) {
    int depth = 0;
    do {
      JsonToken t = parser.currentToken();
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        depth++;
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        depth--;
      } else if (t.isNumeric()) {
        checkNumberLength();
      }
      recorder.copy();
    } while (depth > 0 && parser.nextToken() != null);
  }

  TokenStreamLocation location() {
    return parser.currentTokenLocation();
  }

  /**
   * @return where the object the parser is on starts, for an error found at its end; null where
   *     {@link #startOf} can find it again from the object's path, as it can in input that can be
   *     read again, so that reading a valid object records no position
   */
  TokenStreamLocation objectStart() {
    return locator == null || parser instanceof Replay ? parser.currentTokenLocation() : null;
  }

  /**
   * @param start what {@link #objectStart()} gave at the start of the object the parser has just
   *     ended (it is back in the enclosing context)
   * @return where that object starts: {@code start}, or found again from the object's path; where
   *     the path cannot be followed (an abbreviated name), where the object ends
   */
  TokenStreamLocation startOf(TokenStreamLocation start) {
    if (start != null) {
      return start;
    }
    TokenStreamLocation at = locator.locate(path());
    return at != null ? at : parser.currentTokenLocation();
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
      throw error("unknown property '" + Text.abbreviate(name, ECHOED) + "'; expected one of "
          + allowed);
    }
    TokenStreamContext object = parser.streamReadContext();
    skipped("unknown property '" + Text.abbreviate(name, ECHOED) + "'",
        object.getParent(), "unknown properties");
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
    } else if (parser.currentToken().isNumeric()) {
      checkNumberLength();
    }
  }

  /**
   * Records that lenient reading skipped an element of an unknown type, the value the parser has
   * just passed.
   */
  void skippedType(String type) {
    skipped("unknown type '" + Text.abbreviate(type, ECHOED) + "'", parser.streamReadContext(),
        "unknown types");
  }

  /**
   * Records that lenient reading kept an element of an unknown type as it is, the value the parser
   * has just passed.
   */
  void keptType(String type) {
    skipped("unknown type '" + Text.abbreviate(type, ECHOED) + "', kept as it is",
        parser.streamReadContext(), "unknown types kept as they are");
  }

  /**
   * Records that lenient reading skipped the value at the parser's path: listed, or once
   * {@value #LISTED} are, counted by the place, the path of {@code place} without indices.
   */
  private void skipped(String why, TokenStreamContext place, String what) {
    if (skipped == null) {
      skipped = new ArrayList<>();
    }
    if (skipped.size() < LISTED) {
      skipped.add(path() + ": " + why);
    } else {
      skippedBeyond.merge(new Place(pattern(place), what), 1L, Long::sum);
    }
  }

  /**
   * Reads an array, each element with {@code codec}, and gives the elements to {@code set}, which
   * must copy them, as a builder's {@code addAll} does: the list it is given is one this reader
   * reuses for every array at the same depth, so that reading makes no list of its own.
   */
  @SuppressWarnings("unchecked")
  <T, B> void list(Codec<T> codec, B builder, BiConsumer<B, List<T>> set) {
    expect(JsonToken.START_ARRAY, "an array");
    if (listDepth == lists.size()) {
      lists.add(new ArrayList<>());
    }
    List<T> values = (List<T>) lists.get(listDepth++);
    try {
      for (next(); token() != JsonToken.END_ARRAY; next()) {
        T value = codec.readElement(this);
        if (value != null) {
          values.add(value);
        }
      }
      set.accept(builder, values);
    } finally {
      values.clear();
      listDepth--;
    }
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
