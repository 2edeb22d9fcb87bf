package dev.sitrep.io.codec;

import dev.sitrep.core.Code;
import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.time.TimePoint;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/** Codecs for values written as a single JSON string or number. */
public final class Scalars {
  private Scalars() {}

  /** Text that is not blank ({@link Text}), as a string; blank text is refused. */
  public static final Codec<String> STRING = string("non-blank-string",
      "A string with at least one character that is not a space character; sitrep's space"
          + " characters are Java's, ECMAScript's and Python's alike.", true);

  /** A code of an open vocabulary that has no well-known codes, such as a PLOVER mode. */
  public static final Codec<String> CODE = new Textual<>(null, null) {
    private final Shape shape = new Shape.Vocabulary(List.of());

    @Override
    public void write(WireWriter out, String value) {
      out.string(value);
    }

    @Override
    String parse(String text) {
      return text;
    }

    @Override
    public Shape shape() {
      return shape;
    }
  };

  /** A BCP 47 language tag, such as {@code be} or {@code en-GB}. */
  public static final Codec<String> LANGUAGE_TAG = string("language-tag",
      "A BCP 47 language tag, such as be or en-GB.", false);

  /**
   * @param def the name of the kind of string in the schema
   * @param description what it is
   * @param nonBlank whether it must have a character that is not a space ({@link Text}), which
   *     the reader checks and the schema states as a pattern; else the value type checks its form
   *     and the schema's overlay states it
   * @return a codec for a string of a kind of its own
   */
  private static Codec<String> string(String def, String description, boolean nonBlank) {
    Shape shape = new Shape.Scalar(def, description,
        nonBlank ? "[^" + Text.spaceCharacterClass() + "]" : null);
    return new Codec<>() {
      @Override
      public void write(WireWriter out, String value) {
        out.string(value);
      }

      @Override
      public String read(WireReader in) {
        String text = in.string();
        if (nonBlank && Text.isBlank(text)) {
          throw in.error("must not be blank");
        }
        return text;
      }

      @Override
      public Shape shape() {
        return shape;
      }
    };
  }

  /** A yes or no, as JSON {@code true} or {@code false}. */
  public static final Codec<Boolean> BOOLEAN = new Codec<>() {
    private final Shape shape = new Shape.Flag();

    @Override
    public void write(WireWriter out, Boolean value) {
      out.bool(value);
    }

    @Override
    public Boolean read(WireReader in) {
      return in.bool();
    }

    @Override
    public Shape shape() {
      return shape;
    }
  };

  /**
   * @param min the least value, for the schema
   * @param max the greatest value, for the schema
   * @return a codec for a number in {@code [min, max]}, as a double, such as a latitude; the value
   *     type checks the range
   */
  public static Codec<Double> number(double min, double max) {
    Shape shape = new Shape.Range(false, min, max);
    return new Codec<>() {
      @Override
      public void write(WireWriter out, Double value) {
        out.number(value);
      }

      @Override
      public Double read(WireReader in) {
        return in.doubleValue();
      }

      @Override
      public Shape shape() {
        return shape;
      }
    };
  }

  /** The time of an ISO 8601 duration: hours, minutes, seconds, each optional but not all. */
  private static final String DURATION_TIME = "(\\d+H(\\d+M)?(\\d+(\\.\\d{1,9})?S)?"
      + "|\\d+M(\\d+(\\.\\d{1,9})?S)?|\\d+(\\.\\d{1,9})?S)";

