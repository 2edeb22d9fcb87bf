package dev.sitrep.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * The baseline: what a user would write instead of sitrep. Plain Java records mirroring sitrep's wire
 * format property for property, written and read by Jackson 3 databind. Ids, references, time
 * points and open-vocabulary codes are plain strings; closed sets are enums; absent values are
 * {@code null} and left out, as are empty lists; polymorphic families are sealed interfaces with
 * {@code "type"} first. Nothing is validated: the baseline does strictly less work than sitrep,
 * which checks every id, time and invariant as it builds its values.
 *
 * <p>{@link #MAPPER} writes these records to the very bytes sitrep writes for the same data (the
 * benchmarks check it in their setup, and {@code RecordModelTest} for the whole dossier).
 */
public final class RecordModel {
  private RecordModel() {}

  /** The databind baseline's mapper, with {@link Mappers#builder()}'s settings. */
  public static final JsonMapper MAPPER = Mappers.builder().build();

  /**
   * @return the same settings with Jackson's Blackbird module, the usual way to speed databind up:
   *     property access through generated lambdas instead of reflection. Blackbird 3 refuses a
   *     JVM older than Java 25, so this is made on first use, and only there.
   */
  public static JsonMapper blackbird() {
    return Blackbird.MAPPER;
  }

  private static final class Blackbird {
    static final JsonMapper MAPPER = Mappers.builder().addModule(new BlackbirdModule()).build();
  }

  static <T> List<T> list(List<T> values) {
    return values == null ? List.of() : values;
  }

  // Closed sets ---------------------------------------------------------------------------------

  public enum Qualifier {
    @JsonProperty("exactly") EXACTLY,
    @JsonProperty("at-least") AT_LEAST,
    @JsonProperty("more-than") MORE_THAN,
    @JsonProperty("almost") ALMOST,
    @JsonProperty("at-most") AT_MOST,
    @JsonProperty("up-to") UP_TO,
    @JsonProperty("about") ABOUT,
    @JsonProperty("between") BETWEEN,
    @JsonProperty("some") SOME,
    @JsonProperty("unknown") UNKNOWN
  }

  public enum Hedge {
    @JsonProperty("confirmed") CONFIRMED,
    @JsonProperty("stated") STATED,
    @JsonProperty("declared") DECLARED,
    @JsonProperty("reported") REPORTED,
    @JsonProperty("claimed") CLAIMED,
    @JsonProperty("alleged") ALLEGED,
    @JsonProperty("estimated") ESTIMATED,
    @JsonProperty("disputed") DISPUTED,
    @JsonProperty("denied") DENIED
  }

  public enum PlacePrecision {
    @JsonProperty("exact") EXACT,
    @JsonProperty("near") NEAR,
    @JsonProperty("settlement") SETTLEMENT,
    @JsonProperty("district") DISTRICT,
    @JsonProperty("region") REGION,
    @JsonProperty("area") AREA,
    @JsonProperty("country") COUNTRY
  }

  public enum ExerciseStatus {
    @JsonProperty("planned") PLANNED,
    @JsonProperty("ongoing") ONGOING,
    @JsonProperty("completed") COMPLETED,
    @JsonProperty("cancelled") CANCELLED,
    @JsonProperty("postponed") POSTPONED
  }

  public enum StrengthCategory {
    @JsonProperty("troops") TROOPS,
    @JsonProperty("battle-tanks") BATTLE_TANKS,
    @JsonProperty("armoured-combat-vehicles") ARMOURED_COMBAT_VEHICLES,
    @JsonProperty("artillery") ARTILLERY,
    @JsonProperty("combat-aircraft-sorties") COMBAT_AIRCRAFT_SORTIES,
    @JsonProperty("airborne-or-amphibious-troops") AIRBORNE_OR_AMPHIBIOUS_TROOPS
  }

  public enum PrisonerStatus {
    @JsonProperty("detained") DETAINED,
    @JsonProperty("pre-trial-detention") PRE_TRIAL_DETENTION,
    @JsonProperty("convicted") CONVICTED,
    @JsonProperty("serving-sentence") SERVING_SENTENCE,
    @JsonProperty("whereabouts-unknown") WHEREABOUTS_UNKNOWN,
    @JsonProperty("released") RELEASED,
    @JsonProperty("pardoned") PARDONED,
    @JsonProperty("expelled") EXPELLED,
    @JsonProperty("sentence-completed") SENTENCE_COMPLETED,
    @JsonProperty("died-in-custody") DIED_IN_CUSTODY
  }

  public enum Pace1900Criterion {
    @JsonProperty("a") A,
    @JsonProperty("b") B,
    @JsonProperty("c") C,
    @JsonProperty("d") D,
    @JsonProperty("e") E
  }

