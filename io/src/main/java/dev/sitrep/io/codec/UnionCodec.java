package dev.sitrep.io.codec;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.extension.Unrecognized;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
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
 * <p>A family may keep, in lenient mode, an element of an array whose {@code type} it does not know
 * as its {@link Unrecognized} variant ({@link Declaration#keepUnrecognized}): its properties are
 * read as they are and written back after its {@code type}, in order. A strict read, or a single
 * value where one is required, still refuses it.
 *
 * @param <T> the family's type
 */
public final class UnionCodec<T> extends DeclaredCodec<T> {
  /** The name of the property that tells the variants apart. */
  static final String TYPE = "type";

  private static final SerializableString ENCODED_TYPE = new SerializedString(TYPE);

  private final List<Variant<? extends T>> variants;
  private final BiFunction<String, Map<String, JsonValue>, ? extends T> keep; // null: skip them

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
      List<Variant<? extends T>> variants,
      BiFunction<String, Map<String, JsonValue>, ? extends T> keep) {
    super(name, description, type);
    this.variants = List.copyOf(variants);
    this.keep = keep;
  }

  /**
   * Starts the declaration of a family's codec.
   *
   * @param name the family's name in the schema, such as {@code actor}
   * @param description what a value of the family is
   * @param type the family's type
   * @param <T> the family's type
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
    private BiFunction<String, Map<String, JsonValue>, ? extends T> keep;

    private Declaration(String name, String description, Class<T> type) {
      this.name = name;
      this.description = description;
      this.type = type;
    }

    /**
     * Adds a variant, written with its codec's name as {@code type}.
     *
     * @param type the variant's type
     * @param codec the variant's codec
     * @param <V> the variant's type
     * @return this declaration
     */
    public <V extends T> Declaration<T> variant(Class<V> type, ObjectCodec<V, ?> codec) {
      variants.add(new Variant<>(type, codec));
      return this;
    }

    /**
     * Keeps, in lenient mode, an array's element of an unknown {@code type} as the family's
     * {@link Unrecognized} variant, made from the type name and the other properties as read;
     * one the variant refuses (no valid {@code id}) is skipped, as in a family without one.
     *
     * @param unrecognized makes the variant, such as {@code UnrecognizedEvent::of}
     * @return this declaration
     */
    public Declaration<T> keepUnrecognized(
        BiFunction<String, Map<String, JsonValue>, ? extends T> unrecognized) {
      this.keep = unrecognized;
      return this;
    }

    /** @return the codec, immutable */
    public UnionCodec<T> build() {
      return new UnionCodec<>(name, description, type, variants, keep);
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
    Variant<? extends T> variant = byClass.get(value.getClass()); // looked up once per value
    if (variant == null && value instanceof Unrecognized unrecognized) {
      requireUnknown(unrecognized.type());
      out.startObject();
      out.name(ENCODED_TYPE);
      out.string(unrecognized.type());
      unrecognized.properties().forEach((name, v) -> {
        out.name(name);
        out.json(v);
      });
      out.endObject();
    } else {
      write(out, value, requireKnown(variant, value));
    }
  }

  /**
   * Refuses an unrecognized element whose type is one of the family's own, which would be read
   * back as that type (or fail), not as the element written.
   */
  private void requireUnknown(String type) {
    for (Variant<? extends T> v : variants) {
      if (v.name.equals(type)) {
        throw new InvalidDataException("type", "must be a type this sitrep does not know, for an"
            + " unrecognized element; '" + type + "' is " + v.type.getSimpleName()
            + "'s: build one instead");
      }
    }
  }

  private <V extends T> void write(WireWriter out, T value, Variant<V> variant) {
    out.startObject();
    out.name(ENCODED_TYPE);
    out.string(variant.encodedName);
    variant.codec.writeProperties(out, variant.type.cast(value));
    out.endObject();
  }

  private Variant<? extends T> variantOf(T value) {
    return requireKnown(byClass.get(value.getClass()), value);
  }

  private static <V> V requireKnown(V variant, Object value) {
    if (variant == null) {
      throw new IllegalArgumentException("no wire type for " + value.getClass().getName());
    }
    return variant;
  }

  @Override
  public T read(WireReader in) {
    return read(in, false);
  }

  /**
   * In lenient mode, keeps an element of an unknown type as the family's unrecognized variant, or
   * skips it and returns null; and records it.
   */
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
    } else if (skipUnknown && keep != null) {
      value = unrecognized(name, in.membersToEnd(TYPE));
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
      if (value != null) {
        in.keptType(name);
      } else {
        in.skippedType(name);
      }
    }
    return value;
  }

  /** @return the unrecognized variant, or null if it refuses the properties */
  private T unrecognized(String type, Map<String, JsonValue> properties) {
    try {
      return keep.apply(type, properties);
    } catch (InvalidDataException e) {
      return null;
    }
  }

  private Variant<? extends T> variant(String name) {
    for (Variant<? extends T> v : variants) {
      if (v.name.equals(name)) {
        return v;
      }
    }
    return null;
  }

  /**
   * @param value a value of the family
   * @return its wire type name, such as {@code airspace-incident}
   */
  public String typeNameOf(T value) {
    return value instanceof Unrecognized u && byClass.get(value.getClass()) == null ? u.type()
        : variantOf(value).name;
  }

  private String names() {
    List<String> names = new ArrayList<>();
    variants.forEach(v -> names.add(v.name));
    return String.join(", ", names);
  }
}
