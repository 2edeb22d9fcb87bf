package dev.sitrep.io.codec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ObjLongConsumer;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * A codec for a JSON object, declared as a list of properties, each written and read side by side:
 * {@code required(Wire.TEXT, Quote::text, Builder::text, Scalars.STRING)}. Properties are written
 * in declaration order; absent optionals and empty lists are left out.
 *
 * @param <T> the value type
 * @param <B> its builder
 */
public final class ObjectCodec<T, B> implements Codec<T> {
  private final Supplier<B> builder;
  private final Function<B, ? extends T> build;
  private final Map<String, Property<T, B>> properties = new LinkedHashMap<>();
  private final List<String> required = new ArrayList<>();

  /**
   * @param type the value type, which fixes {@code T} where a generated builder's {@code build()}
   *     returns the implementation class
   * @param builder makes a new builder
   * @param build builds the value
   * @return a codec with no properties yet
   */
  public static <T, B> ObjectCodec<T, B> of(
      Class<T> type, Supplier<B> builder, Function<B, ? extends T> build) {
    return new ObjectCodec<>(builder, build);
  }

  ObjectCodec(Supplier<B> builder, Function<B, ? extends T> build) {
    this.builder = builder;
    this.build = build;
  }

  private interface Property<T, B> {
    void write(WireWriter out, T value);

    void read(WireReader in, B builder);
  }

  private ObjectCodec<T, B> add(String name, Property<T, B> property) {
    if (properties.put(name, property) != null) {
      throw new IllegalStateException("property declared twice: " + name);
    }
    return this;
  }

  /** A property that is always present. */
  public <V> ObjectCodec<T, B> required(
      String name, Function<T, V> get, BiConsumer<B, V> set, Codec<V> codec) {
    required.add(name);
    return add(name, new Property<>() {
      @Override
      public void write(WireWriter out, T value) {
        out.name(name);
        codec.write(out, get.apply(value));
      }

      @Override
      public void read(WireReader in, B b) {
        set.accept(b, codec.read(in));
      }
    });
  }

  /** A property that may be absent. */
  public <V> ObjectCodec<T, B> optional(
      String name, Function<T, Optional<V>> get, BiConsumer<B, V> set, Codec<V> codec) {
    return add(name, new Property<>() {
      @Override
      public void write(WireWriter out, T value) {
        Optional<V> v = get.apply(value);
        if (v.isPresent()) {
          out.name(name);
          codec.write(out, v.get());
        }
      }

      @Override
      public void read(WireReader in, B b) {
        set.accept(b, codec.read(in));
      }
    });
  }

  /** A list; left out when empty. */
  public <V> ObjectCodec<T, B> list(
      String name, Function<T, List<V>> get, BiConsumer<B, List<V>> set, Codec<V> codec) {
    return add(name, new Property<>() {
      @Override
      public void write(WireWriter out, T value) {
        List<V> values = get.apply(value);
        if (!values.isEmpty()) {
          out.name(name);
          out.startArray();
          for (V v : values) {
            codec.write(out, v);
          }
          out.endArray();
        }
      }

      @Override
      public void read(WireReader in, B b) {
        set.accept(b, in.list(codec));
      }
    });
  }

  /** An integer that is always present. */
  public ObjectCodec<T, B> requiredLong(String name, ToLongFunction<T> get, ObjLongConsumer<B> set) {
    required.add(name);
    return add(name, new Property<>() {
      @Override
      public void write(WireWriter out, T value) {
        out.name(name);
        out.number(get.applyAsLong(value));
      }

      @Override
      public void read(WireReader in, B b) {
        set.accept(b, in.longValue());
      }
    });
  }

  /** An integer that may be absent. */
  public ObjectCodec<T, B> optionalLong(
      String name, Function<T, OptionalLong> get, ObjLongConsumer<B> set) {
    return add(name, new Property<>() {
      @Override
      public void write(WireWriter out, T value) {
        OptionalLong v = get.apply(value);
        if (v.isPresent()) {
          out.name(name);
          out.number(v.getAsLong());
        }
      }

      @Override
      public void read(WireReader in, B b) {
        set.accept(b, in.longValue());
      }
    });
  }

  /** An {@code int} that is always present, such as a term's years. */
  public ObjectCodec<T, B> requiredInt(String name, ToIntFunction<T> get, ObjIntConsumer<B> set) {
    required.add(name);
    return add(name, new Property<>() {
      @Override
      public void write(WireWriter out, T value) {
        out.name(name);
        out.number(get.applyAsInt(value));
      }

      @Override
      public void read(WireReader in, B b) {
        set.accept(b, in.intValue());
      }
    });
  }

  /** An {@code int} that may be absent, such as an edition's year. */
  public ObjectCodec<T, B> optionalInt(
      String name, Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
    return add(name, new Property<>() {
      @Override
      public void write(WireWriter out, T value) {
        OptionalInt v = get.apply(value);
        if (v.isPresent()) {
          out.name(name);
          out.number(v.getAsInt());
        }
      }

      @Override
      public void read(WireReader in, B b) {
        set.accept(b, in.intValue());
      }
    });
  }

  @Override
  public void write(WireWriter out, T value) {
    out.startObject();
    writeProperties(out, value);
    out.endObject();
  }

  /** Writes the properties alone, for a {@link UnionCodec} that has written {@code type}. */
  void writeProperties(WireWriter out, T value) {
    for (Property<T, B> p : properties.values()) {
      p.write(out, value);
    }
  }

  @Override
  public T read(WireReader in) {
    in.expect(JsonToken.START_OBJECT, "an object");
    String path = in.path();
    TokenStreamLocation start = in.location();
    in.next();
    return readProperties(in, path, start);
  }

  /** Reads properties up to the end of the object, starting on a property name or the end. */
  T readProperties(WireReader in, String path, TokenStreamLocation start) {
    B b = builder.get();
    Set<String> seen = new HashSet<>();
    for (; in.token() != JsonToken.END_OBJECT; in.next()) {
      String name = in.propertyName();
      in.next();
      Property<T, B> p = properties.get(name);
      if (p == null) {
        in.unknown(name, names());
      } else {
        seen.add(name);
        p.read(in, b);
      }
    }
    for (String name : required) {
      if (!seen.contains(name)) {
        throw in.error(JsonPath.join(path, name), start, "is required but missing");
      }
    }
    return in.build(path, start, () -> build.apply(b));
  }

  /** @return the property names, in order */
  List<String> propertyNames() {
    return new ArrayList<>(properties.keySet());
  }

  private String names() {
    return String.join(", ", properties.keySet());
  }
}
