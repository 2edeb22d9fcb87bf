package dev.sitrep.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.sitrep.core.InvalidDataException;
import dev.sitrep.io.SitrepJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Reads one sitrep type from a Jackson 2 parser: the value at the parser is copied as JSON text,
 * numbers as written, and read with {@code SitrepJson}, strictly or leniently as the mapper's
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} says.
 *
 * <pre>{@code
 * UncertainCount count = mapper.readValue("{\"lower\":19,\"qualifier\":\"at-least\"}",
 *     UncertainCount.class);
 * }</pre>
 *
 * <p>A value that breaks a rule of sitrep's fails with a {@link MismatchedInputException} whose
 * cause is sitrep's {@link InvalidDataException} and whose message is its path and rule, such as
 * {@code $.lower: must not be negative, was -1}: the path starts at the sitrep value ({@code $}),
 * which the exception's location and reference chain place in the document.
 *
 * @param <T> the sitrep type
 */
final class SitrepDeserializer<T> extends JsonDeserializer<T> {
  private final Class<T> type;
  private final SitrepJson strict;
  private final SitrepJson lenient;

  /**
   * @param type the sitrep type to read
   * @param strict reads when the mapper fails on unknown properties
   * @param lenient reads when it does not
   */
  SitrepDeserializer(Class<T> type, SitrepJson strict, SitrepJson lenient) {
    this.type = type;
    this.strict = strict;
    this.lenient = lenient;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
    JsonLocation start = p.currentTokenLocation();
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    try (JsonGenerator copy = TokenCopy.FACTORY.createGenerator(json)) {
      TokenCopy.value(p, copy, type);
    }
    SitrepJson reader =
        ctx.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) ? strict : lenient;
    try {
      return reader.read(json.toByteArray(), type);
    } catch (InvalidDataException e) {
      throw new InvalidSitrepValue(p, start, type, e);
    }
  }

  @Override
  public Class<?> handledType() {
    return type;
  }

  /**
   * Sitrep's error as Jackson 2's, placed where the sitrep value starts; sitrep's error is its
   * cause, given by {@link #getCause()} (no constructor of Jackson's exception takes a cause).
   */
  private static final class InvalidSitrepValue extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    private final InvalidDataException invalid;

    InvalidSitrepValue(JsonParser p, JsonLocation start, Class<?> type, InvalidDataException e) {
      super(p, e.path().isEmpty() ? e.rule() : e.path() + ": " + e.rule(), start);
      this._targetType = type;
      this.invalid = e;
    }

    @Override
    public synchronized Throwable getCause() {
      return invalid;
    }
  }
}
