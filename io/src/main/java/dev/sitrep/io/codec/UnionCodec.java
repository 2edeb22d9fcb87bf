package dev.sitrep.io.codec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;

/**
 * A codec for a sealed family such as {@code Actor}: each variant is an object whose first
 * property is {@code "type"}, a kebab-case name such as {@code state} or {@code person}.
 *
 * @param <T> the family's type
 */
public final class UnionCodec<T> extends Codec<T> {
  private static final SerializableString TYPE = new SerializedString(Wire.TYPE);

  private final List<Variant<? extends T>> variants = new ArrayList<>();

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

    Variant(String name, Class<V> type, ObjectCodec<V, ?> codec) {
      this.name = name;
      this.encodedName = new SerializedString(name);
      this.type = type;
      this.codec = codec;
    }
  }

  /** Adds a variant, written with the type name {@code name}. */
  public <V extends T> UnionCodec<T> variant(String name, Class<V> type, ObjectCodec<V, ?> codec) {
    variants.add(new Variant<>(name, type, codec));
    return this;
  }

  @Override
  public void write(WireWriter out, T value) {
    write(out, value, variantOf(value));
  }

  private <V extends T> void write(WireWriter out, T value, Variant<V> variant) {
    out.startObject();
    out.name(TYPE);
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

  private T read(WireReader in, boolean skipUnknown) {
    in.expect(JsonToken.START_OBJECT, "an object");
    TokenStreamLocation start = in.location();
    if (!in.nextNameIs(TYPE)) {
      throw in.error("'" + Wire.TYPE + "' must be the first property, one of " + names());
    }
    in.next();
    String name = in.string();
    for (Variant<? extends T> v : variants) {
      if (v.name.equals(name)) {
        return v.codec.readProperties(in, start, true);
      }
    }
    in.skipToEndOfObject(new HashSet<>(Set.of(Wire.TYPE)));
    if (skipUnknown) {
      in.skipped("unknown type '" + name + "'");
      return null;
    }
    throw in.error(JsonPath.join(in.path(), Wire.TYPE), start,
        "unknown type '" + name + "'; expected one of " + names());
  }

  /** @return the wire type name of {@code value}, such as {@code airspace-incident} */
  public String typeNameOf(T value) {
    return variantOf(value).name;
  }

  /** @return the type names, in order */
  public List<String> typeNames() {
    List<String> names = new ArrayList<>();
    variants.forEach(v -> names.add(v.name));
    return names;
  }

  private String names() {
    return String.join(", ", typeNames());
  }
}