  /** An entity id, as its slug. */
  public static final Codec<EntityId> ENTITY_ID = new Textual<>("entity-id",
      "The id of an entity: lowercase kebab-case segments joined by '/', such as"
          + " exercise/zapad-2025; at most 200 characters.") {
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
  public static final Codec<TimePoint> TIME_POINT = new Textual<>("time-point",
      "A point in time at the precision known: a year YYYY, a month YYYY-MM, an ISO week"
          + " YYYY-Www (2025-W37), a day YYYY-MM-DD, or a range of 2 to 7 days"
          + " YYYY-MM-DD/YYYY-MM-DD kept as the source gave it; each read in UTC, or in the zone"
          + " written after it in brackets as RFC 9557 does, an IANA time zone or an offset ±hh:mm"
          + " (2025-09-10[Europe/Warsaw], 2025-09[+03:00]); or an ISO 8601 date-time with an"
          + " offset (Z, ±hh:mm or ±hh:mm:ss), seconds and a fraction optional, as in"
          + " 2025-09-10T04:30Z.") {
    @Override
    public void write(WireWriter out, TimePoint value) {
      out.string(value.toString());
    }

    @Override
    TimePoint parse(String text) {
      return TimePoint.parse(text);
    }
  };

  private static final Pattern DURATION_FORM = Pattern.compile("P(\\d+D(T" + DURATION_TIME
      + ")?|T" + DURATION_TIME + ")");

  /** A length of time, as the ISO 8601 duration {@link Duration#toString()} writes. */
  public static final Codec<Duration> DURATION = new Textual<>("duration",
      "A length of time, not negative, as an ISO 8601 duration of days (of 24 hours), hours,"
          + " minutes and seconds with up to nine decimals: PT4H, PT50M, P1DT2H30M, PT0.5S;"
          + " written in hours, minutes and seconds (P1DT2H as PT26H), as Java writes it.") {
    @Override
    public void write(WireWriter out, Duration value) {
      out.string(value.toString());
    }

    @Override
    Duration parse(String text) {
      if (DURATION_FORM.matcher(text).matches()) {
        try {
          return Duration.parse(text);
        } catch (DateTimeException | ArithmeticException e) {
          // beyond what a Duration holds, about 292 billion years
        }
      }
      throw new InvalidDataException("duration", "must be an ISO 8601 duration of days, hours,"
          + " minutes and seconds, not negative, such as PT4H or P1DT2H30M, was '" + text + "'");
    }
  };

  /**
   * @param kind the kind of entity the reference must point at, such as {@code State.class}
   * @param <T> the kind
   * @return a codec for references to entities of that kind, as the id's slug
   */
  public static <T extends Entity> Codec<Ref<T>> ref(Class<T> kind) {
    return new Reference<>(kind);
  }

  /**
   * @param kind the family of entities the reference may point at, such as {@code Actor.class}
   * @param <T> the family
   * @return a codec for references to entities of any subtype of that kind, such as the
   *     {@code Ref<? extends Actor>} of an attribution's asserter
   */
  public static <T extends Entity> Codec<Ref<? extends T>> refToSubtype(Class<T> kind) {
    return new Reference<>(kind);
  }

  /** A reference, as the id's slug; its kind is a compile-time tag and part of its shape. */
  private static final class Reference<R extends Ref<?>> extends Textual<R> {
    private final Shape shape;

    Reference(Class<? extends Entity> kind) {
      super(null, null);
      this.shape = new Shape.Reference(kind);
    }

    @Override
    public void write(WireWriter out, R value) {
      out.string(value.id().value());
    }

    @Override
    @SuppressWarnings("unchecked")
    R parse(String text) {
      return (R) Ref.of(text);
    }

    @Override
    public Shape shape() {
      return shape;
    }
  }

  /**
   * @param vocabulary the vocabulary, whose public constants are its well-known codes
   * @param of makes a code of it
   * @param <C> the vocabulary's type
   * @return a codec for an open vocabulary, as its code
   */
  public static <C extends Code> Codec<C> code(Class<C> vocabulary, Function<String, C> of) {
    List<String> known = new ArrayList<>();
    Code.known(vocabulary).forEach(c -> known.add(c.code()));
    Shape shape = new Shape.Vocabulary(List.copyOf(known));
    return new Textual<>(null, null) {
      @Override
      public void write(WireWriter out, C value) {
        out.string(value.code());
      }

      @Override
      C parse(String text) {
        return of.apply(text);
      }

      @Override
      public Shape shape() {
        return shape;
      }
    };
  }

  /**
   * @param type the enum
   * @param <E> the enum's type
   * @return a codec for an enum, as its kebab-case name: {@code CANNOT_TELL} is
   *     {@code cannot-tell}
   */
  public static <E extends Enum<E>> Codec<E> enumeration(Class<E> type) {
    E[] constants = type.getEnumConstants(); // in ordinal order
    List<String> wireNames = new ArrayList<>();
    SerializableString[] names = new SerializableString[constants.length];
    char[][] wire = new char[constants.length][];
    for (E e : constants) {
      wireNames.add(wireName(e));
      names[e.ordinal()] = new SerializedString(wireName(e));
      wire[e.ordinal()] = wireName(e).toCharArray();
    }
    Shape shape = new Shape.Enumerated(List.copyOf(wireNames));
    return new Codec<>() {
      @Override
      public void write(WireWriter out, E value) {
        out.string(names[value.ordinal()]);
      }

      @Override
      public Shape shape() {
        return shape;
      }

      @Override
      public E read(WireReader in) {
        int i = in.stringIndex(wire);
        if (i < 0) {
          throw in.error("must be one of " + String.join(", ", wireNames) + ", was '"
              + in.string() + "'");
        }
        return constants[i];
      }
    };
  }

  /**
   * @param value an enum constant
   * @return its wire name: {@code CANNOT_TELL} is {@code cannot-tell}
   */
  public static String wireName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * @param def the name of the kind of string in the schema, such as {@code schema-version}
   * @param description what it is
   * @param write writes a value as the string
   * @param read reads a value from the string
   * @param <T> the value's type
   * @return a codec for a value written as a string
   */
  public static <T> Codec<T> of(String def, String description, Function<T, String> write,
      Function<String, T> read) {
    return new Textual<>(def, description) {
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
  private abstract static class Textual<T> extends Codec<T> {
    private final Shape shape;

    /**
     * @param def the name of the kind of string in the schema, or null for a shape of its own
     * @param description what it is
     */
    Textual(String def, String description) {
      this.shape = def == null ? null : new Shape.Scalar(def, description, null);
    }

    /** @throws InvalidDataException if the text is not a valid value */
    abstract T parse(String text);

    @Override
    public Shape shape() {
      return shape;
    }

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
