package dev.sitrep.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;

/**
 * Copies one JSON value from a Jackson 2 parser to a Jackson 2 generator, token by token, with
 * each number as it was written: {@code 19.0} stays {@code 19.0}, and a long decimal is not
 * rounded to a {@code double}. For example, the serializer copies what {@code SitrepJson} wrote
 * into the mapper's generator:
 *
 * <pre>{@code
 * try (JsonParser p = TokenCopy.FACTORY.createParser(sitrepJson.writeBytes(value))) {
 *   p.nextToken();
 *   TokenCopy.value(p, generator, value.getClass());
 * }
 * }</pre>
 */
final class TokenCopy {
  /**
   * The factory for the module's own parsers and generators, with no limits of Jackson's: it
   * parses only what {@code SitrepJson} wrote, and writes only copies of what the mapper has read
   * within its own limits; {@code SitrepJson} holds each copy to sitrep's read limits.
   */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(Integer.MAX_VALUE)
          .maxStringLength(Integer.MAX_VALUE)
          .maxNameLength(Integer.MAX_VALUE)
          .maxNumberLength(Integer.MAX_VALUE)
          .build())
      .streamWriteConstraints(StreamWriteConstraints.builder()
          .maxNestingDepth(Integer.MAX_VALUE)
          .build())
      .build();

  private TokenCopy() {}

  /**
   * Copies the value that starts at {@code from}'s current token, leaving {@code from} on its last
   * token. A parser on a property name or on the end of an object is inside an object whose start
   * the mapper has read, as where a type id of the mapper's own came first: the rest of that
   * object is copied, as a whole object.
   *
   * @param type the sitrep type copied, for an error's message
   * @throws MismatchedInputException if the value holds a Java object or ends early
   */
  static void value(JsonParser from, JsonGenerator to, Class<?> type) throws IOException {
    JsonToken token = from.currentToken();
    int depth = 0;
    if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT) {
      to.writeStartObject();
      depth = 1;
    }
    while (true) {
      if (token == null) {
        throw MismatchedInputException.from(from, type,
            "must be a whole JSON value, found the end of the input");
      }
      if (token == JsonToken.VALUE_NUMBER_FLOAT) {
        to.writeNumber(from.getText());
      } else if (token == JsonToken.VALUE_EMBEDDED_OBJECT) {
        throw MismatchedInputException.from(from, type,
            "must be JSON, found an embedded Java object");
      } else {
        to.copyCurrentEvent(from);
      }
      if (token.isStructStart()) {
        depth++;
      } else if (token.isStructEnd()) {
        depth--;
      }
      if (depth == 0) {
        return;
      }
      token = from.nextToken();
    }
  }
}
