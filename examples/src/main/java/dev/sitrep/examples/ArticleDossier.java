package dev.sitrep.examples;

import static dev.sitrep.core.provenance.Hedge.CLAIMED;
import static dev.sitrep.core.provenance.Hedge.DECLARED;
import static dev.sitrep.core.provenance.Hedge.REPORTED;
import static dev.sitrep.core.provenance.Hedge.STATED;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.ActorRelation;
import dev.sitrep.core.actor.Collective;
import dev.sitrep.core.actor.Membership;
import dev.sitrep.core.actor.Name;
import dev.sitrep.core.actor.Office;
import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.actor.OrganizationKind;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.RelationKind;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.airspace.Intrusion;
import dev.sitrep.core.airspace.PlatformKind;
import dev.sitrep.core.airspace.Response;
import dev.sitrep.core.airspace.ResponseAction;
import dev.sitrep.core.airspace.Transit;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.BorderClosure;
import dev.sitrep.core.event.EventKind;
import dev.sitrep.core.event.EventLink;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.LinkKind;
import dev.sitrep.core.event.Meeting;
import dev.sitrep.core.event.Participant;
import dev.sitrep.core.event.ParticipantRole;
import dev.sitrep.core.event.Statement;
import dev.sitrep.core.event.Warning;
import dev.sitrep.core.exercise.ExerciseStatus;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.geo.Airspace;
import dev.sitrep.core.geo.GeoPoint;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.geo.PlacePrecision;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.Quote;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.provenance.SourceKind;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.statistic.Metric;
import dev.sitrep.core.statistic.Statistic;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import java.time.ZoneId;

/**
 * The Atlantic Council article on Zapad 2025, fact by fact (F01–F28, the numbers of the team's
 * table of its facts), as a sitrep {@link Dossier} built with the public API only. Every fact is cited
 * to the article, with its hedge ("reportedly", "officials stated") kept as data; where the article
 * is vague, so is the data. The only additions are the coordinates of places the article names
 * (Warsaw, Alaska, Kaliningrad Region), marked as settlement or region precision, and the calendar
 * of the days it gives: "early on September 10" is 10 September in Poland, where it happened, so
 * the day is Warsaw's, and the exercise's 12 September Minsk's.
 */
public final class ArticleDossier {
  private ArticleDossier() {}

  /** Poland's time zone: the days of events in Poland are its days. */
  private static final ZoneId WARSAW_TIME = ZoneId.of("Europe/Warsaw");

  /** Belarus's time zone: the exercise's days are its days. */
  private static final ZoneId MINSK_TIME = ZoneId.of("Europe/Minsk");

  // Sources -------------------------------------------------------------------------------------

  /** The article: its text gives no title, and of its date only the week of 8 September 2025. */
  public static final Source ARTICLE = Source.builder()
      .id(EntityId.of("source/atlantic-council-zapad-2025"))
      .kind(SourceKind.ARTICLE)
      .publisher("Atlantic Council")
      .addAuthors("Hanna Liubakova")
      .published(TimePoint.month(2025, 9))
      .build();

  /** F28: the article's photograph and its credit. */
  public static final Source PHOTO = Source.builder()
      .id(EntityId.of("source/reuters-zapad-2021-photo"))
      .kind(SourceKind.PHOTOGRAPH)
      .title("Russian paratroopers walk before boarding Ilyushin Il-76 transport planes as they "
          + "take part in the military exercises “Zapad-2021” staged by the armed forces of Russia "
          + "and Belarus at an aerodrome in Kaliningrad Region, Russia. September 13, 2021.")
      .publisher("Reuters")
      .addAuthors("Vitaly Nevar")
      .published(TimePoint.day(2021, 9, 13))
      .build();

  private static Attribution article(Hedge hedge) {
    return Attribution.of(Ref.to(ARTICLE), hedge);
  }

  private static Attribution article(Hedge hedge, String assertedBy) {
    return Attribution.builder().source(Ref.to(ARTICLE)).hedge(hedge)
        .assertedByDescription(assertedBy).build();
  }

