package dev.sitrep.core.event;

import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.extension.Unrecognized;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event of a kind this version of sitrep does not know, kept as a lenient read found it in a
 * feed written by a newer tool ({@link Unrecognized} says what is kept and how it takes part in a
 * dossier). Its title is its {@code title} where that is text, else its type; it has no
 * description, time, places, participants, attributions, links or impacts.
 *
 * <pre>{@code
 * UnrecognizedEvent e = UnrecognizedEvent.of("cyber-attack", Map.of(
 *     "id", JsonValue.of("event/ddos-2025-09"), "title", JsonValue.of("DDoS on Polish banks")));
 * e.title();   // DDoS on Polish banks
 * }</pre>
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class UnrecognizedEvent extends Unrecognized
    implements Event {
  /** @return a new builder */
  public static ImmutableUnrecognizedEvent.Builder builder() {
    return ImmutableUnrecognizedEvent.builder();
  }

  /**
   * @param type the type name as read
   * @param properties the other properties, in order
   * @return the event
   */
  public static UnrecognizedEvent of(String type, Map<String, ? extends JsonValue> properties) {
    return builder().type(type).properties(properties).build();
  }

  @Override
  public String title() {
    return text("title").orElse(type());
  }

  @Override
  public Optional<String> description() {
    return Optional.empty();
  }

  @Override
  public Optional<Period> when() {
    return Optional.empty();
  }

  @Override
  public List<Place> places() {
    return List.of();
  }

  @Override
  public List<Participant> participants() {
    return List.of();
  }

  @Override
  public List<Attribution> attributions() {
    return List.of();
  }

  @Override
  public List<EventLink> links() {
    return List.of();
  }

  @Override
  public List<Claim<Impact>> impacts() {
    return List.of();
  }

  @Value.Check
  void check() {
    Unrecognized.check(this);
  }
}