  // Foundation ----------------------------------------------------------------------------------

  public record ExternalId(String scheme, String value) {}

  public record Period(String start, String end, String phrase) {}

  public record UncertainCount(long lower, Long best, Long upper, Qualifier qualifier,
      String phrase) {}

  public record GeoPoint(double lat, double lon) {}

  public record Place(String name, String country, GeoPoint point, PlacePrecision precision) {}

  public record Airspace(String state, String flightInformationRegion) {}

  public record Source(String id, String kind, String title, String publisher,
      List<String> authors, String published, String url) {
    public Source {
      authors = list(authors);
    }
  }

  public record Attribution(String source, String assertedBy, String assertedByDescription,
      Hedge hedge, String date) {}

  public record Quote(String text, String language, Attribution attribution) {}

  /** A claim; every claimed value in the benchmarked data is a string (a text or a reference). */
  public record Claim(String id, String value, Attribution attribution, String supersedes) {}

  // Actors and relations ------------------------------------------------------------------------

  public record Name(String value, String language, String script) {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = State.class, name = "state"),
      @JsonSubTypes.Type(value = Person.class, name = "person"),
      @JsonSubTypes.Type(value = Organization.class, name = "organization"),
      @JsonSubTypes.Type(value = Collective.class, name = "collective")})
  public sealed interface Actor permits State, Person, Organization, Collective {}

  public record State(String id, String name, List<Name> otherNames,
      List<ExternalId> externalIds, String alpha2, String alpha3) implements Actor {
    public State {
      otherNames = list(otherNames);
      externalIds = list(externalIds);
    }
  }

  public record Person(String id, String name, List<Name> otherNames,
      List<ExternalId> externalIds, String birthDate) implements Actor {
    public Person {
      otherNames = list(otherNames);
      externalIds = list(externalIds);
    }
  }

  public record Organization(String id, String name, List<Name> otherNames,
      List<ExternalId> externalIds, String kind, String parent, String state) implements Actor {
    public Organization {
      otherNames = list(otherNames);
      externalIds = list(externalIds);
    }
  }

  public record Collective(String id, String name, List<Name> otherNames,
      List<ExternalId> externalIds, String affiliation, String kind, UncertainCount size)
      implements Actor {
    public Collective {
      otherNames = list(otherNames);
      externalIds = list(externalIds);
    }
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = Membership.class, name = "membership"),
      @JsonSubTypes.Type(value = Office.class, name = "office"),
      @JsonSubTypes.Type(value = ActorRelation.class, name = "actor-relation")})
  public sealed interface Relation permits Membership, Office, ActorRelation {}

  public record Membership(String id, String member, String organization, Period period,
      List<Attribution> attributions) implements Relation {
    public Membership {
      attributions = list(attributions);
    }
  }

  public record Office(String id, String holder, String title, String of, Period period,
      List<Attribution> attributions) implements Relation {
    public Office {
      attributions = list(attributions);
    }
  }

  public record ActorRelation(String id, String from, String kind, String to, String description,
      Period period, List<Attribution> attributions) implements Relation {
    public ActorRelation {
      attributions = list(attributions);
    }
  }

  // Events --------------------------------------------------------------------------------------

  public record Participant(String actor, String role) {}

  public record EventLink(String kind, String target, String description,
      List<Attribution> attributions) {
    public EventLink {
      attributions = list(attributions);
    }
  }

  /** Every event; the records list the shared properties first, as sitrep's wire format does. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = MilitaryExercise.class, name = "military-exercise"),
      @JsonSubTypes.Type(value = AirspaceIncident.class, name = "airspace-incident"),
      @JsonSubTypes.Type(value = Statement.class, name = "statement"),
      @JsonSubTypes.Type(value = Meeting.class, name = "meeting"),
      @JsonSubTypes.Type(value = BorderClosure.class, name = "border-closure"),
      @JsonSubTypes.Type(value = Warning.class, name = "warning"),
      @JsonSubTypes.Type(value = GeneralEvent.class, name = "general-event")})
  public sealed interface Event
      permits MilitaryExercise, AirspaceIncident, Statement, Meeting, BorderClosure, Warning,
      GeneralEvent {}

  public record Strength(StrengthCategory category, UncertainCount count,
      Attribution attribution) {}

  public record MilitaryExercise(String id, String title, String description, Period when,
      List<Place> places, List<Participant> participants, List<Attribution> attributions,
      List<EventLink> links,
      String series, Integer edition, List<String> hosts, ExerciseStatus status,
      String statusReason, String scenario, List<Strength> strength) implements Event {
    public MilitaryExercise {
      places = list(places);
      participants = list(participants);
      attributions = list(attributions);
      links = list(links);
      hosts = list(hosts);
      strength = list(strength);
    }
  }

  public record Transit(String state, UncertainCount count) {}

  public record Intrusion(String platform, String model, UncertainCount count, List<Claim> origin,
      List<Transit> transits, Place entry) {
    public Intrusion {
      origin = list(origin);
      transits = list(transits);
    }
  }

  public record Response(List<String> responders, List<String> assets, String action,
      UncertainCount count, Attribution attribution) {
    public Response {
      responders = list(responders);
      assets = list(assets);
    }
  }

  public record Consequence(String kind, String description, UncertainCount count,
      Attribution attribution) {}

  public record Consultation(String forum, String basis, List<String> requestedBy,
      String requested, String held) {
    public Consultation {
      requestedBy = list(requestedBy);
    }
  }

  public record AirspaceIncident(String id, String title, String description, Period when,
      List<Place> places, List<Participant> participants, List<Attribution> attributions,
      List<EventLink> links,
      Airspace airspace, List<Intrusion> intrusions, List<Response> responses,
      List<Consequence> consequences, List<Consultation> consultations, List<Claim> claims)
      implements Event {
    public AirspaceIncident {
      places = list(places);
      participants = list(participants);
      attributions = list(attributions);
      links = list(links);
      intrusions = list(intrusions);
      responses = list(responses);
      consequences = list(consequences);
      consultations = list(consultations);
      claims = list(claims);
    }
  }

  public record Statement(String id, String title, String description, Period when,
      List<Place> places, List<Participant> participants, List<Attribution> attributions,
      List<EventLink> links,
      String speaker, List<String> audience, Place venue, Quote quote, String summary)
      implements Event {
    public Statement {
      places = list(places);
      participants = list(participants);
      attributions = list(attributions);
      links = list(links);
      audience = list(audience);
    }
  }

  public record Meeting(String id, String title, String description, Period when,
      List<Place> places, List<Participant> participants, List<Attribution> attributions,
      List<EventLink> links,
      String topic) implements Event {
    public Meeting {
      places = list(places);
      participants = list(participants);
      attributions = list(attributions);
      links = list(links);
    }
  }

  public record BorderClosure(String id, String title, String description, Period when,
      List<Place> places, List<Participant> participants, List<Attribution> attributions,
      List<EventLink> links,
      String closingState, String neighbour, List<String> crossings, String reason,
      String relatedExercise) implements Event {
    public BorderClosure {
      places = list(places);
      participants = list(participants);
      attributions = list(attributions);
      links = list(links);
      crossings = list(crossings);
    }
  }

  public record Warning(String id, String title, String description, Period when,
      List<Place> places, List<Participant> participants, List<Attribution> attributions,
      List<EventLink> links,
      String from, String to, String about) implements Event {
    public Warning {
      places = list(places);
      participants = list(participants);
      attributions = list(attributions);
      links = list(links);
    }
  }

  public record GeneralEvent(String id, String title, String description, Period when,
      List<Place> places, List<Participant> participants, List<Attribution> attributions,
      List<EventLink> links,
      String kind, String mode) implements Event {
    public GeneralEvent {
      places = list(places);
      participants = list(participants);
      attributions = list(attributions);
      links = list(links);
    }
  }

  // Prisoners and statistics --------------------------------------------------------------------

  public record Charge(String code, String article, String part, String description) {}

  public record Term(int years, int months, int days) {}

  public record Sentence(Term term, String regime) {}

  public record StatusChange(PrisonerStatus status, String date, Attribution attribution) {}

  public record Recognition(String by, String date, List<Pace1900Criterion> criteria) {
    public Recognition {
      criteria = list(criteria);
    }
  }

  public record PoliticalPrisoner(String id, String person, String detainingState,
      Place detentionPlace, List<Charge> charges, Sentence sentence, Place placeOfConfinement,
      List<StatusChange> history, List<Recognition> recognitions,
      List<Attribution> attributions) {
    public PoliticalPrisoner {
      charges = list(charges);
      history = list(history);
      recognitions = list(recognitions);
      attributions = list(attributions);
    }
  }

  public record Statistic(String id, String metric, String subject, String asOf,
      UncertainCount count, Attribution attribution) {}

  // The dossier ---------------------------------------------------------------------------------

  public record Dossier(String schemaVersion, String title, List<Source> sources,
      List<Actor> actors, List<Relation> relations, List<Event> events,
      List<PoliticalPrisoner> prisoners, List<Statistic> statistics) {
    public Dossier {
      sources = list(sources);
      actors = list(actors);
      relations = list(relations);
      events = list(events);
      prisoners = list(prisoners);
      statistics = list(statistics);
    }
  }
}
