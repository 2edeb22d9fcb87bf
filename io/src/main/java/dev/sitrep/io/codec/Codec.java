package dev.sitrep.io.codec;

/**
 * Writes and reads one type on sitrep's wire format. Reading starts at the value's first token and
 * leaves the parser on its last.
 *
 * @param <T> the type
 */
public interface Codec<T> {
  /** Writes {@code value}. */
  void write(WireWriter out, T value);

  /** Reads a value. */
  T read(WireReader in);

  /**
   * Reads an element of an array; a family's codec in lenient mode skips an element of an unknown
   * {@code type} and returns {@code null}, which no element read is (no allocation per element).
   */
  default T readElement(WireReader in) {
    return read(in);
  }
}
