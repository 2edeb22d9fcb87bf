package dev.sitrep.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.ActorRelation;
import dev.sitrep.core.actor.Collective;
import dev.sitrep.core.actor.Office;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.Relation;
import dev.sitrep.core.actor.RelationKind;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.airspace.Intrusion;
import dev.sitrep.core.airspace.PlatformKind;
import dev.sitrep.core.airspace.Response;
import dev.sitrep.core.airspace.ResponseAction;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.BorderClosure;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.EventKind;
import dev.sitrep.core.event.EventLink;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.LinkKind;
import dev.sitrep.core.event.Meeting;
import dev.sitrep.core.event.ParticipantRole;
import dev.sitrep.core.event.Statement;
import dev.sitrep.core.event.Warning;
import dev.sitrep.core.exercise.ExerciseStatus;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.provenance.SourceKind;
import dev.sitrep.core.quantity.Answer;
import dev.sitrep.core.quantity.Qualifier;
import dev.sitrep.core.statistic.Metric;
import dev.sitrep.core.statistic.Statistic;
import dev.sitrep.core.time.Precision;
import dev.sitrep.core.time.TimePoint;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * One test a fact of {@code facts.md}: each finds its fact by querying the dossier through the
 * public API (lookups, the timeline, the typed values), and checks it is cited to the article.
 */
class ArticleFactsTest {
  private static final Dossier D = ArticleDossier.DOSSIER;
  private static final Ref<Source> ARTICLE = Ref.of("source/atlantic-council-zapad-2025");

  private static <T extends Event> T event(String id, Class<T> kind) {
    return D.find(Ref.<T>of(id), kind).orElseThrow();
  }

  private static Actor actor(String name) {
    List<Actor> found = D.findActors(name);
    assertThat(found).as("actors named %s", name).isNotEmpty();
    return found.get(0);  // an exact name comes before names that only contain its words
  }

  private static Ref<Actor> ref(String name) {
    return Ref.to(actor(name));
  }

  private static boolean citesArticle(List<Attribution> attributions) {
    return attributions.stream().anyMatch(a -> a.source().equals(ARTICLE));
  }

  private static List<ActorRelation> relations(RelationKind kind) {
    return D.relations().stream().filter(r -> r instanceof ActorRelation)
        .map(r -> (ActorRelation) r).filter(r -> r.kind().equals(kind))
        .collect(Collectors.toList());
  }

  private static MilitaryExercise zapad(int edition) {
    return D.events().stream().filter(e -> e instanceof MilitaryExercise)
        .map(e -> (MilitaryExercise) e)
        .filter(x -> x.series().equals(java.util.Optional.of("Zapad"))
            && x.edition().equals(java.util.OptionalInt.of(edition)))
        .findFirst().orElseThrow();
  }

  private static EventLink link(Event from, LinkKind kind) {
    return from.links().stream().filter(l -> l.kind().equals(kind)).findFirst().orElseThrow();
  }

  @Test
  void theDossierIsValid() {
    assertThat(D.validate().problems()).isEmpty();
  }

  @Test
  void f01Zapad2025IsAJointExerciseHostedByBelarusFrom12September() {
    MilitaryExercise z = zapad(2025);
    assertThat(z.hosts()).extracting(Ref::id).containsExactly(actor("Belarus").id());
    assertThat(z.participants()).anyMatch(p -> p.actor().equals(ref("Russia")));
    assertThat(z.when().orElseThrow().start())
        .isEqualTo(TimePoint.day(2025, 9, 12).inZone(ZoneId.of("Europe/Minsk")));
    assertThat(citesArticle(z.attributions())).isTrue();
  }

  @Test
  void f02Zapad2025IsTheLargestJointExerciseSinceTheInvasion() {
    EventLink largest = link(zapad(2025), LinkKind.LARGER_THAN);
    assertThat(D.find(largest.target(), GeneralEvent.class).orElseThrow().kind())
        .isEqualTo(EventKind.ASSAULT);
    assertThat(largest.description().orElseThrow()).contains("largest joint military exercises");
    assertThat(citesArticle(largest.attributions())).isTrue();
  }

