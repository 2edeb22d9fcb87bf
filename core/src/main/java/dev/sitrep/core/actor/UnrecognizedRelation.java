package dev.sitrep.core.actor;

import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.extension.Unrecognized;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A relation of a kind this version of sitrep does not know, kept as a lenient read found it in a
 * feed written by a newer tool ({@link Unrecognized} says what is kept and how it takes part in a
 * dossier). It has no period or attributions.
 *
 * <pre>{@code
 * UnrecognizedRelation r = UnrecognizedRelation.of("alliance-treaty", Map.of(
 *     "id", JsonValue.of("relation/x"), "parties", JsonValue.array(List.of())));
 * }</pre>
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class UnrecognizedRelation extends Unrecognized
    implements Relation {
  /** @return a new builder */
  public static ImmutableUnrecognizedRelation.Builder builder() {
    return ImmutableUnrecognizedRelation.builder();
  }

  /**
   * @param type the type name as read
   * @param properties the other properties, in order
   * @return the relation
   */
  public static UnrecognizedRelation of(String type, Map<String, ? extends JsonValue> properties) {
    return builder().type(type).properties(properties).build();
  }

  @Override
  public Optional<Period> period() {
    return Optional.empty();
  }

  @Override
  public List<Attribution> attributions() {
    return List.of();
  }

  @Value.Check
  void check() {
    Unrecognized.check(this);
  }
}
