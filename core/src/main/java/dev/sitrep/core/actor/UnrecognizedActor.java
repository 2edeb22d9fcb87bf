package dev.sitrep.core.actor;

import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.extension.Unrecognized;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * An actor of a kind this version of sitrep does not know, kept as a lenient read found it in a
 * feed written by a newer tool ({@link Unrecognized} says what is kept and how it takes part in a
 * dossier). Its name is its {@code name} where that is text, else its type; it has no other names
 * or external ids.
 *
 * <pre>{@code
 * UnrecognizedActor a = UnrecognizedActor.of("armed-group", Map.of(
 *     "id", JsonValue.of("group/x"), "name", JsonValue.of("Group X")));
 * a.isNamed("group x");   // true
 * }</pre>
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class UnrecognizedActor extends Unrecognized
    implements Actor {
  /** @return a new builder */
  public static ImmutableUnrecognizedActor.Builder builder() {
    return ImmutableUnrecognizedActor.builder();
  }

  /**
   * @param type the type name as read
   * @param properties the other properties, in order
   * @return the actor
   */
  public static UnrecognizedActor of(String type, Map<String, ? extends JsonValue> properties) {
    return builder().type(type).properties(properties).build();
  }

  @Override
  public String name() {
    return text("name").orElse(type());
  }

  @Override
  public List<Name> otherNames() {
    return List.of();
  }

  @Override
  public List<ExternalId> externalIds() {
    return List.of();
  }

  @Value.Check
  void check() {
    Unrecognized.check(this);
  }
}