  // Actors ----------------------------------------------------------------------------------------

  public static final State BELARUS = StateCatalogue.get("BY");
  public static final State RUSSIA = StateCatalogue.get("RU");
  public static final State POLAND = StateCatalogue.get("PL");
  public static final State UKRAINE = StateCatalogue.get("UA");
  public static final State LITHUANIA = StateCatalogue.get("LT");
  public static final State UNITED_STATES = StateCatalogue.get("US");

  public static final Organization NATO = Organization.builder()
      .id(EntityId.of("org/nato")).name("NATO").kind(OrganizationKind.ALLIANCE)
      .addOtherNames(Name.of("North Atlantic Treaty Organization")).build();
  public static final Organization EU = Organization.builder()
      .id(EntityId.of("org/eu")).name("the EU").kind(OrganizationKind.SUPRANATIONAL_UNION)
      .addOtherNames(Name.of("European Union")).build();
  public static final Organization POLISH_PARLIAMENT = Organization.builder()
      .id(EntityId.of("org/polish-parliament")).name("the Polish parliament")
      .kind(OrganizationKind.LEGISLATURE).state(Ref.to(POLAND)).build();
  public static final Organization RUSSIAN_MILITARY = Organization.builder()
      .id(EntityId.of("org/russian-military")).name("the Russian military")
      .kind(OrganizationKind.ARMED_FORCES).state(Ref.to(RUSSIA)).build();
  public static final Organization KREMLIN = Organization.builder()
      .id(EntityId.of("org/kremlin")).name("the Kremlin")
      .kind(OrganizationKind.GOVERNMENT).state(Ref.to(RUSSIA)).build();

  public static final Person PUTIN = person("person/vladimir-putin", "Vladimir Putin");
  public static final Person TRUMP = person("person/donald-trump", "Donald Trump");
  public static final Person TUSK = person("person/donald-tusk", "Donald Tusk");
  public static final Person LIUBAKOVA = person("person/hanna-liubakova", "Hanna Liubakova");
  /** Alyaksandr Lukashenka, with the other spellings of his name. */
  public static final Person LUKASHENKA = Person.builder()
      .id(EntityId.of("person/alyaksandr-lukashenka"))
      .name("Alyaksandr Lukashenka")
      .addOtherNames(Name.of("Alexander Lukashenko"),
          Name.of("Аляксандр Лукашэнка", "be", "Cyrl"),
          Name.of("Александр Лукашенко", "ru", "Cyrl"))
      .build();

  public static final Collective POLISH_MILITARY_OFFICIALS =
      group("group/polish-military-officials", "Polish military officials", POLAND);
  public static final Collective OFFICIALS_IN_MINSK =
      group("group/officials-in-minsk", "officials in Minsk", BELARUS);
  public static final Collective AUTHORITIES_IN_MINSK =
      group("group/authorities-in-minsk", "the authorities in Minsk", BELARUS);
  public static final Collective WARSAW_COUNTERPARTS =
      group("group/warsaw-counterparts", "their Warsaw counterparts", POLAND);
  public static final Collective NATO_FORCES_NEAR_BELARUS =
      group("group/nato-forces-near-belarus", "NATO forces across the border from Belarus", NATO);
  public static final Collective WESTERN_GOVERNMENTS = Collective.builder()
      .id(EntityId.of("group/western-governments")).name("Western governments").build();
  public static final Collective RUSSIAN_PARATROOPERS =
      group("group/russian-paratroopers", "Russian paratroopers", RUSSIA);
  /** F20: "Almost 300 Belarusian state enterprises". */
  public static final Collective STATE_ENTERPRISES = Collective.builder()
      .id(EntityId.of("group/belarusian-state-enterprises"))
      .name("Belarusian state enterprises")
      .affiliation(Ref.to(BELARUS))
      .kind(OrganizationKind.STATE_ENTERPRISE)
      .size(UncertainCount.almost(300).withPhrase("Almost 300"))
      .build();

  private static Person person(String id, String name) {
    return Person.builder().id(EntityId.of(id)).name(name).build();
  }

