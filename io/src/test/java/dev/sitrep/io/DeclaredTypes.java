package dev.sitrep.io;

import dev.sitrep.core.actor.State;
import dev.sitrep.core.testing.Generators;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quicktheories.core.Gen;

/**
 * For io's tests: the generator of every type the wire format declares, by its schema name, taken
 * from core's {@link Generators}; {@code EveryTypeTest} fails when a declared type has none.
 */
final class DeclaredTypes {
  /** A generator for every declared type, by its schema name. */
  static final Map<String, Gen<?>> GENERATORS = new LinkedHashMap<>();

  static {
    GENERATORS.put("dossier", Generators.dossiers());
    GENERATORS.put("source", Generators.sources());
    GENERATORS.put("external-id", Generators.externalIds());
    GENERATORS.put("actor", Generators.actors());
    GENERATORS.put("state", Generators.states());
    GENERATORS.put("person", Generators.persons());
    GENERATORS.put("organization", Generators.organizations());
    GENERATORS.put("collective", Generators.collectives());
    GENERATORS.put("name", Generators.names());
    GENERATORS.put("uncertain-count", Generators.uncertainCounts());
    GENERATORS.put("thing", Generators.things());
    GENERATORS.put("vessel", Generators.vessels());
    GENERATORS.put("aircraft", Generators.aircraft());
    GENERATORS.put("infrastructure", Generators.infrastructures());
    GENERATORS.put("suspicion", Generators.suspicions());
    GENERATORS.put("uncertain-duration", Generators.uncertainDurations());
    GENERATORS.put("relation", Generators.relations());
    GENERATORS.put("membership", Generators.memberships());
    GENERATORS.put("office", Generators.offices());
    GENERATORS.put("actor-relation", Generators.actorRelations());
    GENERATORS.put("period", Generators.periods());
    GENERATORS.put("attribution", Generators.attributions());
    GENERATORS.put("event", Generators.events());
    GENERATORS.put("military-exercise", Generators.militaryExercises());
    GENERATORS.put("airspace-incident", Generators.airspaceIncidents());
    GENERATORS.put("statement", Generators.statements());
    GENERATORS.put("meeting", Generators.meetings());
    GENERATORS.put("border-closure", Generators.borderClosures());
    GENERATORS.put("warning", Generators.warnings());
    GENERATORS.put("general-event", Generators.generalEvents());
    GENERATORS.put("place", Generators.places());
    GENERATORS.put("geo-point", Generators.geoPoints());
    GENERATORS.put("participant", Generators.participants());
    GENERATORS.put("event-link", Generators.eventLinks());
    GENERATORS.put("impact-claim", Generators.claims(Generators.impacts()));
    GENERATORS.put("impact", Generators.impacts());
    GENERATORS.put("platform-claim", Generators.claims(Generators.platformKinds()));
    GENERATORS.put("strength", Generators.strengths());
    GENERATORS.put("notification", Generators.notifications());
    GENERATORS.put("airspace", Generators.airspaces());
    GENERATORS.put("intrusion", Generators.intrusions());
    GENERATORS.put("ref-claim", Generators.claims(Generators.<State>refs()));
    GENERATORS.put("transit", Generators.transits());
    GENERATORS.put("response", Generators.responses());
    GENERATORS.put("consequence", Generators.consequences());
    GENERATORS.put("consultation", Generators.consultations());
    GENERATORS.put("string-claim", Generators.claims(Generators.texts()));
    GENERATORS.put("quote", Generators.quotes());
    GENERATORS.put("political-prisoner", Generators.politicalPrisoners());
    GENERATORS.put("charge", Generators.charges());
    GENERATORS.put("sentence", Generators.sentences());
    GENERATORS.put("term", Generators.terms());
    GENERATORS.put("status-change", Generators.statusChanges());
    GENERATORS.put("recognition", Generators.recognitions());
    GENERATORS.put("statistic", Generators.statistics());
  }

  private DeclaredTypes() {}
}
