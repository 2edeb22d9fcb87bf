package dev.sitrep.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.sitrep.benchmarks.baseline.RecordModel.ExerciseStatus;
import dev.sitrep.benchmarks.baseline.RecordModel.Hedge;
import dev.sitrep.benchmarks.baseline.RecordModel.Pace1900Criterion;
import dev.sitrep.benchmarks.baseline.RecordModel.PlacePrecision;
import dev.sitrep.benchmarks.baseline.RecordModel.PrisonerStatus;
import dev.sitrep.benchmarks.baseline.RecordModel.Qualifier;
import dev.sitrep.benchmarks.baseline.RecordModel.StrengthCategory;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baseline a user of Immutables is told to write: {@code @Value.Immutable} abstract types with
 * {@code @JsonSerialize(as = Immutable…)} and {@code @JsonDeserialize(as = Immutable…)}, Immutables'
 * Jackson integration, here with Jackson 3's databind annotations ({@code tools.jackson}), which
 * Immutables 2.12 mirrors in what it generates. The same data as {@link RecordModel}, type for
 * type, with the same wire format: snake_case names, {@code "type"} first in the families, absent
 * values and empty lists left out. Optional attributes are {@code Optional}s, as in sitrep's own
 * model; the closed sets are {@link RecordModel}'s enums. Nothing is validated.
 *
 * <p>Names come from the mapper's naming strategy: {@code forceJacksonPropertyNames = false} keeps
 * Immutables from writing the Java names into the generated {@code @JsonProperty}s, as its
 * documentation says to do with a naming strategy. The families' subtypes name themselves with
 * {@code @JsonTypeName}, which the generated classes inherit.
 *
 * <p>{@link #MAPPER} writes these values to the very bytes sitrep writes for the same data (the
 * benchmarks check it in their setup, and {@code RecordModelTest} for the cases and for generated
 * events).
 */
@Value.Style(forceJacksonPropertyNames = false)
public final class ImmutablesModel {
  private ImmutablesModel() {}

  /** The mapper, with {@link Mappers#builder()}'s settings, as {@link RecordModel#MAPPER}. */
  public static final JsonMapper MAPPER = Mappers.builder().build();

  // Foundation ----------------------------------------------------------------------------------

  /** An identifier of the same thing in another scheme, such as Wikidata or ISO 3166. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableExternalId.class)
  @JsonDeserialize(as = ImmutableExternalId.class)
  public interface ExternalId {
    String scheme();

    String value();
  }

  /** A span of time: its start, perhaps its end, and the words the source used. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePeriod.class)
  @JsonDeserialize(as = ImmutablePeriod.class)
  public interface Period {
    String start();

    Optional<String> end();

    Optional<String> phrase();
  }

  /**
   * A count as sources give it: a lower bound, perhaps a best figure and an upper bound, a
   * qualifier, the words used.
   */
  @Value.Immutable
  @JsonSerialize(as = ImmutableUncertainCount.class)
  @JsonDeserialize(as = ImmutableUncertainCount.class)
  public interface UncertainCount {
    long lower();

    OptionalLong best();

    OptionalLong upper();

    Qualifier qualifier();

    Optional<String> phrase();
  }

  /** A latitude and a longitude. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableGeoPoint.class)
  @JsonDeserialize(as = ImmutableGeoPoint.class)
  public interface GeoPoint {
    double lat();

    double lon();
  }

  /** A named place, perhaps in a country and at a point, with how precisely it is known. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePlace.class)
  @JsonDeserialize(as = ImmutablePlace.class)
  public interface Place {
    String name();

    Optional<String> country();

    Optional<GeoPoint> point();

    PlacePrecision precision();
  }

  /** A state's airspace, or a flight information region. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableAirspace.class)
  @JsonDeserialize(as = ImmutableAirspace.class)
  public interface Airspace {
    Optional<String> state();

    Optional<String> flightInformationRegion();
  }

  /** Where facts come from: an article, a photograph, a statement. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableSource.class)
  @JsonDeserialize(as = ImmutableSource.class)
  public interface Source {
    String id();

    String kind();

    Optional<String> title();

    Optional<String> publisher();

    List<String> authors();

    Optional<String> published();

    Optional<String> url();
  }

  /** Who asserts a fact, in which source, how firmly, and when. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableAttribution.class)
  @JsonDeserialize(as = ImmutableAttribution.class)
  public interface Attribution {
    String source();

    Optional<String> assertedBy();

    Optional<String> assertedByDescription();

    Hedge hedge();

    Optional<String> date();
  }

  /** Words quoted, in a language, with who said them. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableQuote.class)
  @JsonDeserialize(as = ImmutableQuote.class)
  public interface Quote {
    String text();

    Optional<String> language();

    Attribution attribution();
  }

  /** A claim; every claimed value in the benchmarked data is a string (a text or a reference). */
  @Value.Immutable
  @JsonSerialize(as = ImmutableClaim.class)
  @JsonDeserialize(as = ImmutableClaim.class)
  public interface Claim {
    Optional<String> id();