  private static Collective group(String id, String name, Actor of) {
    return Collective.builder().id(EntityId.of(id)).name(name).affiliation(Ref.to(of)).build();
  }

  // Places: the coordinates are the places' well-known locations, not the article's ----------------

  static final Place WARSAW = Place.builder().name("Warsaw").country(Ref.to(POLAND))
      .point(GeoPoint.of(52.2297, 21.0122)).precision(PlacePrecision.SETTLEMENT).build();
  static final Place ALASKA = Place.builder().name("Alaska").country(Ref.to(UNITED_STATES))
      .point(GeoPoint.of(64.0, -150.0)).precision(PlacePrecision.REGION).build();
  static final Place KALININGRAD_AERODROME = Place.builder()
      .name("an aerodrome in Kaliningrad Region").country(Ref.to(RUSSIA))
      .point(GeoPoint.of(54.71, 20.51)).precision(PlacePrecision.REGION).build();
  static final Place POLISH_SKIES = Place.builder().name("the skies above Poland")
      .country(Ref.to(POLAND)).precision(PlacePrecision.COUNTRY).build();
  static final Place ACROSS_BELARUS = Place.builder().name("across Belarus")
      .country(Ref.to(BELARUS)).precision(PlacePrecision.COUNTRY).build();

  // Events ----------------------------------------------------------------------------------------

  /** F07: "Russia's February 2022 invasion of Ukraine", at month precision. */
  public static final GeneralEvent INVASION = GeneralEvent.builder()
      .id(EntityId.of("event/russian-invasion-of-ukraine-2022"))
      .title("Russia's full-scale invasion of Ukraine")
      .kind(EventKind.ASSAULT)
      .when(Period.from(TimePoint.month(2022, 2)))
      .addParticipants(Participant.of(Ref.to(RUSSIA), ParticipantRole.INITIATOR),
          Participant.of(Ref.to(UKRAINE), ParticipantRole.TARGET))
      .addAttributions(article(STATED))
      .build();

  /** F06, F28: Zapad 2021, used as cover for the invasion; photographed in Kaliningrad Region. */
  public static final MilitaryExercise ZAPAD_2021 = MilitaryExercise.builder()
      .id(EntityId.of("exercise/zapad-2021"))
      .title("Zapad 2021")
      .series("Zapad")
      .edition(2021)
      .when(Period.at(TimePoint.year(2021)))
      .addHosts(Ref.to(RUSSIA), Ref.to(BELARUS))
      .status(ExerciseStatus.COMPLETED)
      .addPlaces(KALININGRAD_AERODROME)
      .addParticipants(Participant.of(Ref.to(RUSSIA), ParticipantRole.ORGANIZER),
          Participant.of(Ref.to(BELARUS), ParticipantRole.ORGANIZER))
      .addLinks(EventLink.builder().kind(LinkKind.USED_AS_COVER_FOR).target(Ref.to(INVASION))
          .description("used as cover for preparations ahead of Russia's February 2022 "
              + "invasion of Ukraine")
          .addAttributions(article(STATED)).build())
      .addAttributions(article(STATED), Attribution.of(Ref.to(PHOTO), STATED))
      .build();

  /** F28: the moment of the photograph. */
  public static final GeneralEvent PARATROOPERS_BOARD = GeneralEvent.builder()
      .id(EntityId.of("event/zapad-2021-paratroopers-board-il-76"))
      .title("Russian paratroopers board Il-76 transport planes during Zapad-2021")
      .kind(EventKind.MOBILIZE)
      .description("Russian paratroopers walk before boarding Ilyushin Il-76 transport planes")
      .when(Period.at(TimePoint.day(2021, 9, 13)))
      .addPlaces(KALININGRAD_AERODROME)
      .addParticipants(Participant.of(Ref.to(RUSSIAN_PARATROOPERS), ParticipantRole.PARTICIPANT))
      .addLinks(EventLink.of(LinkKind.PART_OF, Ref.to(ZAPAD_2021)))
      .addAttributions(Attribution.of(Ref.to(PHOTO), STATED))
      .build();

