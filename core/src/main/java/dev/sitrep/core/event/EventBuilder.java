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
  /** Sets the id. */
  B id(EntityId id);

  /** Sets the title. */
  B title(String title);

  /** Sets the source's own words for what happened. */
  B description(String description);

  /** Sets when it happened. */
  B when(Period when);

  /** Sets how long it lasted, as the source says. */
  B duration(UncertainDuration duration);

  /** Adds places. */
  B addAllPlaces(Iterable<? extends Place> places);

  /** Adds participants. */
  B addAllParticipants(Iterable<? extends Participant> participants);

  /** Adds attributions. */
  B addAllAttributions(Iterable<? extends Attribution> attributions);

  /** Adds links to other events. */
  B addAllLinks(Iterable<? extends EventLink> links);

  /** Adds claims of what the event did to people and things. */
  B addAllImpacts(Iterable<? extends Claim<Impact>> impacts);

  /** Adds suspicions of who or what caused the event. */
  B addAllSuspicions(Iterable<? extends Suspicion> suspicions);

  /** Adds extension properties, in the map's order. */
  B putAllExtensions(Map<String, ? extends JsonValue> extensions);
}
