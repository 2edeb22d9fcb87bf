package dev.sitrep.io.codec;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * For tests: the property names of every {@link ObjectCodec}, in the order they are written, by
 * the name of the JSON Schema entry they correspond to ({@code UNCERTAIN_COUNT} is
 * {@code uncertain-count}); the union's {@code type} is not among them.
 */
public final class CodecProperties {
  private static final List<Class<?>> HOLDERS = List.of(FoundationCodecs.class, ActorCodecs.class,
      EventCodecs.class, ExerciseCodecs.class, AirspaceCodecs.class, OtherEventCodecs.class,
      PrisonerCodecs.class, DossierCodecs.class);

  private CodecProperties() {}

  /** @return the property names of each object codec, by schema entry name */
  public static Map<String, List<String>> byDefName() {
    Map<String, List<String>> names = new TreeMap<>();
    for (Class<?> holder : HOLDERS) {
      for (Field f : holder.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == ObjectCodec.class) {
          names.put(f.getName().toLowerCase(Locale.ROOT).replace('_', '-'), propertiesOf(f));
        }
      }
    }
    names.put("claim", FoundationCodecs.claim(Scalars.STRING).propertyNames());
    return names;
  }

  /**
   * @return the names of the properties each object codec requires on reading, by schema entry
   *     name; lists are never among them, even where the value type requires them not empty
   */
  public static Map<String, List<String>> requiredByDefName() {
    Map<String, List<String>> names = new TreeMap<>();
    for (Class<?> holder : HOLDERS) {
      for (Field f : holder.getFields()) {
        if (Modifier.isStatic(f.getModifiers()) && f.getType() == ObjectCodec.class) {
          names.put(f.getName().toLowerCase(Locale.ROOT).replace('_', '-'),
              requiredOf((ObjectCodec<?, ?>) get(f)));
        }
      }
    }
    names.put("claim", requiredOf(FoundationCodecs.claim(Scalars.STRING)));
    return names;
  }

  @SuppressWarnings("unchecked")
  private static List<String> requiredOf(ObjectCodec<?, ?> codec) {
    try {
      Field required = ObjectCodec.class.getDeclaredField("required");
      required.setAccessible(true);
      return List.copyOf((List<String>) required.get(codec));
    } catch (NoSuchFieldException | IllegalAccessException e) {
      throw new IllegalStateException("ObjectCodec keeps its required names elsewhere", e);
    }
  }

  private static Object get(Field f) {
    try {
      return f.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> propertiesOf(Field f) {
    try {
      return ((ObjectCodec<?, ?>) f.get(null)).propertyNames();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