  /** F05: the planned 2023 iteration, cancelled. */
  public static final MilitaryExercise ZAPAD_2023 = MilitaryExercise.builder()
      .id(EntityId.of("exercise/zapad-2023"))
      .title("Zapad 2023")
      .series("Zapad")
      .edition(2023)
      .when(Period.at(TimePoint.year(2023)))
      .addHosts(Ref.to(RUSSIA), Ref.to(BELARUS))
      .status(ExerciseStatus.CANCELLED)
      .statusReason("Russian troops and equipment were needed for the ongoing invasion of Ukraine")
      .addParticipants(Participant.of(Ref.to(RUSSIA), ParticipantRole.ORGANIZER),
          Participant.of(Ref.to(BELARUS), ParticipantRole.ORGANIZER))
      .addAttributions(article(STATED))
      .build();

  /** F01–F04: Zapad 2025, hosted by Belarus with Russia from 12 September 2025. */
  public static final MilitaryExercise ZAPAD_2025 = MilitaryExercise.builder()
      .id(EntityId.of("exercise/zapad-2025"))
      .title("Zapad 2025")
      .description("“Zapad”, meaning “West” in Russian: large-scale drills jointly organized for "
          + "a number of years by Russia and Belarus")
      .series("Zapad")
      .edition(2025)
      .when(Period.builder().start(TimePoint.day(2025, 9, 12).inZone(MINSK_TIME))
          .phrase("On September 12").build())
      .addHosts(Ref.to(BELARUS))
      .status(ExerciseStatus.PLANNED)
      .addParticipants(Participant.of(Ref.to(BELARUS), ParticipantRole.HOST),
          Participant.of(Ref.to(RUSSIA), ParticipantRole.PARTICIPANT))
      .addLinks(
          EventLink.builder().kind(LinkKind.LARGER_THAN).target(Ref.to(INVASION))
              .description("their largest joint military exercises since the start of Moscow's "
                  + "full-scale invasion of Ukraine")
              .addAttributions(article(STATED)).build(),
          EventLink.builder().kind(LinkKind.SMALLER_THAN).target(Ref.to(ZAPAD_2021))
              .description("significantly smaller in scale that the 2021 exercises")
              .addAttributions(article(STATED)).build())
      .addAttributions(article(STATED))
      .build();

  /** F13: the August summit in Alaska, at month precision. */
  public static final Meeting ALASKA_SUMMIT = Meeting.builder()
      .id(EntityId.of("meeting/putin-trump-alaska-2025"))
      .title("Putin–Trump summit meeting in Alaska")
      .when(Period.at(TimePoint.month(2025, 8)))
      .addPlaces(ALASKA)
      .addParticipants(Participant.of(Ref.to(PUTIN), ParticipantRole.PARTICIPANT),
          Participant.of(Ref.to(TRUMP), ParticipantRole.PARTICIPANT))
      .addAttributions(article(STATED))
      .build();

  /** F13: "a series of alarming escalations by the Kremlin" after the summit. */
  public static final GeneralEvent ESCALATIONS = GeneralEvent.builder()
      .id(EntityId.of("event/kremlin-escalations-2025"))
      .title("Escalations by the Kremlin after the Alaska summit")
      .kind(EventKind.THREATEN)
      .description("a series of alarming escalations by the Kremlin")
      .addParticipants(Participant.of(Ref.to(KREMLIN), ParticipantRole.INITIATOR))
      .addLinks(EventLink.of(LinkKind.FOLLOWS, Ref.to(ALASKA_SUMMIT)))
      .addAttributions(article(STATED))
      .build();

