package dev.sitrep.io.codec;

/**
 * Writes and reads one type on sitrep's wire format. Reading starts at the value's first token and
 * leaves the parser on its last. An abstract class rather than an interface, as calls to codecs
 * are many and polymorphic, and a virtual call is cheaper than an interface call.
 *
 * @param <T> the type
 */
public abstract class Codec<T> {
  /**
   * Writes {@code value}.
   *
   * @param out where to write
   * @param value the value
   */
  public abstract void write(WireWriter out, T value);

  /**
   * Reads a value.
   *
   * @param in where to read, at the value's first token
   * @return the value
   */
  public abstract T read(WireReader in);

  /** @return what this codec writes, as the schema and the wire reference describe it */
  public abstract Shape shape();

  /**
   * Reads an element of an array; a family's codec in lenient mode skips an element of an unknown
   * {@code type} and returns {@code null}, which no element read is (no allocation per element).
   *
   * @param in where to read, at the element's first token
   * @return the element, or {@code null} if skipped
   */
  public T readElement(WireReader in) {
    return read(in);
  }
}
