package dev.sitrep.io.codec;

import dev.sitrep.core.extension.Extensions;
import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.identity.Entity;
import java.util.ArrayList;
import java.util.HashMap;
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
 * The codec of a JSON object, and the one declaration of its wire shape: its name, what it means,
 * and its properties in order, each with its wire name, whether it is required, optional or a
 * list, its child codec and what it means. Properties are written in declaration order; absent
 * optionals and empty lists are left out. Immutable once built.
 *
 * <pre>{@code
 * ObjectCodec<Quote, ImmutableQuote.Builder> QUOTE =
 *     ObjectCodec.declare("quote", "Words as spoken or written.", Quote.class,
 *             Quote::builder, ImmutableQuote.Builder::build)
 *         .required("text", "the words", Quote::text, ImmutableQuote.Builder::text, Scalars.STRING)
 *         .build();
 * }</pre>
 *
 * <p>A property's Java attribute is the lower camel case of its wire name ({@code as_of} is
 * {@code asOf}) unless {@link Declaration#attribute} names another; a test checks that every
 * declared attribute exists on the value type.
 *
 * <p>An {@link Entity}'s codec must also declare how its builder takes
 * {@linkplain Extensions extension properties}, with {@link Declaration#extensions}: they are
 * read in strict and lenient mode alike and written after the declared properties, in order.
 *
 * @param <T> the value type
 * @param <B> its builder
 */
public final class ObjectCodec<T, B> extends DeclaredCodec<T> {
  private final Supplier<B> builder;
  private final Function<B, ? extends T> build;
  private final Property<T, B>[] properties;
  private final Map<String, Integer> indexOfAttribute = new HashMap<>();
  private final long requiredBits;
  private final PropertyNameMatcher matcher;
  private final String names;
  private final BiConsumer<B, Map<String, JsonValue>> putExtensions; // null: not an entity

  private ObjectCodec(Declaration<T, B> d) {
    super(d.name, d.description, d.type);
    this.builder = d.builder;
    this.build = d.build;
    this.properties = d.properties.toArray(newArray(0));
    this.putExtensions = d.putExtensions;
    if (Entity.class.isAssignableFrom(d.type) != (putExtensions != null)) {
      throw new IllegalStateException(d.name + ": extensions(...) must be declared for an entity"
          + " (its builder's putAllExtensions), and only for an entity");
    }
    long bits = 0;
    List<String> wireNames = new ArrayList<>();
    for (int i = 0; i < properties.length; i++) {
      Property<T, B> p = properties[i];
      indexOfAttribute.put(p.attribute, i);
      wireNames.add(p.name);
      if (p.cardinality == Cardinality.REQUIRED) {
        bits |= 1L << i;
      }
    }
    this.requiredBits = bits;
    this.matcher = BinaryNameMatcher.construct(wireNames, false); // names not interned
    this.names = String.join(", ", wireNames) + (putExtensions == null ? ""
        : ", or an extension name such as x_acme_score or org.acled.interaction");
  }

  /**
   * Starts the declaration of an object's codec.
   *
   * @param name the type's name on the wire and in the schema, such as {@code uncertain-count}
   * @param description what a value of it is, in a sentence or two
   * @param type the value type, which also fixes {@code T} where a generated builder's
   *     {@code build()} returns the implementation class
   * @param builder makes a new builder
   * @param build builds the value
   * @param <T> the value type
   * @param <B> its builder's type
   * @return a declaration with no properties yet
   */
  public static <T, B> Declaration<T, B> declare(String name, String description, Class<T> type,
      Supplier<B> builder, Function<B, ? extends T> build) {
    return new Declaration<>(name, description, type, builder, build);
  }

  /** Whether a property must be present, may be absent, or is a list (left out when empty). */
  public enum Cardinality {
    /** Always present. */
    REQUIRED,
    /** May be absent. */
    OPTIONAL,
    /** A list, left out when empty. */
    LIST
  }

  /**
   * One property, written and read, with its declaration. An abstract class rather than an
   * interface: calls to it are many and polymorphic, and a virtual call is cheaper than an
   * interface call.
   */
  public abstract static class Property<T, B> {
    final String name;
    final SerializableString key;
    final String attribute;
    final Cardinality cardinality;
    final Shape shape;
    final String description;
    final String group;

    Property(String name, Cardinality cardinality, Shape shape, String description,
        String group) {
      this(name, attributeOf(name), cardinality, shape, description, group);
    }

    Property(String name, String attribute, Cardinality cardinality, Shape shape,
        String description, String group) {
      this.name = name;
      this.key = new SerializedString(name);
      this.attribute = attribute;
      this.cardinality = cardinality;
      this.shape = shape;
      this.description = description;
      this.group = group;
    }

    abstract void write(WireWriter out, T value);

    abstract void read(WireReader in, B builder);

    /** @return the wire name, such as {@code flight_information_region} */
    public String name() {
      return name;
    }

    /** @return the Java attribute, such as {@code flightInformationRegion} */
    public String attribute() {
      return attribute;
    }

    /** @return whether it is required, optional or a list */
    public Cardinality cardinality() {
      return cardinality;
    }

    /** @return what its value (or each element of a list) is */
    public Shape shape() {
      return shape;
    }

    /** @return what it means, in a line */
    public String description() {
      return description;
    }

    /**
     * @return the name of the set of properties it is shared in, such as {@code event-properties}
     *     for every event's {@code title}; empty for a type's own property
     */
    public Optional<String> group() {
      return Optional.ofNullable(group);
    }
  }

  /** @return the lower camel case of a snake_case wire name: {@code as_of} is {@code asOf} */
  static String attributeOf(String wireName) {
    StringBuilder s = new StringBuilder(wireName.length());
    for (int i = 0; i < wireName.length(); i++) {
      char c = wireName.charAt(i);
      if (c == '_' && i + 1 < wireName.length()) {
        s.append(Character.toUpperCase(wireName.charAt(++i)));
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  /**
   * The declaration of an object's codec, property by property; {@link #build()} ends it.
   *
   * @param <T> the value type
   * @param <B> its builder
   */
  public static final class Declaration<T, B> {
    private final String name;
    private final String description;
    private final Class<T> type;
    private final Supplier<B> builder;
    private final Function<B, ? extends T> build;
    private final List<Property<T, B>> properties = new ArrayList<>();
    private String group;
    private BiConsumer<B, Map<String, JsonValue>> putExtensions;

    private Declaration(String name, String description, Class<T> type, Supplier<B> builder,
        Function<B, ? extends T> build) {
      this.name = name;
      this.description = description;
      this.type = type;
      this.builder = builder;
      this.build = build;
    }

    /**
     * Declares the properties that follow, up to {@code shared(null)}, as a set shared by several
     * types, such as the properties every event has; the schema states such a set once.
     *
     * @param group the set's name, such as {@code event-properties}, or null for the type's own
     * @return this declaration
     */
    public Declaration<T, B> shared(String group) {
      this.group = group;
      return this;
    }

    /**
     * Declares that values of the type, an {@link Entity}, keep extension properties: every key
     * that is an {@linkplain Extensions#isName extension name} is read, with any JSON value, and
     * given to the builder in order; written after the declared properties.
     *
     * @param putAll the builder's {@code putAllExtensions}
     * @return this declaration
     */
    public Declaration<T, B> extensions(BiConsumer<B, Map<String, JsonValue>> putAll) {
      this.putExtensions = putAll;
      return this;
    }

    private Declaration<T, B> add(Property<T, B> property) {
      if (Extensions.isName(property.name)) {
        throw new IllegalStateException(name + ": " + property.name
            + " is an extension name, which no declared property may have");
      }
      for (Property<T, B> p : properties) {
        if (p.name.equals(property.name)) {
          throw new IllegalStateException(name + ": property declared twice: " + p.name);
        }
      }
      if (properties.size() == Long.SIZE) {
        throw new IllegalStateException(name + ": more than 64 properties");
      }
      properties.add(property);
      return this;
    }

    /**
     * Names the Java attribute of the property declared last, where it is not the lower camel
     * case of the wire name: a warning's {@code from} is {@code Warning.by()}, as a builder's
     * {@code from(...)} copies a whole value.
     *
     * @param attribute the value type's accessor, such as {@code by}
     * @return this declaration
     */
    public Declaration<T, B> attribute(String attribute) {
      Property<T, B> p = properties.remove(properties.size() - 1);
      properties.add(new Property<>(p.name, attribute, p.cardinality, p.shape, p.description,
          p.group) {
        @Override
        void write(WireWriter out, T value) {
          p.write(out, value);
        }

        @Override
        void read(WireReader in, B b) {
          p.read(in, b);
        }
      });
      return this;
    }

    /**
     * A property that is always present.
     *
     * @param name the property's name on the wire, such as {@code lower}
     * @param description what the property holds, for the schema and the wire reference
     * @param get reads the property from a value
     * @param set sets the property on a builder
     * @param codec reads and writes the value
     * @param <V> the property's type
     * @return this declaration
     */
    public <V> Declaration<T, B> required(String name, String description, Function<T, V> get,
        BiConsumer<B, V> set, Codec<V> codec) {
      return add(new Property<>(name, Cardinality.REQUIRED, codec.shape(), description, group) {
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
    }

    /**
     * A property that may be absent.
     *
     * @param name the property's name on the wire, such as {@code lower}
     * @param description what the property holds, for the schema and the wire reference
     * @param get reads the property from a value, empty when absent
     * @param set sets the property on a builder, when present
     * @param codec reads and writes the value
     * @param <V> the property's type
     * @return this declaration
     */
    public <V> Declaration<T, B> optional(String name, String description,
        Function<T, Optional<V>> get, BiConsumer<B, V> set, Codec<V> codec) {
      return add(new Property<>(name, Cardinality.OPTIONAL, codec.shape(), description, group) {
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

    /**
     * A list; left out when empty. {@code set} must copy the elements it is given, as a
     * builder's {@code addAll} does: the reader reuses the list.
     *
     * @param name the property's name on the wire, such as {@code lower}
     * @param description what the property holds, for the schema and the wire reference
     * @param get reads the list from a value
     * @param set adds the elements read to a builder
     * @param codec reads and writes each element
     * @param <V> the elements' type
     * @return this declaration
     */
    public <V> Declaration<T, B> list(String name, String description,
        Function<T, List<V>> get, BiConsumer<B, List<V>> set, Codec<V> codec) {
      return add(new Property<>(name, Cardinality.LIST, codec.shape(), description, group) {
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
          in.list(codec, b, set);
        }
      });
    }

    /**
     * An integer in {@code [min, max]} that is always present.
     *
     * @param name the property's name on the wire, such as {@code lower}
     * @param description what the property holds, for the schema and the wire reference
     * @param min the least value allowed
     * @param max the greatest value allowed
     * @param get reads the property from a value
     * @param set sets the property on a builder
     * @return this declaration
     */
    public Declaration<T, B> requiredLong(String name, String description, long min, long max,
        ToLongFunction<T> get, ObjLongConsumer<B> set) {
      return requiredNumber(name, description, min, max, get,
          (in, b) -> set.accept(b, in.longValue()));
    }

    /**
     * An integer in {@code [min, max]} that may be absent.
     *
     * @param name the property's name on the wire, such as {@code lower}
     * @param description what the property holds, for the schema and the wire reference
     * @param min the least value allowed
     * @param max the greatest value allowed
     * @param get reads the property from a value, empty when absent
     * @param set sets the property on a builder, when present
     * @return this declaration
     */
    public Declaration<T, B> optionalLong(String name, String description, long min, long max,
        Function<T, OptionalLong> get, ObjLongConsumer<B> set) {
      return optionalNumber(name, description, min, max, get,
          (in, b) -> set.accept(b, in.longValue()));
    }

    /**
     * An {@code int} in {@code [min, max]} that is always present, such as a term's years.
     *
     * @param name the property's name on the wire, such as {@code lower}
     * @param description what the property holds, for the schema and the wire reference
     * @param min the least value allowed
     * @param max the greatest value allowed
     * @param get reads the property from a value
     * @param set sets the property on a builder
     * @return this declaration
     */
    public Declaration<T, B> requiredInt(String name, String description, int min, int max,
        ToIntFunction<T> get, ObjIntConsumer<B> set) {
      return requiredNumber(name, description, min, max, get::applyAsInt,
          (in, b) -> set.accept(b, in.intValue()));
    }

    /**
     * An {@code int} in {@code [min, max]} that may be absent, such as an edition's year.
     *
     * @param name the property's name on the wire, such as {@code lower}
     * @param description what the property holds, for the schema and the wire reference
     * @param min the least value allowed
     * @param max the greatest value allowed
     * @param get reads the property from a value, empty when absent
     * @param set sets the property on a builder, when present
     * @return this declaration
     */
    public Declaration<T, B> optionalInt(String name, String description, int min, int max,
        Function<T, OptionalInt> get, ObjIntConsumer<B> set) {
      return optionalNumber(name, description, min, max, value -> {
        OptionalInt v = get.apply(value);
        return v.isPresent() ? OptionalLong.of(v.getAsInt()) : OptionalLong.empty();
      }, (in, b) -> set.accept(b, in.intValue()));
    }

    /** An integer that is always present, written as a long; {@code read} checks its range. */
    private Declaration<T, B> requiredNumber(String name, String description, long min,
        long max, ToLongFunction<T> get, BiConsumer<WireReader, B> read) {
      return add(new Property<>(name, Cardinality.REQUIRED, new Shape.Range(true, min, max),
          description, group) {
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
    }

    /** An integer that may be absent, written as a long; {@code read} checks its range. */
    private Declaration<T, B> optionalNumber(String name, String description, long min,
        long max, Function<T, OptionalLong> get, BiConsumer<WireReader, B> read) {
      return add(new Property<>(name, Cardinality.OPTIONAL, new Shape.Range(true, min, max),
          description, group) {
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

    /** @return the codec, immutable */
    public ObjectCodec<T, B> build() {
      return new ObjectCodec<>(this);
    }
  }

  /** @return whether values keep extension properties: whether the type is an entity */
  public boolean keepsExtensions() {
    return putExtensions != null;
  }

  /** @return the properties, in order */
  public List<Property<T, B>> properties() {
    return List.of(properties);
  }

  @Override
  public Shape shape() {
    return new Shape.Properties(this);
  }

  @Override
  public void write(WireWriter out, T value) {
    out.startObject();
    writeProperties(out, value);
    out.endObject();
  }

  /**
   * Writes the properties alone, for a {@link UnionCodec} that has written {@code type}; then an
   * entity's extension properties, in order.
   */
  void writeProperties(WireWriter out, T value) {
    for (Property<T, B> p : properties) {
      p.write(out, value);
    }
    if (putExtensions != null) {
      Map<String, JsonValue> extensions = ((Entity) value).extensions();
      if (!extensions.isEmpty()) { // no lambda made for an entity without any
        extensions.forEach((name, v) -> {
          out.name(name);
          out.json(v);
        });
      }
    }
  }

  @Override
  public T read(WireReader in) {
    in.expect(JsonToken.START_OBJECT, "an object");
    return readProperties(in, in.objectStart(), false);
  }

  /**
   * Reads properties up to the end of the object, starting on the token before the first property
   * name: the object's start, or the value of a {@link UnionCodec}'s {@code type} ({@code typed}).
   * Names are matched as the parser reads them, with no {@code String} made for a known name, and
   * a key that appears twice is refused (the parser's own duplicate check is off). {@code null}
   * for an optional property or a list is the same as leaving it out. An entity keeps the keys
   * that are extension names, with their values, in strict and lenient mode; a map for them is
   * made only when the first comes. The object's path is known
   * again at its end (the parser is then back in the enclosing context), so it is computed only
   * for an error, and so is its start where the reader can find it again
   * ({@link WireReader#objectStart()}).
   */
  T readProperties(WireReader in, TokenStreamLocation start, boolean typed) {
    B b = builder.get();
    long seen = 0;
    Set<String> unknown = null;
    Map<String, JsonValue> extensions = null;
    for (int i = in.nextProperty(matcher); i != PropertyNameMatcher.MATCH_END_OBJECT;
        i = in.nextProperty(matcher)) {
      if (i >= 0) {
        if ((seen & (1L << i)) != 0) {
          throw in.duplicateKey();
        }
        seen |= 1L << i;
        in.next();
        if (in.token() != JsonToken.VALUE_NULL
            || properties[i].cardinality == Cardinality.REQUIRED) {
          properties[i].read(in, b); // null for an optional or a list: absent, as pandas writes
        }
      } else {
        String unknownName = in.currentName();
        if (typed && unknownName.equals(UnionCodec.TYPE)
            || unknown != null && unknown.contains(unknownName)) {
          throw in.duplicateKey();
        }
        in.next();
        if (putExtensions != null && Extensions.isName(unknownName)) {
          (extensions == null ? extensions = new LinkedHashMap<>() : extensions)
              .put(unknownName, in.jsonValue());
        } else {
          in.unknown(unknownName, names);
        }
        (unknown == null ? unknown = new HashSet<>() : unknown).add(unknownName);
      }
    }
    if (extensions != null) {
      putExtensions.accept(b, extensions);
    }
    if ((seen & requiredBits) != requiredBits) {
      for (int i = 0; i < properties.length; i++) {
        if ((requiredBits & ~seen & (1L << i)) != 0) {
          throw in.error(in.path() + "." + properties[i].name, in.startOf(start),
              "is required but missing");
        }
      }
    }
    return in.build(start, build, b, this);
  }

  /**
   * Turns a path of Java attributes within a value of this type, as a builder's check names it
   * ({@code intrusions[0].origin[1].supersedes}), into the path of wire names
   * ({@code .intrusions[0].origin[1].supersedes}), following each attribute to its child's codec.
   * An attribute the declaration does not know is kept as it is.
   */
  String wirePath(String attributePath) {
    if (attributePath.isEmpty()) {
      return "";
    }
    int dot = attributePath.indexOf('.');
    String segment = dot < 0 ? attributePath : attributePath.substring(0, dot);
    String rest = dot < 0 ? "" : attributePath.substring(dot + 1);
    int bracket = segment.indexOf('[');
    String attribute = bracket < 0 ? segment : segment.substring(0, bracket);
    String index = bracket < 0 ? "" : segment.substring(bracket);
    Integer i = indexOfAttribute.get(attribute);
    if (i == null) {
      return "." + attributePath;
    }
    Property<T, B> p = properties[i];
    return "." + p.name + index + (rest.isEmpty() ? "" : childPath(p.shape, rest));
  }

  /** @return the wire path of {@code rest} within a value of {@code shape} */
  private static String childPath(Shape shape, String rest) {
    if (shape instanceof Shape.Properties properties) {
      return properties.codec().wirePath(rest);
    }
    if (shape instanceof Shape.Union union) { // the first variant that knows the attribute
      for (ObjectCodec<?, ?> variant : union.codec().variants()) {
        String path = variant.wirePath(rest);
        if (!path.equals("." + rest)) {
          return path;
        }
      }
    }
    return "." + rest;
  }

  @SuppressWarnings("unchecked")
  private static <T, B> Property<T, B>[] newArray(int length) {
    return (Property<T, B>[]) new Property<?, ?>[length];
  }
}