  /** F08–F11, F25: the drone incursion into Poland, early on 10 September 2025. */
  public static final AirspaceIncident INCURSION = AirspaceIncident.builder()
      .id(EntityId.of("incident/russian-drones-over-poland-2025-09-10"))
      .title("Russian drones penetrate Polish airspace")
      .when(Period.builder().start(TimePoint.day(2025, 9, 10).inZone(WARSAW_TIME))
          .end(TimePoint.day(2025, 9, 10).inZone(WARSAW_TIME))
          .phrase("early on September 10").build())
      .airspace(Airspace.of(Ref.to(POLAND)))
      .addPlaces(POLISH_SKIES)
      .addParticipants(Participant.of(Ref.to(RUSSIA), ParticipantRole.INITIATOR),
          Participant.of(Ref.to(POLAND), ParticipantRole.TARGET))
      .addIntrusions(Intrusion.builder()
          .platform(PlatformKind.DRONE)
          .count(UncertainCount.atLeast(19).withPhrase("at least nineteen"))
          .addOrigin(Claim.of(Ref.to(RUSSIA), article(STATED)))
          .addTransits(Transit.of(Ref.to(BELARUS), UncertainCount.some().withPhrase("Some")))
          .build())
      .addResponses(Response.builder()
          .addResponders(Ref.to(POLAND), Ref.to(NATO))
          .addAssets("jets")
          .action(ResponseAction.SHOT_DOWN)
          .count(UncertainCount.some().withPhrase("a number of"))
          .attribution(article(REPORTED))
          .build())
      .addClaims(
          Claim.of("the first time in NATO history that alliance fighter pilots have engaged "
              + "Russian targets in allied airspace", article(DECLARED, "officials")),
          Claim.of("the Belarusians avoided blaming Russia directly for the incident",
              article(STATED)))
      .addLinks(EventLink.of(LinkKind.PART_OF, Ref.to(ESCALATIONS)))
      .addAttributions(article(STATED))
      .build();

  /** F12: Tusk to members of the Polish parliament, in Warsaw. */
  public static final Statement TUSK_STATEMENT = Statement.builder()
      .id(EntityId.of("statement/tusk-closest-to-open-conflict"))
      .title("Tusk: the closest to open conflict since World War II")
      .speaker(Ref.to(TUSK))
      .addAudience(Ref.to(POLISH_PARLIAMENT))
      .venue(WARSAW)
      .addPlaces(WARSAW)
      .quote(Quote.builder()
          .text("the closest we have been to open conflict since World War II")
          .attribution(Attribution.builder().source(Ref.to(ARTICLE)).assertedBy(Ref.to(TUSK))
              .hedge(STATED).build())
          .build())
      .description("Addressing members of the Polish parliament in Warsaw")
      .addLinks(EventLink.of(LinkKind.RESPONSE_TO, Ref.to(INCURSION)))
      .addAttributions(article(STATED))
      .build();

  /** F14: Minsk sought to downplay the exercises. */
  public static final Statement MINSK_DOWNPLAYS = Statement.builder()
      .id(EntityId.of("statement/minsk-downplays-zapad-2025"))
      .title("Minsk downplays the joint exercises")
      .speaker(Ref.to(AUTHORITIES_IN_MINSK))
      .summary("sought to downplay the significance of the joint exercises")
      .addLinks(EventLink.of(LinkKind.of("concerns"), Ref.to(ZAPAD_2025)))
      .addAttributions(article(STATED))
      .build();

  /** F16: fortification of the frontier. */
  public static final GeneralEvent BORDER_DEFENSES = GeneralEvent.builder()
      .id(EntityId.of("event/lithuania-poland-border-defenses"))
      .title("Lithuania and Poland accelerate border defenses")
      .kind(EventKind.MOBILIZE)
      .mode("fortify")
      .description("accelerating construction work on enhanced border defenses")
      .addParticipants(Participant.of(Ref.to(LITHUANIA), ParticipantRole.INITIATOR),
          Participant.of(Ref.to(POLAND), ParticipantRole.INITIATOR))
      .addAttributions(article(STATED))
      .build();