    String value();

    Attribution attribution();

    Optional<String> supersedes();
  }

  // Actors and relations ------------------------------------------------------------------------

  /** Another of an actor's names, in a language and a script. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableName.class)
  @JsonDeserialize(as = ImmutableName.class)
  public interface Name {
    String value();

    Optional<String> language();

    Optional<String> script();
  }

  /** Every actor; the properties every kind shares come first, as in sitrep's wire format. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonSubTypes({@JsonSubTypes.Type(State.class), @JsonSubTypes.Type(Person.class),
      @JsonSubTypes.Type(Organization.class), @JsonSubTypes.Type(Collective.class)})
  public interface Actor {
    String id();

    String name();

    List<Name> otherNames();

    List<ExternalId> externalIds();
  }

  /** A state, with its ISO 3166 codes. */
  @Value.Immutable
  @JsonTypeName("state")
  @JsonSerialize(as = ImmutableState.class)
  @JsonDeserialize(as = ImmutableState.class)
  public interface State extends Actor {
    String alpha2();

    String alpha3();
  }

  /** A person. */
  @Value.Immutable
  @JsonTypeName("person")
  @JsonSerialize(as = ImmutablePerson.class)
  @JsonDeserialize(as = ImmutablePerson.class)
  public interface Person extends Actor {
    Optional<String> birthDate();
  }

  /** An organization of a kind, perhaps part of another or of a state. */
  @Value.Immutable
  @JsonTypeName("organization")
  @JsonSerialize(as = ImmutableOrganization.class)
  @JsonDeserialize(as = ImmutableOrganization.class)
  public interface Organization extends Actor {
    String kind();

    Optional<String> parent();

    Optional<String> state();
  }

  /** A group of people, perhaps affiliated with an actor, perhaps counted. */
  @Value.Immutable
  @JsonTypeName("collective")
  @JsonSerialize(as = ImmutableCollective.class)
  @JsonDeserialize(as = ImmutableCollective.class)
  public interface Collective extends Actor {
    Optional<String> affiliation();

    Optional<String> kind();

    Optional<UncertainCount> size();
  }

  /** Every relation between actors. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonSubTypes({@JsonSubTypes.Type(Membership.class), @JsonSubTypes.Type(Office.class),
      @JsonSubTypes.Type(ActorRelation.class)})
  public interface Relation {
    String id();
  }

  /** An actor's membership of an organization. */
  @Value.Immutable
  @JsonTypeName("membership")
  @JsonSerialize(as = ImmutableMembership.class)
  @JsonDeserialize(as = ImmutableMembership.class)
  public interface Membership extends Relation {
    String member();

    String organization();

    Optional<Period> period();

    List<Attribution> attributions();
  }

  /** An office an actor holds. */
  @Value.Immutable
  @JsonTypeName("office")
  @JsonSerialize(as = ImmutableOffice.class)
  @JsonDeserialize(as = ImmutableOffice.class)
  public interface Office extends Relation {
    String holder();

    String title();

    String of();

    Optional<Period> period();

    List<Attribution> attributions();
  }

  /** Any other relation of one actor to another, of a kind. */
  @Value.Immutable
  @JsonTypeName("actor-relation")
  @JsonPropertyOrder({"id", "from"})
  @JsonSerialize(as = ImmutableActorRelation.class)
  @JsonDeserialize(as = ImmutableActorRelation.class)
  public interface ActorRelation extends Relation {
    /**
     * {@code "from"}: as a Java name it would take the place of the builder's {@code from(value)}.
     * Jackson moves a property it renames after the others, so {@code @JsonPropertyOrder} puts it
     * back.
     */
    @JsonProperty("from")
    String subject();

    String kind();

    String to();

    Optional<String> description();

