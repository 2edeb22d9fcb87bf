package dev.sitrep.io.codec;

import dev.sitrep.core.Code;
import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.time.TimePoint;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/** Codecs for values written as a single JSON string or number. */
public final class Scalars {
  private Scalars() {}

  /** A string. */
  public static final Codec<String> STRING = new Codec<>() {
    @Override
    public void write(WireWriter out, String value) {
      out.string(value);
    }

    @Override
    public String read(WireReader in) {
      return in.string();
    }
  };

  /** A number, as a double. */
  public static final Codec<Double> DOUBLE = new Codec<>() {
    @Override
    public void write(WireWriter out, Double value) {
      out.number(value);
    }

    @Override
    public Double read(WireReader in) {
      return in.doubleValue();
    }
  };

  /** An entity id, as its slug. */
  public static final Codec<EntityId> ENTITY_ID = new Text<>() {
    @Override
    public void write(WireWriter out, EntityId value) {
      out.string(value.value());
    }

    @Override
    EntityId parse(String text) {
      return EntityId.of(text);
    }
  };

  /** A time point, as its ISO 8601 text. */
  public static final Codec<TimePoint> TIME_POINT = new Text<>() {
    @Override
    public void write(WireWriter out, TimePoint value) {
      out.string(value.toString());
    }

    @Override
    TimePoint parse(String text) {
      return TimePoint.parse(text);
    }
  };

  /** References to entities of any type, as the id's slug; cast to the type wanted. */
  private static final Codec<Ref<?>> REF = new Text<>() {
    @Override
    public void write(WireWriter out, Ref<?> value) {
      out.string(value.id().value());
    }

    @Override
    Ref<?> parse(String text) {
      return Ref.of(text);
    }
  };

  /** @return a codec for references to entities of type {@code T}, as the id's slug */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <T extends Entity> Codec<Ref<T>> ref() {
    return (Codec) REF; // a reference's type is a compile-time tag only: one codec serves all
  }

  /**
   * @return a codec for references to entities of any subtype of {@code T}, such as the
   *     {@code Ref<? extends Actor>} of an attribution's asserter
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public static <T extends Entity> Codec<Ref<? extends T>> refToSubtype() {
    return (Codec) REF;
  }

  /** @return a codec for an open vocabulary, as its code */
  public static <C extends Code> Codec<C> code(Function<String, C> of) {
    return new Text<>() {
      @Override
      public void write(WireWriter out, C value) {
        out.string(value.code());
      }

      @Override
      C parse(String text) {
        return of.apply(text);
      }
    };
  }

  /** @return a codec for an enum, as its kebab-case name: {@code CANNOT_TELL} is {@code cannot-tell} */
  public static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    E[] constants = type.getEnumConstants();
    SerializableString[] names = new SerializableString[constants.length];
    Map<String, E> byName = new LinkedHashMap<>();
    for (E e : constants) {
      names[e.ordinal()] = new SerializedString(wireName(e));
      byName.put(wireName(e), e);
    }
    return new Codec<>() {
      @Override
      public void write(WireWriter out, E value) {
        out.string(names[value.ordinal()]);
      }

      @Override
      public E read(WireReader in) {
        String text = in.string();
        E e = byName.get(text);
        if (e == null) {
          throw in.error("must be one of " + String.join(", ", byName.keySet()) + ", was '" + text
              + "'");
        }
        return e;
      }
    };
  }

  /** @return the wire name of an enum constant: {@code CANNOT_TELL} is {@code cannot-tell} */
  public static String wireName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** @return a codec for a value written as a string */
  public static <T> Codec<T> of(Function<T, String> write, Function<String, T> read) {
    return new Text<>() {
      @Override
      public void write(WireWriter out, T value) {
        out.string(write.apply(value));
      }

      @Override
      T parse(String text) {
        return read.apply(text);
      }
    };
  }

  /**
   * A value written as a JSON string: each subclass writes its text itself and parses it back
   * here, where a parse error is placed at the current path. The most frequent ones (ids,
   * references, time points, codes) call their conversions directly rather than through a
   * {@code Function}: a call less per value, on the hottest paths of reading and writing.
   */
  private abstract static class Text<T> extends Codec<T> {
    /** @throws InvalidDataException if the text is not a valid value */
    abstract T parse(String text);

    @Override
    public final T read(WireReader in) {
      String text = in.string();
      try {
        return parse(text);
      } catch (InvalidDataException e) {
        throw in.error(e.rule()); // placed at the current path
      }
    }
  }
}