  @Test
  void f03Zapad2025IsSignificantlySmallerThanZapad2021() {
    EventLink smaller = link(zapad(2025), LinkKind.SMALLER_THAN);
    assertThat(smaller.target().id()).isEqualTo(zapad(2021).id());
    assertThat(smaller.description().orElseThrow()).contains("significantly smaller");
  }

  @Test
  void f04ZapadMeansWestAndIsOrganizedJointly() {
    MilitaryExercise z = zapad(2025);
    assertThat(z.series()).hasValue("Zapad");
    assertThat(z.description().orElseThrow()).contains("“West” in Russian")
        .contains("jointly organized for a number of years by Russia and Belarus");
  }

  @Test
  void f05Zapad2023WasPlannedAndCancelled() {
    MilitaryExercise z = zapad(2023);
    assertThat(z.status()).isEqualTo(ExerciseStatus.CANCELLED);
    assertThat(z.statusReason().orElseThrow())
        .contains("Russian troops and equipment were needed");
  }

  @Test
  void f06Zapad2021WasCoverForTheInvasion() {
    EventLink cover = link(zapad(2021), LinkKind.USED_AS_COVER_FOR);
    GeneralEvent invasion = D.find(cover.target(), GeneralEvent.class).orElseThrow();
    assertThat(invasion.when().orElseThrow().start()).isEqualTo(TimePoint.month(2022, 2));
    assertThat(citesArticle(cover.attributions())).isTrue();
  }

  @Test
  void f07TheInvasionBeganInFebruary2022AtMonthPrecision() {
    GeneralEvent invasion = D.timeline().stream().filter(e -> e instanceof GeneralEvent)
        .map(e -> (GeneralEvent) e).filter(e -> e.kind().equals(EventKind.ASSAULT))
        .findFirst().orElseThrow();
    assertThat(invasion.when().orElseThrow().start().precision()).isEqualTo(Precision.MONTH);
    assertThat(invasion.participants()).anyMatch(p -> p.actor().equals(ref("Russia"))
        && p.role().equals(ParticipantRole.INITIATOR));
    assertThat(invasion.participants()).anyMatch(p -> p.actor().equals(ref("Ukraine"))
        && p.role().equals(ParticipantRole.TARGET));
  }

  private static AirspaceIncident incursion() {
    // the day in Poland's calendar: in UTC it begins at 22:00 on the 9th
    return D.eventsWithin(dev.sitrep.core.time.Period.at(TimePoint.day(2025, 9, 10)
            .inZone(ZoneId.of("Europe/Warsaw")))).stream()
        .filter(e -> e instanceof AirspaceIncident).map(e -> (AirspaceIncident) e)
        .findFirst().orElseThrow();
  }

