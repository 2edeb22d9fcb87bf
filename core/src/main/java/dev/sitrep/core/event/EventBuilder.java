package dev.sitrep.core.event;

import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.UncertainDuration;
import java.util.Map;

/**
 * The setters every kind of event's builder has, so that code can fill the properties all events
 * share without knowing the kind: {@code MilitaryExercise.builder()} is a
 * {@code MilitaryExercise.Builder}, which is an {@code EventBuilder}.
 *
 * @param <B> the builder's own type
 */
public interface EventBuilder<B> {
  /**
   * Sets the id.
   *
   * @param id its id, such as {@code exercise/zapad-2025}
   * @return this builder
   */
  B id(EntityId id);

  /**
   * Sets the title.
   *
   * @param title a short title, such as "Zapad 2025"
   * @return this builder
   */
  B title(String title);

  /**
   * Sets the source's own words for what happened.
   *
   * @param description what happened, in the source's words
   * @return this builder
   */
  B description(String description);

  /**
   * Sets when it happened.
   *
   * @param when when it happened, at the precision the source gives
   * @return this builder
   */
  B when(Period when);

  /**
   * Sets how long it lasted, as the source says.
   *
   * @param duration how long it lasted: "for about four hours"
   * @return this builder
   */
  B duration(UncertainDuration duration);

  /**
   * Adds places.
   *
   * @param places where it happened
   * @return this builder
   */
  B addAllPlaces(Iterable<? extends Place> places);

  /**
   * Adds participants.
   *
   * @param participants who took part, and how
   * @return this builder
   */
  B addAllParticipants(Iterable<? extends Participant> participants);

  /**
   * Adds attributions.
   *
   * @param attributions who asserts it, and how firmly
   * @return this builder
   */
  B addAllAttributions(Iterable<? extends Attribution> attributions);

  /**
   * Adds links to other events.
   *
   * @param links how it relates to other events
   * @return this builder
   */
  B addAllLinks(Iterable<? extends EventLink> links);

  /**
   * Adds claims of what the event did to people and things.
   *
   * @param impacts what it did to people and things, as each source counts it
   * @return this builder
   */
  B addAllImpacts(Iterable<? extends Claim<Impact>> impacts);

  /**
   * Adds suspicions of who or what caused the event.
   *
   * @param suspicions who or what is suspected of causing it
   * @return this builder
   */
  B addAllSuspicions(Iterable<? extends Suspicion> suspicions);

  /**
   * Adds extension properties, in the map's order.
   *
   * @param extensions the extension properties, by name
   * @return this builder
   */
  B putAllExtensions(Map<String, ? extends JsonValue> extensions);
}
