package dev.sitrep.io.codec;

/**
 * The codec of a type the wire format defines by name, an object ({@link ObjectCodec}) or a
 * family of objects ({@link UnionCodec}), with its name and what it means: an entry of the JSON
 * Schema's {@code $defs} and a section of the wire reference.
 *
 * <pre>{@code
 * for (DeclaredCodec<?> codec : Codecs.declared()) {
 *   System.out.println(codec.name() + ": " + codec.description());  // dossier: The document...
 * }
 * }</pre>
 *
 * @param <T> the type
 */
public abstract class DeclaredCodec<T> extends Codec<T> {
  private final String name;
  private final String description;
  private final Class<T> type;

  DeclaredCodec(String name, String description, Class<T> type) {
    this.name = name;
    this.description = description;
    this.type = type;
  }

  /** @return the type's name on the wire and in the schema, such as {@code uncertain-count} */
  public final String name() {
    return name;
  }

  /** @return what a value of the type is */
  public final String description() {
    return description;
  }

  /** @return the Java type it reads and writes */
  public final Class<T> type() {
    return type;
  }

  @Override
  public final String toString() {
    return name;
  }
}
