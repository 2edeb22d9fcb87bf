package dev.sitrep.io.codec;

import java.util.ArrayList;
import java.util.Arrays;
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
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * A codec for a JSON object, declared as a list of properties, each written and read side by side:
 * {@code required(Wire.TEXT, Quote::text, Builder::text, Scalars.STRING)}. Properties are written
 * in declaration order; absent optionals and empty lists are left out.
 *
 * @param <T> the value type
 * @param <B> its builder
 */
public final class ObjectCodec<T, B> extends Codec<T> {
  private final Supplier<B> builder;
  private final Function<B, ? extends T> build;
  private final Map<String, Integer> indexByName = new LinkedHashMap<>();
  private Property<T, B>[] inOrder = newArray(0);
  private final List<String> required = new ArrayList<>();
  private long requiredBits;
  private PropertyNameMatcher matcher = BinaryNameMatcher.construct(List.of());

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

  /**
   * One property, written and read. An abstract class rather than an interface: calls to it are
   * many and polymorphic, and a virtual call is cheaper than an interface call.
   */
  private abstract static class Property<T, B> {
    abstract void write(WireWriter out, T value);

    abstract void read(WireReader in, B builder);
  }

  private ObjectCodec<T, B> add(String name, Property<T, B> property) {
    if (indexByName.putIfAbsent(name, inOrder.length) != null || inOrder.length == Long.SIZE) {
      throw new IllegalStateException("property declared twice, or more than 64: " + name);
    }
    inOrder = Arrays.copyOf(inOrder, inOrder.length + 1);
    inOrder[inOrder.length - 1] = property;
    matcher = BinaryNameMatcher.construct(new ArrayList<>(indexByName.keySet()));
    return this;
  }

  private void require(String name) {
    required.add(name);
    requiredBits |= bit(name);
  }

  private long bit(String name) {
    return 1L << indexByName.get(name);
  }

  /** A property that is always present. */
  public <V> ObjectCodec<T, B> required(
      String name, Function<T, V> get, BiConsumer<B, V> set, Codec<V> codec) {
    SerializableString key = new SerializedString(name);
    add(name, new Property<>() {
      @Override
      void write(WireWriter out, T value) {
        out.name(key);
        codec.write(out, get.apply(value));
      }

      @Override
      void read(WireReader in, B b) {
        set.accept(b, codec.read(in));
      }
    });
    require(name);
    return this;
  }

  /** A property that may be absent. */
  public <V> ObjectCodec<T, B> optional(
      String name, Function<T, Optional<V>> get, BiConsumer<B, V> set, Codec<V> codec) {
    SerializableString key = new SerializedString(name);
    return add(name, new Property<>() {
      @Override
      void write(WireWriter out, T value) {
        Optional<V> v = get.apply(value);
        if (v.isPresent()) {
          out.name(key);
          codec.write(out, v.get());
        }
      }

      @Override
      void read(WireReader in, B b) {
        set.accept(b, codec.read(in));
      }
    });
  }

  /** A list; left out when empty. */
  public <V> ObjectCodec<T, B> list(
      String name, Function<T, List<V>> get, BiConsumer<B, List<V>> set, Codec<V> codec) {
    SerializableString key = new SerializedString(name);
    return add(name, new Property<>() {
      @Override
      void write(WireWriter out, T value) {
        List<V> values = get.apply(value);
        if (!values.isEmpty()) {
          out.name(key);
          out.startArray();
          for (int i = 0; i < values.size(); i++) { // no iterator: the lists are random access
            codec.write(out, values.get(i));
          }
          out.endArray();
        }
      }

      @Override
      void read(WireReader in, B b) {
        set.accept(b, in.list(codec));
      }
    });
  }

  /** An integer that is always present. */
  public ObjectCodec<T, B> requiredLong(String name, ToLongFunction<T> get, ObjLongConsumer<B> set) {
    return requiredNumber(name, get, (in, b) -> set.accept(b, in.longValue()));
  }

