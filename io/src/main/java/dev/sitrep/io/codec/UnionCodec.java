package dev.sitrep.io.codec;

import dev.sitrep.core.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;

/**
 * The codec of a sealed family such as {@code Actor}, and the declaration of its variants: each is
 * an object with the property {@code "type"}, the name of the variant's codec, such as
 * {@code state} or {@code person}, written first and read wherever it stands. Immutable once
 * built.
 *
 * <pre>{@code
 * UnionCodec<Actor> ACTOR = UnionCodec.declare("actor", "Any actor.", Actor.class)
 *     .variant(State.class, ActorCodecs.STATE)
 *     .variant(Person.class, ActorCodecs.PERSON)
 *     .build();
 * }</pre>
 *
 * @param <T> the family's type
 */
public final class UnionCodec<T> extends DeclaredCodec<T> {
  /** The name of the property that tells the variants apart. */
  static final String TYPE = "type";

  private static final SerializableString ENCODED_TYPE = new SerializedString(TYPE);

  private final List<Variant<? extends T>> variants;

  /** The variant of each implementation class, found once per class rather than per value. */
  private final ClassValue<Variant<? extends T>> byClass = new ClassValue<>() {
    @Override
    protected Variant<? extends T> computeValue(Class<?> type) {
      for (Variant<? extends T> v : variants) {
        if (v.type.isAssignableFrom(type)) {
          return v;
        }
      }
      return null;
    }
  };

  private static final class Variant<V> {
    final String name;
    final SerializableString encodedName;
    final Class<V> type;
    final ObjectCodec<V, ?> codec;

    Variant(Class<V> type, ObjectCodec<V, ?> codec) {
      this.name = codec.name();
      this.encodedName = new SerializedString(name);
      this.type = type;
      this.codec = codec;
    }
  }

  private UnionCodec(String name, String description, Class<T> type,
      List<Variant<? extends T>> variants) {
    super(name, description, type);
    this.variants = List.copyOf(variants);
  }

  /**
   * Starts the declaration of a family's codec.
   *
   * @param name the family's name in the schema, such as {@code actor}
   * @param description what a value of the family is
   * @param type the family's type
   * @return a declaration with no variants yet
   */
  public static <T> Declaration<T> declare(String name, String description, Class<T> type) {
    return new Declaration<>(name, description, type);
  }

  /**
   * The declaration of a family's codec, variant by variant; {@link #build()} ends it.
   *
   * @param <T> the family's type
   */
  public static final class Declaration<T> {
    private final String name;
    private final String description;
    private final Class<T> type;
    private final List<Variant<? extends T>> variants = new ArrayList<>();

    private Declaration(String name, String description, Class<T> type) {
      this.name = name;
      this.description = description;
      this.type = type;
    }

    /** Adds a variant, written with its codec's name as {@code type}. */
    public <V extends T> Declaration<T> variant(Class<V> type, ObjectCodec<V, ?> codec) {
      variants.add(new Variant<>(type, codec));
      return this;
    }

    /** @return the codec, immutable */
    public UnionCodec<T> build() {
      return new UnionCodec<>(name, description, type, variants);
    }
  }

  /** @return the codecs of the variants, in order */
  public List<ObjectCodec<? extends T, ?>> variants() {
    List<ObjectCodec<? extends T, ?>> codecs = new ArrayList<>();
    variants.forEach(v -> codecs.add(v.codec));
    return codecs;
  }

  @Override
  public Shape shape() {
    return new Shape.Union(this);
  }

  @Override
  public void write(WireWriter out, T value) {
    write(out, value, variantOf(value));
  }

  private <V extends T> void write(WireWriter out, T value, Variant<V> variant) {
    out.startObject();
    out.name(ENCODED_TYPE);
    out.string(variant.encodedName);
    variant.codec.writeProperties(out, variant.type.cast(value));
    out.endObject();
  }

  private Variant<? extends T> variantOf(T value) {
    Variant<? extends T> variant = byClass.get(value.getClass());
    if (variant == null) {
      throw new IllegalArgumentException("no wire type for " + value.getClass().getName());
    }
    return variant;
  }

  @Override
  public T read(WireReader in) {
    return read(in, false);
  }

  /** In lenient mode, skips an element of an unknown type, records it, and returns null. */
  @Override
  public T readElement(WireReader in) {
    return read(in, in.lenient());
  }

  /**
   * Reads a variant. {@code type} is usually the first property, and then read straight on; where
   * it is not, as other languages' tools may write, the object is read ahead to find it, and read
   * again.
   */
  private T read(WireReader in, boolean skipUnknown) {
    in.expect(JsonToken.START_OBJECT, "an object");
    TokenStreamLocation start = in.location();
    boolean first = in.nextNameIs(ENCODED_TYPE);
    String name;
    if (first) {
      in.next();
      name = in.string();
    } else {
      name = in.replayWithoutType(start);
      if (name == null) {
        in.endReplay();
        throw in.error(in.path() + "." + TYPE, start,
            "is required but missing; expected one of " + names());
      }
    }
    T value = null;
    Variant<? extends T> variant = variant(name);
    if (variant != null) {
      value = variant.codec.readProperties(in, start, true);
    } else {
      in.skipToEndOfObject(first ? new HashSet<>(Set.of(TYPE)) : new HashSet<>());
    }
    if (!first) {
      in.endReplay();
    }
    if (variant == null) {
      if (!skipUnknown) {
        throw in.error(in.path() + "." + TYPE, start, "unknown type '"
            + Text.abbreviate(name, WireReader.ECHOED) + "'; expected one of " + names());
      }
      in.skippedType(name);
    }
    return value;
  }

  private Variant<? extends T> variant(String name) {
    for (Variant<? extends T> v : variants) {
      if (v.name.equals(name)) {
        return v;
      }
    }
    return null;
  }

  /** @return the wire type name of {@code value}, such as {@code airspace-incident} */
  public String typeNameOf(T value) {
    return variantOf(value).name;
  }

  private String names() {
    List<String> names = new ArrayList<>();
    variants.forEach(v -> names.add(v.name));
    return String.join(", ", names);
  }
}