    Optional<Period> period();

    List<Attribution> attributions();
  }

  // Events --------------------------------------------------------------------------------------

  /** An actor's role in an event. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableParticipant.class)
  @JsonDeserialize(as = ImmutableParticipant.class)
  public interface Participant {
    String actor();

    String role();
  }

  /** A link from an event to another, of a kind. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableEventLink.class)
  @JsonDeserialize(as = ImmutableEventLink.class)
  public interface EventLink {
    String kind();

    String target();

    Optional<String> description();

    List<Attribution> attributions();
  }

  /** Every event; the properties every kind shares come first, as in sitrep's wire format. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonSubTypes({@JsonSubTypes.Type(MilitaryExercise.class),
      @JsonSubTypes.Type(AirspaceIncident.class), @JsonSubTypes.Type(Statement.class),
      @JsonSubTypes.Type(Meeting.class), @JsonSubTypes.Type(BorderClosure.class),
      @JsonSubTypes.Type(Warning.class), @JsonSubTypes.Type(GeneralEvent.class)})
  public interface Event {
    String id();

    String title();

    Optional<String> description();

    Optional<Period> when();

    List<Place> places();

    List<Participant> participants();

    List<Attribution> attributions();

    List<EventLink> links();
  }

  /** A claimed strength of an exercise's forces. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableStrength.class)
  @JsonDeserialize(as = ImmutableStrength.class)
  public interface Strength {
    StrengthCategory category();

    UncertainCount count();

    Attribution attribution();
  }

  /** A military exercise: its series and edition, hosts, status, scenario and claimed strengths. */
  @Value.Immutable
  @JsonTypeName("military-exercise")
  @JsonSerialize(as = ImmutableMilitaryExercise.class)
  @JsonDeserialize(as = ImmutableMilitaryExercise.class)
  public interface MilitaryExercise extends Event {
    Optional<String> series();

    OptionalInt edition();

    List<String> hosts();

    ExerciseStatus status();

    Optional<String> statusReason();

    Optional<String> scenario();

    List<Strength> strength();
  }

  /** A state crossed on the way in, and how many crossed it. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableTransit.class)
  @JsonDeserialize(as = ImmutableTransit.class)
  public interface Transit {
    String state();

    Optional<UncertainCount> count();
  }

  /** What entered an airspace: the platform, how many, where from, by which way. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableIntrusion.class)
  @JsonDeserialize(as = ImmutableIntrusion.class)
  public interface Intrusion {
    String platform();

    Optional<String> model();

    UncertainCount count();

    List<Claim> origin();

    List<Transit> transits();

    Optional<Place> entry();
  }

  /** What responders did about an intrusion. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableResponse.class)
  @JsonDeserialize(as = ImmutableResponse.class)
  public interface Response {
    List<String> responders();

    List<String> assets();

    String action();

    Optional<UncertainCount> count();

    Optional<Attribution> attribution();
  }

  /** What followed an incident. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableConsequence.class)
  @JsonDeserialize(as = ImmutableConsequence.class)
  public interface Consequence {
    String kind();

    Optional<String> description();

    Optional<UncertainCount> count();

    Optional<Attribution> attribution();
  }

  /** Consultations asked for or held, such as under NATO's Article 4. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableConsultation.class)
  @JsonDeserialize(as = ImmutableConsultation.class)
  public interface Consultation {
    String forum();

    String basis();

    List<String> requestedBy();

    Optional<String> requested();

    Optional<String> held();
  }

  /** An intrusion into an airspace, with the responses, consequences, consultations and claims. */
  @Value.Immutable
  @JsonTypeName("airspace-incident")
  @JsonSerialize(as = ImmutableAirspaceIncident.class)
  @JsonDeserialize(as = ImmutableAirspaceIncident.class)
  public interface AirspaceIncident extends Event {
    Airspace airspace();

    List<Intrusion> intrusions();

    List<Response> responses();

    List<Consequence> consequences();

    List<Consultation> consultations();

    List<Claim> claims();
  }

  /** Something a speaker said, to an audience. */
  @Value.Immutable
  @JsonTypeName("statement")
  @JsonSerialize(as = ImmutableStatement.class)
  @JsonDeserialize(as = ImmutableStatement.class)
  public interface Statement extends Event {
    String speaker();

    List<String> audience();

    Optional<Place> venue();

    Optional<Quote> quote();