  /** F17: Poland closes its border crossings with Belarus during the exercises. */
  public static final BorderClosure BORDER_CLOSURE = BorderClosure.builder()
      .id(EntityId.of("closure/poland-belarus-zapad-2025"))
      .title("Poland closes border crossings with Belarus during Zapad 2025")
      .when(Period.builder().start(TimePoint.day(2025, 9, 12).inZone(WARSAW_TIME))
          .phrase("during the military exercises").build())
      .closingState(Ref.to(POLAND))
      .neighbour(Ref.to(BELARUS))
      .reason("citing the risk of provocations tied to the drills")
      .relatedExercise(Ref.to(ZAPAD_2025))
      .addLinks(EventLink.of(LinkKind.RESPONSE_TO, Ref.to(ZAPAD_2025)))
      .addAttributions(article(STATED, "the Polish authorities"))
      .build();

  /** F18: NATO forces on high alert during the drills. */
  public static final GeneralEvent HIGH_ALERT = GeneralEvent.builder()
      .id(EntityId.of("event/nato-high-alert-zapad-2025"))
      .title("NATO forces on high alert during Zapad 2025")
      .kind(EventKind.MOBILIZE)
      .mode("raise-alert")
      .description("will be on high alert for any further escalations during the drills")
      .when(Period.builder().start(TimePoint.day(2025, 9, 12)).phrase("during the drills")
          .build())
      .addParticipants(Participant.of(Ref.to(NATO_FORCES_NEAR_BELARUS),
          ParticipantRole.PARTICIPANT))
      .addLinks(EventLink.of(LinkKind.RESPONSE_TO, Ref.to(ZAPAD_2025)))
      .addAttributions(article(STATED))
      .build();

  /** F21: the 2020 crackdown. */
  public static final GeneralEvent CRACKDOWN_2020 = GeneralEvent.builder()
      .id(EntityId.of("event/belarus-protest-crackdown-2020"))
      .title("Suppression of anti-regime protests across Belarus")
      .kind(EventKind.COERCE)
      .description("the brutal suppression of anti-regime protests across Belarus")
      .when(Period.at(TimePoint.year(2020)))
      .addPlaces(ACROSS_BELARUS)
      .addParticipants(Participant.of(Ref.to(LUKASHENKA), ParticipantRole.INITIATOR))
      .addAttributions(article(STATED))
      .build();

  /** F22: regime opponents exiled. */
  public static final GeneralEvent EXILE = GeneralEvent.builder()
      .id(EntityId.of("event/belarus-opponents-exiled"))
      .title("Regime opponents exiled from Belarus")
      .kind(EventKind.COERCE)
      .mode("exile")
      .description("regime opponents exiled")
      .addParticipants(Participant.of(Ref.to(BELARUS), ParticipantRole.INITIATOR))
      .addAttributions(article(STATED))
      .build();

  /** F23: Minsk's advance warning to Warsaw. */
  public static final Warning WARNING = Warning.builder()
      .id(EntityId.of("warning/minsk-to-warsaw-2025-09-10"))
      .title("Officials in Minsk warn Warsaw of incoming drones")
      .when(Period.builder().start(TimePoint.day(2025, 9, 10).inZone(WARSAW_TIME))
          .end(TimePoint.day(2025, 9, 10).inZone(WARSAW_TIME))
          .phrase("Early on Wednesday morning").build())
      .by(Ref.to(OFFICIALS_IN_MINSK))
      .to(Ref.to(WARSAW_COUNTERPARTS))
      .about("drones were heading their way from the direction of Belarus")
      .addLinks(EventLink.of(LinkKind.of("concerns"), Ref.to(INCURSION)))
      .addAttributions(article(REPORTED))
      .build();

  /** F24: Poland's answer, and the Polish military officials' words. */
  public static final Statement POLAND_ANSWERS = Statement.builder()
      .id(EntityId.of("statement/poland-warning-unexpected-but-helpful"))
      .title("Poland: the warning was unexpected but helpful")
      .speaker(Ref.to(POLAND))
      .summary("Poland said this information was unexpected but helpful")
      .addLinks(EventLink.of(LinkKind.RESPONSE_TO, Ref.to(WARNING)))
      .addAttributions(article(STATED))
      .build();