  /** An integer that may be absent. */
  public ObjectCodec<T, B> optionalLong(
      String name, Function<T, OptionalLong> get, ObjLongConsumer<B> set) {
    return optionalNumber(name, get, (in, b) -> set.accept(b, in.longValue()));
  }

  /** An {@code int} that is always present, such as a term's years. */
  public ObjectCodec<T, B> requiredInt(String name, ToIntFunction<T> get, ObjIntConsumer<B> set) {
    return requiredNumber(name, get::applyAsInt, (in, b) -> set.accept(b, in.intValue()));
  }

  /** An {@code int} that may be absent, such as an edition's year. */
  public ObjectCodec<T, B> optionalInt(
      String name, Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
    return optionalNumber(name, value -> {
      OptionalInt v = get.apply(value);
      return v.isPresent() ? OptionalLong.of(v.getAsInt()) : OptionalLong.empty();
    }, (in, b) -> set.accept(b, in.intValue()));
  }

  /** An integer property that is always present, written as a long; {@code read} checks its range. */
  private ObjectCodec<T, B> requiredNumber(
      String name, ToLongFunction<T> get, BiConsumer<WireReader, B> read) {
    SerializableString key = new SerializedString(name);
    add(name, new Property<>() {
      @Override
      void write(WireWriter out, T value) {
        out.name(key);
        out.number(get.applyAsLong(value));
      }

      @Override
      void read(WireReader in, B b) {
        read.accept(in, b);
      }
    });
    require(name);
    return this;
  }

  /** An integer property that may be absent, written as a long; {@code read} checks its range. */
  private ObjectCodec<T, B> optionalNumber(
      String name, Function<T, OptionalLong> get, BiConsumer<WireReader, B> read) {
    SerializableString key = new SerializedString(name);
    return add(name, new Property<>() {
      @Override
      void write(WireWriter out, T value) {
        OptionalLong v = get.apply(value);
        if (v.isPresent()) {
          out.name(key);
          out.number(v.getAsLong());
        }
      }

      @Override
      void read(WireReader in, B b) {
        read.accept(in, b);
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
    for (Property<T, B> p : inOrder) {
      p.write(out, value);
    }
  }

  @Override
  public T read(WireReader in) {
    in.expect(JsonToken.START_OBJECT, "an object");
    return readProperties(in, in.location(), false);
  }

  /**
   * Reads properties up to the end of the object, starting on the token before the first property
   * name: the object's start, or the value of a {@link UnionCodec}'s {@code type} ({@code typed}).
   * Names are matched as the parser reads them, with no {@code String} made for a known name, and
   * a key that appears twice is refused (the parser's own duplicate check is off). The object's
   * path is known again at its end (the parser is then back in the enclosing context), so it is
   * computed only for an error.
   */
  T readProperties(WireReader in, TokenStreamLocation start, boolean typed) {
    B b = builder.get();
    long seen = 0;
    Set<String> unknown = null;
    for (int i = in.nextProperty(matcher); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextProperty(matcher)) {
      if (i >= 0) {
        if ((seen & (1L << i)) != 0) {
          throw in.duplicateKey();
        }
        seen |= 1L << i;
        in.next();
        inOrder[i].read(in, b);
      } else {
        String name = in.currentName();
        if (typed && name.equals(Wire.TYPE) || unknown != null && unknown.contains(name)) {
          throw in.duplicateKey();
        }
        in.next();
        in.unknown(name, names());
        (unknown == null ? unknown = new HashSet<>() : unknown).add(name);
      }
    }
    if ((seen & requiredBits) != requiredBits) {
      for (String name : required) {
        if ((seen & bit(name)) == 0) {
          throw in.error(JsonPath.join(in.path(), name), start, "is required but missing");
        }
      }
    }
    return in.build(start, build, b);
  }

  @SuppressWarnings("unchecked")
  private static <T, B> Property<T, B>[] newArray(int length) {
    return (Property<T, B>[]) new Property<?, ?>[length];
  }

  /** @return the property names, in order */
  List<String> propertyNames() {
    return new ArrayList<>(indexByName.keySet());
  }

  private String names() {
    return String.join(", ", indexByName.keySet());
  }
}
