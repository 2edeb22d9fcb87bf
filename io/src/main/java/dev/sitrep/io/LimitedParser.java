package dev.sitrep.io;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.io.codec.JsonPath;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.JsonParserDelegate;

/**
 * A parser that holds a value to sitrep's {@link ReadLimits} where the parser's own constraints are
 * not sitrep's: in a Jackson {@code ObjectMapper}, whose factory {@link SitrepModule} cannot
 * configure. It checks every token of the value, from the one it starts on: the nesting depth
 * below that token, the length of each string and property name, and the length of the value's
 * text (numbers are checked by the reader). For example, with the default limits a string of
 * 1,000,001 characters fails with {@code $.title: must be a string of at most 1000000
 * characters (the read limit), found 1000001 (line 1, column 10)}.
 */
final class LimitedParser extends JsonParserDelegate {
  private final ReadLimits limits;
  private final int baseDepth;
  private final long start;

  /**
   * @param parser a parser on the first token of the value
   * @param limits the limits
   * @throws InvalidDataException if the first token breaks a limit
   */
  LimitedParser(JsonParser parser, ReadLimits limits) {
    super(parser);
    this.limits = limits;
    JsonToken first = parser.currentToken();
    boolean opens = first == JsonToken.START_OBJECT || first == JsonToken.START_ARRAY;
    this.baseDepth = parser.streamReadContext().getNestingDepth() - (opens ? 1 : 0);
    this.start = offset(parser.currentTokenLocation());
    check();
  }

  @Override
  public JsonToken nextToken() {
    JsonToken t = super.nextToken();
    check();
    return t;
  }

  @Override
  public boolean nextName(SerializableString name) {
    boolean is = super.nextName(name);
    check();
    return is;
  }

  @Override
  public int nextNameMatch(PropertyNameMatcher matcher) {
    int i = super.nextNameMatch(matcher);
    check();
    return i;
  }

  private void check() {
    JsonToken t = currentToken();
    if (t == null) {
      return;
    }
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      int depth = streamReadContext().getNestingDepth() - baseDepth;
      if (depth > limits.maxNestingDepth()) {
        throw refused("must be nested at most " + limits.maxNestingDepth()
            + " deep (the read limit), found " + depth);
      }
    } else if (t == JsonToken.VALUE_STRING || t == JsonToken.PROPERTY_NAME) {
      int length = getStringLength();
      if (length > limits.maxStringLength()) {
        throw refused("must be a string of at most " + limits.maxStringLength()
            + " characters (the read limit), found " + length);
      }
    }
    long length = offset(currentLocation()) - start;
    if (start >= 0 && length > limits.maxDocumentLength()) {
      throw refused("must be a value of at most " + limits.maxDocumentLength()
          + " bytes or characters (the read limit), found at least " + length);
    }
  }

  private InvalidDataException refused(String rule) {
    TokenStreamLocation at = currentTokenLocation();
    return InvalidDataException.inJson(JsonPath.of(streamReadContext()), rule, at.getLineNr(),
        at.getColumnNr(), null);
  }

  /** @return where {@code at} is in the input, in bytes or characters, or -1 if not known */
  private static long offset(TokenStreamLocation at) {
    return at.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset();
  }
}
