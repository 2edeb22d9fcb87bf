package dev.sitrep.io.codec;

import dev.sitrep.core.Code;
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
  public static final Codec<String> STRING = of(Function.identity(), Function.identity());

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
  public static final Codec<EntityId> ENTITY_ID = of(EntityId::value, EntityId::of);

  /** A time point, as its ISO 8601 text. */
  public static final Codec<TimePoint> TIME_POINT = of(TimePoint::toString, TimePoint::parse);

  /** @return a codec for references to entities of type {@code T}, as the id's slug */
  public static <T extends Entity> Codec<Ref<T>> ref() {
    return of(r -> r.id().value(), Ref::of);
  }

  /**
   * @return a codec for references to entities of any subtype of {@code T}, such as the
   *     {@code Ref<? extends Actor>} of an attribution's asserter
   */
  public static <T extends Entity> Codec<Ref<? extends T>> refToSubtype() {
    return of(r -> r.id().value(), Ref::<T>of);
  }

  /** @return a codec for an open vocabulary, as its code */
  public static <C extends Code> Codec<C> code(Function<String, C> of) {
    return of(Code::code, of);
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
    return new Codec<>() {
      @Override
      public void write(WireWriter out, T value) {
        out.string(write.apply(value));
      }

      @Override
      public T read(WireReader in) {
        return in.scalar(read);
      }
    };
  }
}
