package dev.sitrep.core.airspace;

import static dev.sitrep.core.testing.Validity.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.geo.Airspace;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.quantity.Qualifier;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import dev.sitrep.core.time.UncertainDuration;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class AirspaceIncidentTest {
  private static final Ref<Source> ARTICLE = Ref.of("source/atlantic-council-zapad-2025");
  private static final Ref<State> POLAND = Ref.to(StateCatalogue.get("PL"));
  private static final Ref<State> RUSSIA = Ref.to(StateCatalogue.get("RU"));
  private static final Ref<State> BELARUS = Ref.to(StateCatalogue.get("BY"));

  private static Intrusion drones(UncertainCount count) {
    return Intrusion.builder()
        .platform(PlatformKind.DRONE)
        .count(count)
        .addOrigin(Claim.of(RUSSIA, Attribution.of(ARTICLE, Hedge.STATED)))
        .addTransits(Transit.of(BELARUS, UncertainCount.some().withPhrase("Some of these")))
        .build();
  }

  private static ImmutableAirspaceIncident.Builder incursion() {
    return AirspaceIncident.builder()
        .id(EntityId.of("incident/drones-over-poland-2025-09-10"))
        .title("Russian drones in Polish airspace")
        .when(Period.builder().start(TimePoint.day(2025, 9, 10))
            .end(TimePoint.day(2025, 9, 10)).phrase("early on September 10").build())
        .airspace(Airspace.of(POLAND))
        .addIntrusions(drones(UncertainCount.atLeast(19).withPhrase("at least nineteen")));
  }

  @Test
  void whatEnteredIsClaimedAndAnAssessmentSupersedesTheFirstReport() {
    Claim<PlatformKind> first = Claim.<PlatformKind>builder().value(PlatformKind.DRONE)
        .attribution(Attribution.of(ARTICLE, Hedge.REPORTED))
        .id(EntityId.of("claim/first-report")).build();
    Claim<PlatformKind> assessed = Claim.<PlatformKind>builder().value(PlatformKind.DECOY_DRONE)
        .attribution(Attribution.of(ARTICLE, Hedge.ESTIMATED))
        .supersedes(EntityId.of("claim/first-report")).build();
    Claim<String> model = Claim.of("Gerbera", Attribution.of(ARTICLE, Hedge.ESTIMATED));
    Intrusion decoys = Intrusion.builder().from(drones(UncertainCount.atLeast(19)))
        .platform(PlatformKind.DECOY_DRONE).model("Gerbera")
        .addPlatformClaims(first, assessed).addModelClaims(model).build();
    assertThat(Claim.current(decoys.platformClaims())).containsExactly(assessed);
    assertRejected(() -> Intrusion.builder().from(decoys).platform(PlatformKind.DRONE).build(),
        "platform", "must be what a current claim says, one of [decoy-drone], was drone");
    assertRejected(() -> Intrusion.builder().from(decoys).model("Shahed-136").build(),
        "model", "one of [Gerbera]");
  }

  @Test
  void whatTheResponsesShootDownAddsUp() {
    Response polish = Response.builder().action(ResponseAction.SHOT_DOWN)
        .count(UncertainCount.exactly(3)).build();
    Response dutch = Response.builder().from(polish).build();
    List<Intrusion> five = List.of(drones(UncertainCount.exactly(5)));
    assertThat(incursion().intrusions(five).addResponses(polish).build().responses()).hasSize(1);
    assertRejected(() -> incursion().intrusions(five).addResponses(polish, dutch).build(),
        "responses[1].count",
        "cannot shoot down more than entered (shot down at least 6 across the responses, at most"
            + " 5 entered)");
  }

  @Test
  void theArticlesIncidentBuilds() {
    Response shotDown = Response.builder()
        .addResponders(Ref.<Actor>of("org/polish-armed-forces"), Ref.<Actor>of("org/nato"))
        .addAssets("jets")
        .action(ResponseAction.SHOT_DOWN)
        .count(UncertainCount.some().withPhrase("a number of"))
        .attribution(Attribution.of(ARTICLE, Hedge.REPORTED))
        .build();
    AirspaceIncident incident = incursion()
        .addResponses(shotDown)
        .addClaims(Claim.of("the first time in NATO history that alliance fighter pilots have "
                + "engaged Russian targets in allied airspace",
            Attribution.builder().source(ARTICLE).assertedByDescription("officials")
                .hedge(Hedge.DECLARED).build()))
        .build();
    assertThat(incident.violatedState()).contains(POLAND);
    Intrusion in = incident.intrusions().get(0);
    assertThat(in.count().lower()).isEqualTo(19);
    assertThat(in.count().qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(in.origin().get(0).value()).isEqualTo(RUSSIA);
    assertThat(in.transits().get(0).count()).hasValueSatisfying(
        c -> assertThat(c.qualifier()).isEqualTo(Qualifier.SOME));
    Response r = incident.responses().get(0);
    assertThat(r.count().get().qualifier()).isEqualTo(Qualifier.SOME);
    assertThat(r.attribution().get().hedge()).isEqualTo(Hedge.REPORTED);
    assertThat(incident.when().get().phrase()).hasValue("early on September 10");
  }

  @Test
  void noResponseShootsDownMoreThanEntered() {
    assertThatThrownBy(() -> AirspaceIncident.builder().from(incursion().build())
        .intrusions(java.util.List.of(drones(UncertainCount.atMost(20))))
        .addResponses(Response.builder().action(ResponseAction.SHOT_DOWN)
            .count(UncertainCount.atLeast(30)).build())
        .build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("responses[0].count: cannot shoot down more than entered "
            + "(shot down at least 30, at most 20 entered)");
  }

  @Test
  void shootingDownAsManyAsCouldHaveEnteredIsAllowed() {
    AirspaceIncident ok = AirspaceIncident.builder().from(incursion().build())
        .intrusions(java.util.List.of(drones(UncertainCount.atMost(20))))
        .addResponses(Response.builder().action(ResponseAction.SHOT_DOWN)
            .count(UncertainCount.atLeast(20)).build())
        .build();
    assertThat(ok.mostThatEntered()).hasValue(20);
  }

  @Test
  void theOriginCannotBeTheViolatedState() {
    Intrusion fromPoland = Intrusion.builder().platform(PlatformKind.DRONE)
        .count(UncertainCount.exactly(1))
        .addOrigin(Claim.of(POLAND, Attribution.of(ARTICLE, Hedge.CLAIMED))).build();
    assertThatThrownBy(() -> incursion().addIntrusions(fromPoland).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("intrusions[1].origin[0].value: must differ from the violated state (state/pol)");
  }

  @Test
  void aCorrectedOriginKeepsBothClaimsTheLaterSupersedingTheEarlier() {
    Claim<Ref<State>> first = Claim.<Ref<State>>builder().id(EntityId.of("claim/first"))
        .value(BELARUS).attribution(Attribution.builder().source(ARTICLE)
            .hedge(Hedge.REPORTED).date(TimePoint.day(2025, 9, 10)).build()).build();
    Claim<Ref<State>> later = Claim.<Ref<State>>builder().id(EntityId.of("claim/later"))
        .value(RUSSIA).supersedes(EntityId.of("claim/first"))
        .attribution(Attribution.builder().source(ARTICLE).hedge(Hedge.ESTIMATED)
            .date(TimePoint.day(2025, 9, 11)).build()).build();
    Intrusion corrected = Intrusion.builder().platform(PlatformKind.DRONE)
        .count(UncertainCount.exactly(1)).addOrigin(first, later).build();
    assertThat(corrected.origin()).containsExactly(first, later);
    assertThat(Claim.current(corrected.origin())).containsExactly(later);
  }

  @Test
  void aSupersededClaimMustExist() {
    Claim<Ref<State>> dangling = Claim.<Ref<State>>builder().value(RUSSIA)
        .supersedes(EntityId.of("claim/none")).attribution(Attribution.of(ARTICLE, Hedge.CLAIMED))
        .build();
    assertThatThrownBy(() -> Intrusion.builder().platform(PlatformKind.DRONE)
        .count(UncertainCount.exactly(1)).addOrigin(dangling).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("origin[0].supersedes: must name the id of another claim, was claim/none");
  }

  @Test
  void consultationsAreHeldAfterTheyAreRequested() {
    assertThatThrownBy(() -> Consultation.builder().forum(Ref.of("org/nato")).basis("Article 4")
        .requested(TimePoint.day(2025, 9, 10)).held(TimePoint.day(2025, 9, 9)).build())
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("held: must not be before requested");
  }

  @Test
  void theViolationLastedAsLongAsItsPeriodsBoundsAllow() {
    AirspaceIncident night = incursion().when(Period.between(
        TimePoint.parse("2025-09-09T23:30Z"), TimePoint.parse("2025-09-10T06:30Z"))).build();
    assertThat(night.violationDuration()).contains(UncertainDuration.exactly(Duration.ofHours(7)));
    assertThat(incursion().build().violationDuration()).contains(UncertainDuration.between(
        Duration.ZERO, Duration.ofDays(1).minusNanos(1)));
    assertThat(incursion().when(Period.from(TimePoint.day(2025, 9, 10))).build()
        .violationDuration()).isEmpty();
    AirspaceIncident untimed = AirspaceIncident.builder().from(incursion().build())
        .when(java.util.Optional.empty()).build();
    assertThat(untimed.violationDuration()).isEmpty();
  }

  @Test
  void aReportedDurationIsKeptAndMustFitThePeriod() {
    UncertainDuration hours = UncertainDuration.about(Duration.ofHours(4))
        .withPhrase("for about four hours");
    AirspaceIncident incident = incursion().duration(hours)
        .addConsequences(Consequence.builder().kind(ConsequenceKind.AIRPORT_CLOSURE)
            .duration(hours).build())
        .build();
    assertThat(incident.duration()).contains(hours);
    assertThat(incident.consequences().get(0).duration()).contains(hours);
    assertRejected(() -> incursion().when(Period.between(TimePoint.parse("2025-09-10T04:00Z"),
            TimePoint.parse("2025-09-10T04:50Z")))
        .duration(UncertainDuration.atLeast(Duration.ofHours(1))).build(), "duration",
        "must fit the period: at least PT1H, but from 2025-09-10T04:00Z to 2025-09-10T04:50Z"
            + " lasts at most PT50M");
    assertThat(incursion().when(Period.from(TimePoint.parse("2025-09-10T04:00Z")))
        .duration(UncertainDuration.atLeast(Duration.ofDays(3))).build().duration()).isPresent();
  }
}