  @Test
  void f08AtLeastNineteenRussianDronesEnteredPolishAirspaceEarlyOn10September() {
    AirspaceIncident i = incursion();
    Intrusion drones = i.intrusions().get(0);
    assertThat(i.violatedState().get()).isEqualTo(Ref.to(actor("Poland")));
    assertThat(drones.platform()).isEqualTo(PlatformKind.DRONE);
    assertThat(drones.count().qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(drones.count().lower()).isEqualTo(19);
    assertThat(drones.count().phrase()).hasValue("at least nineteen");
    assertThat(drones.origin().get(0).value()).isEqualTo(Ref.to(actor("Russia")));
    assertThat(i.when().orElseThrow().phrase()).hasValue("early on September 10");
  }

  @Test
  void f09SomeCameViaBelarus() {
    var transit = incursion().intrusions().get(0).transits().get(0);
    assertThat(transit.state()).isEqualTo(Ref.to(actor("Belarus")));
    assertThat(transit.count().orElseThrow().qualifier()).isEqualTo(Qualifier.SOME);
  }

  @Test
  void f10JetsReportedlyShotDownANumberOfDrones() {
    Response r = incursion().responses().get(0);
    assertThat(r.action()).isEqualTo(ResponseAction.SHOT_DOWN);
    assertThat(r.count().orElseThrow().qualifier()).isEqualTo(Qualifier.SOME);
    assertThat(r.count().orElseThrow().phrase()).hasValue("a number of");
    assertThat(r.attribution().orElseThrow().hedge()).isEqualTo(Hedge.REPORTED);
    assertThat(r.responders()).containsExactly(Ref.to(actor("Poland")), Ref.to(actor("NATO")));
  }

  @Test
  void f11FirstTimeInNatoHistoryAsOfficialsStated() {
    var claim = incursion().claims().stream().filter(c -> c.value().contains("NATO history"))
        .findFirst().orElseThrow();
    assertThat(claim.attribution().assertedByDescription()).hasValue("officials");
    assertThat(claim.attribution().hedge()).isEqualTo(Hedge.DECLARED);
  }

  @Test
  void f12TuskToTheParliamentInWarsaw() {
    Statement s = D.eventsInvolving(ref("Donald Tusk")).stream()
        .filter(e -> e instanceof Statement).map(e -> (Statement) e).findFirst().orElseThrow();
    assertThat(s.quote().orElseThrow().text())
        .isEqualTo("the closest we have been to open conflict since World War II");
    assertThat(s.audience()).containsExactly(Ref.to(actor("the Polish parliament")));
    assertThat(s.venue().orElseThrow().name()).isEqualTo("Warsaw");
    Office office = D.relations().stream().filter(r -> r instanceof Office).map(r -> (Office) r)
        .filter(o -> o.holder().equals(Ref.to(actor("Donald Tusk")))).findFirst().orElseThrow();
    assertThat(office.title()).isEqualTo("Prime Minister");
    assertThat(office.of()).isEqualTo(Ref.to(actor("Poland")));
  }

  @Test
  void f13TheAlaskaSummitInAugust2025WasFollowedByEscalations() {
    Meeting m = D.eventsInvolving(ref("Vladimir Putin")).stream()
        .filter(e -> e instanceof Meeting).map(e -> (Meeting) e).findFirst().orElseThrow();
    assertThat(m.participants()).anyMatch(p -> p.actor().equals(ref("Donald Trump")));
    assertThat(m.when().orElseThrow().start()).isEqualTo(TimePoint.month(2025, 8));
    assertThat(m.places().get(0).name()).isEqualTo("Alaska");
    assertThat(D.events()).anyMatch(e -> e.links().stream()
        .anyMatch(l -> l.kind().equals(LinkKind.FOLLOWS) && l.target().id().equals(m.id())));
  }

  @Test
  void f14MinskSoughtToDownplayTheExercises() {
    Statement s = D.eventsInvolving(ref("the authorities in Minsk")).stream()
        .map(e -> (Statement) e).findFirst().orElseThrow();
    assertThat(s.summary().orElseThrow()).contains("downplay the significance");
    assertThat(s.links().get(0).target().id()).isEqualTo(zapad(2025).id());
  }

  @Test
  void f15LukashenkaIsAKeyAccompliceInRussiasWarEffort() {
    ActorRelation r = relations(RelationKind.SUPPORTS).get(0);
    assertThat(r.subject()).isEqualTo(Ref.to(actor("lukashenko")));
    assertThat(r.description().orElseThrow()).contains("a key accomplice in Russia's war effort")
        .contains("NATO's eastern flank");
    assertThat(D.relations()).anyMatch(x -> x instanceof Office
        && ((Office) x).holder().equals(Ref.to(actor("Лукашэнка")))
        && ((Office) x).title().equals("dictator"));
  }

  @Test
  void f16LithuaniaAndPolandAccelerateBorderDefenses() {
    GeneralEvent e = D.eventsInvolving(ref("Lithuania")).stream().map(x -> (GeneralEvent) x)
        .findFirst().orElseThrow();
    assertThat(e.kind()).isEqualTo(EventKind.MOBILIZE);
    assertThat(e.mode()).hasValue("fortify");
    assertThat(e.participants()).anyMatch(p -> p.actor().equals(ref("Poland")));
  }

  @Test
  void f17PolandClosesItsBorderCrossingsWithBelarusDuringTheExercises() {
    BorderClosure c = D.events().stream().filter(e -> e instanceof BorderClosure)
        .map(e -> (BorderClosure) e).findFirst().orElseThrow();
    assertThat(c.closingState()).isEqualTo(Ref.to(actor("Poland")));
    assertThat(c.neighbour()).isEqualTo(Ref.to(actor("Belarus")));
    assertThat(c.relatedExercise().orElseThrow().id()).isEqualTo(zapad(2025).id());
    assertThat(c.reason().orElseThrow()).contains("risk of provocations");
  }

  @Test
  void f18NatoForcesOnHighAlertDuringTheDrills() {
    GeneralEvent e = D.eventsInvolving(ref("NATO forces across the border from Belarus"))
        .stream().map(x -> (GeneralEvent) x).findFirst().orElseThrow();
    assertThat(e.mode()).hasValue("raise-alert");
    assertThat(e.description().orElseThrow()).contains("high alert");
  }

  @Test
  void f19BelarusHostsRussianMilitaryInfrastructure() {
    ActorRelation r = relations(RelationKind.HOSTS_FORCES_OF).get(0);
    assertThat(r.subject()).isEqualTo(Ref.to(actor("Belarus")));
    assertThat(r.to()).isEqualTo(Ref.to(actor("Russia")));
    assertThat(r.description().orElseThrow()).contains("missile facilities")
        .contains("fortified munitions depots").contains("expanded rail links");
  }

  @Test
  void f20Almost300StateEnterprisesReportedlyProduceMunitions() {
    Statistic s = D.statistics().stream()
        .filter(x -> x.metric().equals(Metric.STATE_ENTERPRISES_PRODUCING_MUNITIONS))
        .findFirst().orElseThrow();
    assertThat(s.count().qualifier()).isEqualTo(Qualifier.ALMOST);
    assertThat(s.count().reaches(300)).isEqualTo(Answer.NO);
    assertThat(s.attribution().hedge()).isEqualTo(Hedge.REPORTED);
    ActorRelation supply = relations(RelationKind.SUPPLIES_WEAPONS_TO).get(0);
    assertThat(((Collective) actor("Belarusian state enterprises")).size().orElseThrow().upper())
        .hasValue(299);
    assertThat(supply.to()).isEqualTo(Ref.to(actor("the Russian military")));
  }

  @Test
  void f21SinceTheCrackdownOf2020LukashenkaDependsOnTheKremlin() {
    ActorRelation r = relations(RelationKind.DEPENDS_ON).get(0);
    assertThat(r.subject()).isEqualTo(Ref.to(actor("Alyaksandr Lukashenka")));
    assertThat(r.to()).isEqualTo(Ref.to(actor("the Kremlin")));
    assertThat(r.period().orElseThrow().start()).isEqualTo(TimePoint.year(2020));
    assertThat(r.period().orElseThrow().phrase()).hasValue("ever since 2020");
    assertThat(D.eventsWithin(dev.sitrep.core.time.Period.at(TimePoint.year(2020))))
        .anyMatch(e -> e instanceof GeneralEvent
            && ((GeneralEvent) e).kind().equals(EventKind.COERCE));
  }

  @Test
  void f22OverAThousandPoliticalPrisonersAndOpponentsExiled() {
    Statistic s = D.statistics().stream()
        .filter(x -> x.metric().equals(Metric.POLITICAL_PRISONERS)).findFirst().orElseThrow();
    assertThat(s.subject()).isEqualTo(Ref.to(actor("Belarus")));
    assertThat(s.count().qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(s.count().lower()).isEqualTo(1001);
    assertThat(s.count().phrase()).hasValue("over a thousand");
    assertThat(s.asOf()).isEqualTo(TimePoint.month(2025, 9));
    assertThat(D.events()).anyMatch(e -> e instanceof GeneralEvent
        && ((GeneralEvent) e).mode().equals(java.util.Optional.of("exile")));
  }

  @Test
  void f23OfficialsInMinskWarnedWarsawEarlyOnWednesday10September() {
    Warning w = D.eventsInvolving(ref("officials in Minsk")).stream().map(e -> (Warning) e)
        .findFirst().orElseThrow();
    assertThat(w.to()).isEqualTo(Ref.to(actor("their Warsaw counterparts")));
    assertThat(w.when().orElseThrow().start())
        .isEqualTo(TimePoint.day(2025, 9, 10).inZone(ZoneId.of("Europe/Warsaw")));
    assertThat(w.when().orElseThrow().phrase()).hasValue("Early on Wednesday morning");
    assertThat(w.attributions().get(0).hedge()).isEqualTo(Hedge.REPORTED);
    List<Event> timeline = D.timeline();
    assertThat(timeline.indexOf(w)).isLessThan(timeline.indexOf(zapad(2025)));
  }

  @Test
  void f24PolandCalledTheWarningUnexpectedButHelpful() {
    List<Statement> answers = D.events().stream().filter(e -> e instanceof Statement)
        .map(e -> (Statement) e).filter(s -> s.links().stream()
            .anyMatch(l -> l.kind().equals(LinkKind.RESPONSE_TO)
                && D.find(l.target(), Warning.class).isPresent()))
        .collect(Collectors.toList());
    assertThat(answers).anyMatch(s -> s.summary().orElse("").contains("unexpected but helpful"));
    assertThat(answers).anyMatch(s -> s.speaker().equals(ref("Polish military officials"))
        && s.quote().orElseThrow().text().startsWith("It was surprising that Belarus"));
  }

  @Test
  void f25BelarusAvoidedBlamingRussiaDirectly() {
    assertThat(incursion().claims()).anyMatch(c -> c.value().contains("avoided blaming Russia"));
  }

  @Test
  void f26SomeCharacterizeRussiasInfluenceAsCreepingAnnexation() {
    ActorRelation r = relations(RelationKind.INFLUENCES).get(0);
    assertThat(r.description()).hasValue("creeping annexation");
    assertThat(r.attributions().get(0).assertedByDescription()).hasValue("some");
    assertThat(r.attributions().get(0).hedge()).isEqualTo(Hedge.CLAIMED);
  }

  @Test
  void f27TheAuthorRecommendsPressingForTheReleaseOfPoliticalPrisoners() {
    Statement s = D.eventsInvolving(ref("Hanna Liubakova")).stream().map(e -> (Statement) e)
        .findFirst().orElseThrow();
    assertThat(s.audience()).containsExactly(Ref.to(actor("Western governments")));
    assertThat(s.summary().orElseThrow())
        .contains("press Lukashenka harder for the release of Belarusian political prisoners");
    assertThat(D.find(ARTICLE, Source.class).orElseThrow().authors())
        .containsExactly("Hanna Liubakova");
  }

  @Test
  void f28ThePhotographOfParatroopersInKaliningradRegionOn13September2021() {
    Source photo = D.sources().stream().filter(s -> s.kind().equals(SourceKind.PHOTOGRAPH))
        .findFirst().orElseThrow();
    assertThat(photo.publisher()).hasValue("Reuters");
    assertThat(photo.authors()).containsExactly("Vitaly Nevar");
    Event moment = D.eventsInvolving(ref("Russian paratroopers")).get(0);
    assertThat(moment.when().orElseThrow().start()).isEqualTo(TimePoint.day(2021, 9, 13));
    assertThat(moment.places().get(0).name()).isEqualTo("an aerodrome in Kaliningrad Region");
    assertThat(moment.attributions().get(0).source()).isEqualTo(Ref.to(photo));
    assertThat(moment.links().get(0).target().id()).isEqualTo(zapad(2021).id());
    assertThat(zapad(2021).when().orElseThrow().start().contains(TimePoint.day(2021, 9, 13)))
        .isTrue();
  }

  @Test
  void everyActorTheArticleNamesIsThere() {
    for (String name : List.of("Belarus", "Russia", "Poland", "Ukraine", "Lithuania",
        "United States", "NATO", "the EU", "Vladimir Putin", "Donald Trump", "Donald Tusk",
        "Lukashenko", "Лукашенко", "the Polish parliament", "Polish military officials",
        "officials in Minsk", "the Russian military", "Belarusian state enterprises",
        "Hanna Liubakova")) {
      assertThat(D.findActors(name)).as(name).isNotEmpty();
    }
    assertThat(actor("Vladimir Putin")).isInstanceOf(Person.class);
    assertThat(actor("Belarus")).isInstanceOf(State.class);
    assertThat(D.relations()).filteredOn(r -> r instanceof Office).hasSize(4);
    assertThat(D.relations().stream().map(Relation::id).distinct().count())
        .isEqualTo(D.relations().size());
  }
}