    Optional<String> summary();
  }

  /** A meeting, on a topic. */
  @Value.Immutable
  @JsonTypeName("meeting")
  @JsonSerialize(as = ImmutableMeeting.class)
  @JsonDeserialize(as = ImmutableMeeting.class)
  public interface Meeting extends Event {
    Optional<String> topic();
  }

  /** A state closing its border with a neighbour. */
  @Value.Immutable
  @JsonTypeName("border-closure")
  @JsonSerialize(as = ImmutableBorderClosure.class)
  @JsonDeserialize(as = ImmutableBorderClosure.class)
  public interface BorderClosure extends Event {
    String closingState();

    String neighbour();

    List<String> crossings();

    Optional<String> reason();

    Optional<String> relatedExercise();
  }

  /** A warning from one actor to another. */
  @Value.Immutable
  @JsonTypeName("warning")
  @JsonPropertyOrder({"id", "title", "description", "when", "places", "participants",
      "attributions", "links", "from"})
  @JsonSerialize(as = ImmutableWarning.class)
  @JsonDeserialize(as = ImmutableWarning.class)
  public interface Warning extends Event {
    /**
     * {@code "from"}: as a Java name it would take the place of the builder's {@code from(value)}.
     * Jackson moves a property it renames after the others, so {@code @JsonPropertyOrder} puts it
     * back.
     */
    @JsonProperty("from")
    String by();

    String to();

    String about();
  }

  /** An event of any other kind. */
  @Value.Immutable
  @JsonTypeName("general-event")
  @JsonSerialize(as = ImmutableGeneralEvent.class)
  @JsonDeserialize(as = ImmutableGeneralEvent.class)
  public interface GeneralEvent extends Event {
    String kind();

    Optional<String> mode();
  }

  // Prisoners and statistics --------------------------------------------------------------------

  /** A charge brought against a prisoner. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableCharge.class)
  @JsonDeserialize(as = ImmutableCharge.class)
  public interface Charge {
    Optional<String> code();

    Optional<String> article();

    Optional<String> part();

    Optional<String> description();
  }

  /** The length of a sentence. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableTerm.class)
  @JsonDeserialize(as = ImmutableTerm.class)
  public interface Term {
    int years();

    int months();

    int days();
  }

  /** A sentence: its term and regime. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableSentence.class)
  @JsonDeserialize(as = ImmutableSentence.class)
  public interface Sentence {
    Optional<Term> term();

    Optional<String> regime();
  }

  /** A change in a prisoner's status, on a date. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableStatusChange.class)
  @JsonDeserialize(as = ImmutableStatusChange.class)
  public interface StatusChange {
    PrisonerStatus status();

    String date();

    Optional<Attribution> attribution();
  }

  /** Recognition of a political prisoner, by whom, under which PACE 1900 criteria. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableRecognition.class)
  @JsonDeserialize(as = ImmutableRecognition.class)
  public interface Recognition {
    String by();

    Optional<String> date();

    List<Pace1900Criterion> criteria();
  }

  /** A political prisoner: who holds them, charges, sentence, history and recognitions. */
  @Value.Immutable
  @JsonSerialize(as = ImmutablePoliticalPrisoner.class)
  @JsonDeserialize(as = ImmutablePoliticalPrisoner.class)
  public interface PoliticalPrisoner {
    String id();

    String person();

    String detainingState();

    Optional<Place> detentionPlace();

    List<Charge> charges();

    Optional<Sentence> sentence();

    Optional<Place> placeOfConfinement();

    List<StatusChange> history();

    List<Recognition> recognitions();

    List<Attribution> attributions();
  }

  /** A figure about a subject, as of a date. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableStatistic.class)
  @JsonDeserialize(as = ImmutableStatistic.class)
  public interface Statistic {
    String id();

    String metric();

    String subject();

    String asOf();

    UncertainCount count();

    Attribution attribution();
  }

  // The dossier ---------------------------------------------------------------------------------

  /** Everything in one value: sources, actors, relations, events, prisoners and statistics. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableDossier.class)
  @JsonDeserialize(as = ImmutableDossier.class)
  public interface Dossier {
    String schemaVersion();

    Optional<String> title();

    List<Source> sources();

    List<Actor> actors();

    List<Relation> relations();

    List<Event> events();

    List<PoliticalPrisoner> prisoners();

    List<Statistic> statistics();
  }
}