  public static final Statement OFFICIALS_COMMENT = Statement.builder()
      .id(EntityId.of("statement/polish-military-officials-surprising"))
      .title("Polish military officials: surprising that Belarus decided to cooperate")
      .speaker(Ref.to(POLISH_MILITARY_OFFICIALS))
      .quote(Quote.builder()
          .text("It was surprising that Belarus, which is really trying to escalate the situation "
              + "on our land border, decided to cooperate in this way")
          .attribution(Attribution.builder().source(Ref.to(ARTICLE))
              .assertedBy(Ref.to(POLISH_MILITARY_OFFICIALS)).hedge(STATED).build())
          .build())
      .addLinks(EventLink.of(LinkKind.RESPONSE_TO, Ref.to(WARNING)))
      .addAttributions(article(STATED))
      .build();

  /** F27: the author's recommendation. */
  public static final Statement RECOMMENDATION = Statement.builder()
      .id(EntityId.of("statement/liubakova-press-for-release"))
      .title("Western governments should press Lukashenka for the release of political prisoners")
      .speaker(Ref.to(LIUBAKOVA))
      .addAudience(Ref.to(WESTERN_GOVERNMENTS))
      .summary("Western governments should seize this opportunity to press Lukashenka harder for "
          + "the release of Belarusian political prisoners and an end to the repression of "
          + "domestic opponents")
      .addAttributions(article(STATED))
      .build();

  // Relations -------------------------------------------------------------------------------------

  private static Office office(String id, Person holder, String title, Actor of) {
    return Office.builder().id(EntityId.of(id)).holder(Ref.to(holder)).title(title)
        .of(Ref.to(of)).addAttributions(article(STATED)).build();
  }

  public static final Office PUTIN_PRESIDENT =
      office("office/putin-president-of-russia", PUTIN, "President", RUSSIA);
  public static final Office TRUMP_PRESIDENT =
      office("office/trump-president-of-the-united-states", TRUMP, "President", UNITED_STATES);
  public static final Office TUSK_PRIME_MINISTER =
      office("office/tusk-prime-minister-of-poland", TUSK, "Prime Minister", POLAND);
  public static final Office LUKASHENKA_RULER =
      office("office/lukashenka-ruler-of-belarus", LUKASHENKA, "dictator", BELARUS);

  /** "Polish and other NATO jets", "allied airspace": Poland is in NATO (since when, not said). */
  public static final Membership POLAND_IN_NATO = Membership.builder()
      .id(EntityId.of("membership/poland-nato")).member(Ref.to(POLAND))
      .organization(Ref.to(NATO)).addAttributions(article(STATED)).build();

  private static ActorRelation relation(String id, Actor subject, RelationKind kind, Actor to,
      String words, Attribution by) {
    return ActorRelation.builder().id(EntityId.of(id)).subject(Ref.to(subject)).kind(kind)
        .to(Ref.to(to)).description(words).addAttributions(by).build();
  }

  /** F15. */
  public static final ActorRelation LUKASHENKA_ACCOMPLICE = relation(
      "relation/lukashenka-supports-russia-war", LUKASHENKA, RelationKind.SUPPORTS, RUSSIA,
      "a key accomplice in Russia's war effort who poses a security threat to NATO's eastern "
          + "flank", article(STATED));
  /** F19. */
  public static final ActorRelation BELARUS_HOSTS_RUSSIA = relation(
      "relation/belarus-hosts-russian-forces", BELARUS, RelationKind.HOSTS_FORCES_OF, RUSSIA,
      "Infrastructure for hosting Russian troops is already in place including missile "
          + "facilities, fortified munitions depots, and expanded rail links", article(STATED));
  /** F20. */
  public static final ActorRelation ENTERPRISES_SUPPLY = relation(
      "relation/belarusian-enterprises-supply-russian-military", STATE_ENTERPRISES,
      RelationKind.SUPPLIES_WEAPONS_TO, RUSSIAN_MILITARY,
      "involved in the production of weapons or munitions for the Russian military",
      article(REPORTED));
  /** F21: since 2020. */
  public static final ActorRelation LUKASHENKA_DEPENDS = ActorRelation.builder()
      .id(EntityId.of("relation/lukashenka-depends-on-kremlin"))
      .subject(Ref.to(LUKASHENKA)).kind(RelationKind.DEPENDS_ON).to(Ref.to(KREMLIN))
      .description("he became dependent on the Kremlin for his political survival")
      .period(Period.builder().start(TimePoint.year(2020)).phrase("ever since 2020").build())
      .addAttributions(article(STATED))
      .build();

