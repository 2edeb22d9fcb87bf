package dev.sitrep.core.event;

import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.UncertainDuration;
import java.util.List;
import java.util.Optional;

/**
 * Something that happened, or was planned to: Zapad 2025, a {@link MilitaryExercise}; the drone
 * incursion into Poland early on 10 September 2025, an {@link AirspaceIncident}; Tusk's
 * {@link Statement} to parliament; the Alaska {@link Meeting}; Poland's {@link BorderClosure};
 * Minsk's {@link Warning} to Warsaw; and any other {@link GeneralEvent}. Every event has a title, a time where one is
 * known, places, participants with their roles, the attributions that assert it, links to
 * other events ("used as cover for" the February 2022 invasion), what it did to people and
 * things, its {@linkplain #impacts() impacts}, and who or what is suspected of causing it, its
 * {@linkplain #suspicions() suspicions}. An event of a kind this version does not know, read
 * leniently, is an {@link UnrecognizedEvent}.
 */
public sealed interface Event extends Entity
    permits MilitaryExercise, AirspaceIncident, Statement, Meeting, BorderClosure, Warning,
        GeneralEvent, UnrecognizedEvent {
  /** @return a short title, such as "Zapad 2025" */
  String title();

  /** @return what happened, in the source's own words, where they say more than the title */
  Optional<String> description();

  /** @return when it happened, at the precision the source gives, if it says */
  Optional<Period> when();

  /**
   * @return how long it lasted, as the source says ("for about four hours"), whether or not its
   *     start and end are known; where they are, it fits between them
   */
  Optional<UncertainDuration> duration();

  /** @return where it happened */
  List<Place> places();

  /** @return who took part, and how */
  List<Participant> participants();

  /** @return who asserts that it happened, and how firmly */
  List<Attribution> attributions();

  /** @return how it relates to other events */
  List<EventLink> links();

  /**
   * @return what it did to people and things, as each source counts it: killed, injured,
   *     detained, displaced, damaged, destroyed; sources may disagree, and a later claim may
   *     supersede an earlier one of the same kind
   */
  List<Claim<Impact>> impacts();

  /**
   * @return who or what is suspected of causing it, each with who suspects it and how firmly:
   *     the tanker Eagle S, of cutting the Estlink 2 cable; a later suspicion may supersede an
   *     earlier one
   */
  List<Suspicion> suspicions();
}
