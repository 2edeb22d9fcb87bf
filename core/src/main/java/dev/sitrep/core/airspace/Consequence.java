package dev.sitrep.core.airspace;

import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.UncertainDuration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an incident caused: damage to a house, casualties, the closure of airports or airspace; with
 * a count and how long it lasted where the source gives them: "the airport was closed for about
 * four hours" is an airport closure with
 * {@code UncertainDuration.about(Duration.ofHours(4)).withPhrase("for about four hours")}.
 */
@Value.Immutable
@SitrepStyle
public abstract class Consequence {
  /** @return what kind of consequence */
  public abstract ConsequenceKind kind();

  /** @return the source's description, such as "a residential building was damaged" */
  public abstract Optional<String> description();

  /** @return how many, where counted: casualties, closed airports */
  public abstract Optional<UncertainCount> count();

  /** @return who says so and how firmly */
  public abstract Optional<Attribution> attribution();

  /**
   * @return how many times it happened, where it recurred: an airport closed three times is
   *     {@code exactly(3)}; at least one
   */
  public abstract Optional<UncertainCount> occurrences();

  /** @return how long it lasted, as the source says: an airport closed "for about four hours" */
  public abstract Optional<UncertainDuration> duration();

  /** @return a new builder */
  public static ImmutableConsequence.Builder builder() {
    return ImmutableConsequence.builder();
  }

  @Value.Check
  void check() {
    description().ifPresent(d -> Checks.notBlank(d, "description"));
    occurrences().ifPresent(o -> Occurrences.check(o, "occurrences"));
  }
}