  /** F26: "creeping annexation", as some have characterized it. */
  public static final ActorRelation CREEPING_ANNEXATION = ActorRelation.builder()
      .id(EntityId.of("relation/russia-influence-in-belarus"))
      .subject(Ref.to(RUSSIA)).kind(RelationKind.INFLUENCES).to(Ref.to(BELARUS))
      .description("creeping annexation")
      .period(Period.builder().start(TimePoint.year(2020)).phrase("Over the past five years")
          .build())
      .addAttributions(article(CLAIMED, "some"))
      .build();

  // Statistics ------------------------------------------------------------------------------------

  /** F22. */
  public static final Statistic POLITICAL_PRISONERS = Statistic.builder()
      .id(EntityId.of("statistic/belarus-political-prisoners-2025-09"))
      .metric(Metric.POLITICAL_PRISONERS)
      .subject(Ref.to(BELARUS))
      .asOf(TimePoint.month(2025, 9))
      .count(UncertainCount.moreThan(1000).withPhrase("over a thousand"))
      .attribution(article(STATED))
      .build();

  /** F20. */
  public static final Statistic MUNITIONS_ENTERPRISES = Statistic.builder()
      .id(EntityId.of("statistic/belarus-munitions-enterprises-2025-09"))
      .metric(Metric.STATE_ENTERPRISES_PRODUCING_MUNITIONS)
      .subject(Ref.to(BELARUS))
      .asOf(TimePoint.month(2025, 9))
      .count(UncertainCount.almost(300).withPhrase("Almost 300"))
      .attribution(article(REPORTED))
      .build();

  /** The whole article. */
  public static final Dossier DOSSIER = Dossier.builder()
      .title("The Atlantic Council article on Zapad 2025, fact by fact")
      .addSources(ARTICLE, PHOTO)
      .addActors(BELARUS, RUSSIA, POLAND, UKRAINE, LITHUANIA, UNITED_STATES, NATO, EU,
          POLISH_PARLIAMENT, RUSSIAN_MILITARY, KREMLIN, PUTIN, TRUMP, TUSK, LUKASHENKA, LIUBAKOVA,
          POLISH_MILITARY_OFFICIALS, OFFICIALS_IN_MINSK, AUTHORITIES_IN_MINSK, WARSAW_COUNTERPARTS,
          NATO_FORCES_NEAR_BELARUS, WESTERN_GOVERNMENTS, RUSSIAN_PARATROOPERS, STATE_ENTERPRISES)
      .addRelations(PUTIN_PRESIDENT, TRUMP_PRESIDENT, TUSK_PRIME_MINISTER, LUKASHENKA_RULER,
          POLAND_IN_NATO, LUKASHENKA_ACCOMPLICE, BELARUS_HOSTS_RUSSIA, ENTERPRISES_SUPPLY,
          LUKASHENKA_DEPENDS, CREEPING_ANNEXATION)
      .addEvents(ZAPAD_2025, ZAPAD_2023, ZAPAD_2021, PARATROOPERS_BOARD, INVASION, ALASKA_SUMMIT,
          ESCALATIONS, INCURSION, TUSK_STATEMENT, MINSK_DOWNPLAYS, BORDER_DEFENSES, BORDER_CLOSURE,
          HIGH_ALERT, CRACKDOWN_2020, EXILE, WARNING, POLAND_ANSWERS, OFFICIALS_COMMENT,
          RECOMMENDATION)
      .addStatistics(POLITICAL_PRISONERS, MUNITIONS_ENTERPRISES)
      .build();
}
