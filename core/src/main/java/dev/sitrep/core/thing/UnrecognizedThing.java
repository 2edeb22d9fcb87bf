package dev.sitrep.core.thing;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.extension.Unrecognized;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A thing of a kind this version of sitrep does not know, kept as a lenient read found it in a
 * feed written by a newer tool ({@link Unrecognized} says what is kept and how it takes part in a
 * dossier). It has no external ids or operators of its own.
 *
 * <pre>{@code
 * UnrecognizedThing t = UnrecognizedThing.of("satellite", Map.of(
 *     "id", JsonValue.of("satellite/x"), "norad_id", JsonValue.of("25544")));
 * }</pre>
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class UnrecognizedThing extends Unrecognized implements Thing {
  /** @return a new builder */
  public static ImmutableUnrecognizedThing.Builder builder() {
    return ImmutableUnrecognizedThing.builder();
  }

  /**
   * @param type the type name as read
   * @param properties the other properties, in order
   * @return the thing
   */
  public static UnrecognizedThing of(String type, Map<String, ? extends JsonValue> properties) {
    return builder().type(type).properties(properties).build();
  }

  @Override
  public List<ExternalId> externalIds() {
    return List.of();
  }

  @Override
  public List<Ref<? extends Actor>> operators() {
    return List.of();
  }

  @Value.Check
  void check() {
    Unrecognized.check(this);
  }
}
