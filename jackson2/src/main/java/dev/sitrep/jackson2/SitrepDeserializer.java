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
import java.io.OutputStream;

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
    SitrepJson reader =
        ctx.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES) ? strict : lenient;
    try {
      return reader.read(copy(p, strict.limits().maxDocumentLength()), type);
    } catch (InvalidDataException e) {
      throw new InvalidSitrepValue(p, start, type, e);
    }
  }

  /**
   * @return the value at the parser as JSON text, copied only as far as the read limit: a longer
   *     one is refused as it is copied, not once held
   */
  private byte[] copy(JsonParser p, long limit) throws IOException {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    OutputStream bounded = new OutputStream() {
      @Override
      public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        if (json.size() + (long) len > limit) {
          throw new InvalidDataException("$", "must be at most " + limit
              + " bytes long (the read limit for one value), found more");
        }
        json.write(b, off, len);
      }
    };
    try (JsonGenerator copy = TokenCopy.FACTORY.createGenerator(bounded)) {
      TokenCopy.value(p, copy, type);
    }
    return json.toByteArray();
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
