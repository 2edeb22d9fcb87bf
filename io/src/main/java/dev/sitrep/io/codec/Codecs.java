package dev.sitrep.io.codec;

import dev.sitrep.core.Code;
import dev.sitrep.core.event.Impact;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.time.TimePoint;
import tools.jackson.core.JsonToken;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every type the wire format defines, found by walking the declarations from the dossier down:
 * each object and family with its codec, by Java type. A variant of a family ({@code State}) is
 * read and written with its family's codec ({@code Actor}), so that its {@code type} is written.
 *
 * <pre>{@code
 * Codec<?> codec = Codecs.forType(AirspaceIncident.class).orElseThrow();  // the event family's
 * }</pre>
 */
public final class Codecs {
  /** Every object and family codec, in the order the walk met them, by schema name. */
  private static final Map<String, DeclaredCodec<?>> BY_NAME = new LinkedHashMap<>();

  private static final Map<Class<?>, Codec<?>> BY_TYPE = new LinkedHashMap<>();

  /**
   * A claim's value where nothing says what it is: text, an entity's id or a code (read back as
   * its text, so nothing is lost), or an impact, told apart by the JSON value.
   */
  private static final Codec<Object> ANY_CLAIMED = new Codec<>() {
    @Override
    public void write(WireWriter out, Object value) {
      if (value instanceof Impact impact) {
        EventCodecs.IMPACT.write(out, impact);
      } else if (value instanceof Ref<?> ref) {
        Scalars.ENTITY_ID.write(out, ref.id());
      } else if (value instanceof String text) {
        Scalars.STRING.write(out, text);
      } else if (value instanceof Code code) { // a code's text is the code
        Scalars.STRING.write(out, code.code());
      } else {
        throw new IllegalArgumentException("sitrep's wire format has no claim of "
            + value.getClass().getName());
      }
    }

    @Override
    public Object read(WireReader in) {
      return in.token() == JsonToken.START_OBJECT ? EventCodecs.IMPACT.read(in)
          : Scalars.STRING.read(in);
    }

    @Override
    public Shape shape() {
      return Scalars.STRING.shape();
    }
  };

  /**
   * A claim on its own, where nothing says what its value is: written as a ref-claim, a
   * string-claim or an impact-claim by its value; read with its value as text or as an impact, as
   * the JSON has it. Read a claim where it stands, as in an intrusion's {@code origin}, for a typed
   * value.
   */
  private static final Codec<Claim<Object>> ANY_CLAIM =
      FoundationCodecs.claim("claim", "A claim of any value.", ANY_CLAIMED);

  static {
    BY_TYPE.put(EntityId.class, Scalars.ENTITY_ID);
    BY_TYPE.put(TimePoint.class, Scalars.TIME_POINT);
    walk(DossierCodecs.DOSSIER);
    for (DeclaredCodec<?> codec : BY_NAME.values()) {
      if (codec instanceof UnionCodec<?> union) {
        BY_TYPE.put(union.type(), union);
        union.variants().forEach(v -> BY_TYPE.put(v.type(), union));
      }
    }
    for (DeclaredCodec<?> codec : BY_NAME.values()) {
      if (codec.type() != Claim.class) {
        BY_TYPE.putIfAbsent(codec.type(), codec);
      }
    }
    BY_TYPE.put(Claim.class, ANY_CLAIM);
  }


  private Codecs() {}

  private static void walk(Codec<?> codec) {
    Shape shape = codec.shape();
    if (shape instanceof Shape.Properties) {
      ObjectCodec<?, ?> object = ((Shape.Properties) shape).codec();
      if (BY_NAME.putIfAbsent(object.name(), object) == null) {
        for (ObjectCodec.Property<?, ?> p : object.properties()) {
          child(p.shape());
        }
      }
    } else if (shape instanceof Shape.Union) {
      UnionCodec<?> union = ((Shape.Union) shape).codec();
      if (BY_NAME.putIfAbsent(union.name(), union) == null) {
        union.variants().forEach(Codecs::walk);
      }
    }
  }

  private static void child(Shape shape) {
    if (shape instanceof Shape.Properties) {
      walk(((Shape.Properties) shape).codec());
    } else if (shape instanceof Shape.Union) {
      walk(((Shape.Union) shape).codec());
    }
  }

  /**
   * @param type a sitrep type, or a variant of a family
   * @return its codec, or that of the family it belongs to
   */
  public static Optional<Codec<?>> forType(Class<?> type) {
    return FOR_TYPE.get(type);
  }

  private static final ClassValue<Optional<Codec<?>>> FOR_TYPE = new ClassValue<>() {
    @Override
    protected Optional<Codec<?>> computeValue(Class<?> type) {
      Codec<?> exact = BY_TYPE.get(type);
      if (exact != null) {
        return Optional.of(exact);
      }
      return BY_TYPE.entrySet().stream() // an implementation class, such as ImmutableState
          .filter(e -> e.getKey().isAssignableFrom(type))
          .<Codec<?>>map(Map.Entry::getValue)
          .findFirst();
    }
  };

  /** @return every type with a codec of its own or of its family */
  public static Collection<Class<?>> types() {
    return Collections.unmodifiableCollection(BY_TYPE.keySet());
  }

  /**
   * @return every object and family the wire format defines, the dossier first, each before the
   *     types it holds
   */
  public static List<DeclaredCodec<?>> declared() {
    return new ArrayList<>(BY_NAME.values());
  }
}
