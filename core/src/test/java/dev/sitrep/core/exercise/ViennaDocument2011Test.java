package dev.sitrep.core.exercise;

import static dev.sitrep.core.testing.Validity.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.quantity.Answer;
import dev.sitrep.core.quantity.Qualifier;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Examples of the assessment: the strict answer from a claim's bounds, the as-stated answer from
 * the figure the claimant gave, the reason for each, and whether they differ.
 */
class ViennaDocument2011Test {
  private static final Attribution DECLARED =
      Attribution.of(Ref.of("source/ministry-of-defence"), Hedge.DECLARED);

  private static List<Answer> answers(UncertainCount troops) {
    return assess(troops).stream().map(ViennaCheck::answer).collect(Collectors.toList());
  }

  private static List<Answer> answersAsStated(UncertainCount troops) {
    return assess(troops).stream().map(ViennaCheck::asStated).collect(Collectors.toList());
  }

  /** The checks of one troop claim: notification (9,000), then observation (13,000). */
  private static List<ViennaCheck> assess(UncertainCount troops) {
    MilitaryExercise exercise = MilitaryExercise.builder()
        .id(EntityId.of("exercise/zapad-2025"))
        .title("Zapad 2025")
        .edition(2025)
        .when(Period.from(TimePoint.day(2025, 9, 12)))
        .addHosts(Ref.to(StateCatalogue.get("BY")))
        .status(ExerciseStatus.PLANNED)
        .addStrength(Strength.of(StrengthCategory.TROOPS, troops, DECLARED))
        .build();
    return ViennaDocument2011.assess(exercise);
  }

  private static ViennaCheck notification(UncertainCount troops) {
    return assess(troops).get(0);
  }

  @Test
  void noticeIsGivenWhenTheNotificationComes42DaysOrMoreBeforeTheStart() {
    var zapad = MilitaryExercise.builder()
        .id(dev.sitrep.core.identity.EntityId.of("exercise/zapad-2025")).title("Zapad 2025")
        .addHosts(dev.sitrep.core.identity.Ref.of("state/blr")).status(ExerciseStatus.COMPLETED)
        .when(dev.sitrep.core.time.Period.builder()
            .start(dev.sitrep.core.time.TimePoint.parse("2025-09-12")).build());
    assertThat(ViennaDocument2011.noticeGiven(zapad.build())).isEqualTo(Answer.CANNOT_TELL);
    assertThat(ViennaDocument2011.noticeGiven(zapad.notification(notified("2025-07-30")).build()))
        .as("44 days").isEqualTo(Answer.YES);
    assertThat(ViennaDocument2011.noticeGiven(zapad.notification(notified("2025-08-01")).build()))
        .as("42 days").isEqualTo(Answer.YES);
    assertThat(ViennaDocument2011.noticeGiven(zapad.notification(notified("2025-08-02")).build()))
        .as("41 days").isEqualTo(Answer.NO);
    assertThat(ViennaDocument2011.noticeGiven(zapad.notification(notified("2025-08")).build()))
        .as("some day of August").isEqualTo(Answer.CANNOT_TELL);
  }

  private static Notification notified(String date) {
    return Notification.builder().date(dev.sitrep.core.time.TimePoint.parse(date))
        .channel(NotificationChannel.OSCE_COMMUNICATIONS_NETWORK).build();
  }

  @Test
  void aPartThatFallsShortSaysNothingOfTheWholeButAPartThatReachesDoes() {
    Strength partner = Strength.builder().category(StrengthCategory.TROOPS)
        .count(UncertainCount.about(3_000)).attribution(DECLARED)
        .contributor(dev.sitrep.core.identity.Ref.of("state/rus")).build();
    ViennaCheck shortfall = ViennaDocument2011.check(partner, ViennaDocument2011.THRESHOLDS.get(0));
    assertThat(shortfall.answer()).isEqualTo(Answer.CANNOT_TELL);
    assertThat(shortfall.asStated()).isEqualTo(Answer.CANNOT_TELL);
    assertThat(shortfall.asStatedReason()).isEqualTo("best guess 3000 is below 9000; the figure"
        + " counts only part of the exercise (notification, paragraph 40.1.1)");
    ImmutableStrength inBelarus = Strength.builder().from(partner).contributor(java.util.Optional.empty())
        .count(UncertainCount.atLeast(10_000)).build();
    assertThat(ViennaDocument2011.check(inBelarus, ViennaDocument2011.THRESHOLDS.get(0)).answer())
        .isEqualTo(Answer.YES);
  }

  @Test
  void aCorrectedFigureSupersedesTheDeclaredOneOfItsCategoryOnly() {
    Strength declared = Strength.builder().category(StrengthCategory.TROOPS)
        .count(UncertainCount.exactly(6_850)).attribution(DECLARED)
        .id(dev.sitrep.core.identity.EntityId.of("strength/declared")).build();
    Strength corrected = Strength.builder().from(declared)
        .id(dev.sitrep.core.identity.EntityId.of("strength/corrected"))
        .count(UncertainCount.about(13_000))
        .supersedes(dev.sitrep.core.identity.EntityId.of("strength/declared")).build();
    var exercise = MilitaryExercise.builder()
        .id(dev.sitrep.core.identity.EntityId.of("exercise/zapad-2025")).title("Zapad 2025")
        .addHosts(dev.sitrep.core.identity.Ref.of("state/blr")).status(ExerciseStatus.COMPLETED);
    assertThat(exercise.strength(List.of(declared, corrected)).build().strength()).hasSize(2);
    Strength tanks = Strength.builder().from(corrected).category(StrengthCategory.BATTLE_TANKS)
        .build();
    dev.sitrep.core.testing.Validity.assertRejected(
        () -> exercise.strength(List.of(declared, tanks)).build(), "strength[1].supersedes",
        "must name a claim about the same thing: strength/declared is about TROOPS, this claim"
            + " about BATTLE_TANKS");
  }

  @Test
  void declared12800TroopsMustBeNotifiedButNeedNoObservers() {
    assertThat(answers(UncertainCount.exactly(12_800))).containsExactly(Answer.YES, Answer.NO);
  }

  @Test
  void atLeast100000TroopsNeedBoth() {
    assertThat(answers(UncertainCount.atLeast(100_000))).containsExactly(Answer.YES, Answer.YES);
  }

  @Test
  void almost7000TroopsNeedNoNotification() {
    assertThat(answers(UncertainCount.almost(7_000)).get(0)).isEqualTo(Answer.NO);
  }

  @Test
  void between8000And10000CannotTell() {
    assertThat(answers(UncertainCount.between(8_000, 10_000)).get(0))
        .isEqualTo(Answer.CANNOT_TELL);
  }

  @Test
  void theReasonGivesTheBoundsAndTheParagraph() {
    ViennaCheck check = ViennaDocument2011.check(
        Strength.of(StrengthCategory.TROOPS, UncertainCount.between(8_000, 10_000), DECLARED),
        ViennaDocument2011.THRESHOLDS.get(0));
    assertThat(check.reason())
        .isEqualTo("bounds 8000 to 10000 straddle 9000 (notification, paragraph 40.1.1)");
  }

  @Test
  void declared12800TroopsAnswerTheSameInBothReadings() {
    assertThat(answersAsStated(UncertainCount.exactly(12_800)))
        .containsExactly(Answer.YES, Answer.NO);
    ViennaCheck check = notification(UncertainCount.exactly(12_800));
    assertThat(check.readingsDiffer()).isFalse();
    assertThat(check.asStatedReason())
        .isEqualTo("stated figure 12800 (exactly) reaches 9000 (notification, paragraph 40.1.1)");
    assertThat(notification(UncertainCount.builder().lower(12_800).upper(12_800)
        .qualifier(Qualifier.EXACTLY).build()).asStatedReason())
        .isEqualTo(check.asStatedReason());
  }

  @Test
  void about9000TroopsMustBeNotifiedAsStatedThoughStrictlyNoOneCanTell() {
    ViennaCheck check = notification(UncertainCount.about(9_000).withPhrase("about 9,000"));
    assertThat(check.answer()).isEqualTo(Answer.CANNOT_TELL);
    assertThat(check.reason())
        .isEqualTo("bounds 0 to unbounded straddle 9000 (notification, paragraph 40.1.1)");
    assertThat(check.asStated()).isEqualTo(Answer.YES);
    assertThat(check.asStatedReason())
        .isEqualTo("best guess 9000 reaches 9000 (notification, paragraph 40.1.1)");
    assertThat(check.readingsDiffer()).isTrue();
    assertThat(answersAsStated(UncertainCount.about(9_000)))
        .containsExactly(Answer.YES, Answer.NO);
  }

  @Test
  void upTo150000TroopsNeedObserversAsStated() {
    List<ViennaCheck> checks = assess(UncertainCount.upTo(150_000).withPhrase("up to 150,000"));
    assertThat(checks).extracting(ViennaCheck::answer)
        .containsExactly(Answer.CANNOT_TELL, Answer.CANNOT_TELL);
    assertThat(checks).extracting(ViennaCheck::asStated).containsExactly(Answer.YES, Answer.YES);
    assertThat(checks.get(1).reason())
        .isEqualTo("bounds 0 to 150000 straddle 13000 (observation, paragraph 47.4)");
    assertThat(checks.get(1).asStatedReason()).isEqualTo("stated figure 150000 "
        + "(up to: its upper bound) reaches 13000 (observation, paragraph 47.4)");
    assertThat(checks).allMatch(ViennaCheck::readingsDiffer);
  }

  @Test
  void atLeast9000TroopsNeedNoObserversAsStated() {
    List<ViennaCheck> checks = assess(UncertainCount.atLeast(9_000));
    assertThat(checks).extracting(ViennaCheck::answer)
        .containsExactly(Answer.YES, Answer.CANNOT_TELL);
    assertThat(checks).extracting(ViennaCheck::asStated).containsExactly(Answer.YES, Answer.NO);
    assertThat(checks.get(1).asStatedReason()).isEqualTo("stated figure 9000 "
        + "(at least: its lower bound) is below 13000 (observation, paragraph 47.4)");
    assertThat(checks).extracting(ViennaCheck::readingsDiffer).containsExactly(false, true);
  }

  @Test
  void almost7000TroopsNeedNoNotificationInEitherReading() {
    ViennaCheck check = notification(UncertainCount.almost(7_000));
    assertThat(check.answer()).isEqualTo(Answer.NO);
    assertThat(check.asStated()).isEqualTo(Answer.NO);
    assertThat(check.asStatedReason()).isEqualTo("stated figure 6999 "
        + "(almost: its upper bound) is below 9000 (notification, paragraph 40.1.1)");
  }

  @Test
  void moreThan8999TroopsStatesTheLeastCountAbove() {
    ViennaCheck check = notification(UncertainCount.moreThan(8_999));
    assertThat(check.answer()).isEqualTo(Answer.YES);
    assertThat(check.asStatedReason()).isEqualTo("stated figure 9000 "
        + "(more than: its lower bound) reaches 9000 (notification, paragraph 40.1.1)");
  }

  @Test
  void withoutASingleFigureTheAsStatedReadingIsTheStrictOne() {
    ViennaCheck check = notification(UncertainCount.between(8_000, 10_000));
    assertThat(check.asStated()).isEqualTo(Answer.CANNOT_TELL);
    assertThat(check.readingsDiffer()).isFalse();
    assertThat(check.asStatedReason()).isEqualTo("no single figure stated, so as strictly: "
        + "bounds 8000 to 10000 straddle 9000 (notification, paragraph 40.1.1)");
    assertThat(notification(UncertainCount.builder().lower(8_000).best(9_500).upper(10_000)
        .qualifier(Qualifier.BETWEEN).build()).asStated()).isEqualTo(Answer.YES);
  }

  @Test
  void aCheckWhoseReadingsContradictEachOtherIsRejected() {
    ViennaCheck check = notification(UncertainCount.exactly(12_800));
    assertRejected(() -> ImmutableViennaCheck.copyOf(check).withAsStated(Answer.NO), "asStated",
        "answer=YES", "asStated=NO");
    assertRejected(() -> ImmutableViennaCheck.copyOf(check).withAsStated(Answer.CANNOT_TELL),
        "asStated", "answer=YES");
    ViennaCheck straddling = notification(UncertainCount.about(9_000));
    assertThat(ImmutableViennaCheck.copyOf(straddling).withAsStated(Answer.NO).asStated())
        .isEqualTo(Answer.NO);
  }

  @Test
  void everyCategoryHasANotificationThreshold() {
    assertThat(ViennaDocument2011.THRESHOLDS.stream()
        .filter(t -> t.obligation() == Obligation.NOTIFICATION)
        .map(ViennaThreshold::category))
        .containsExactlyInAnyOrder(StrengthCategory.values());
  }

  @Test
  void theWholeIsAssessedFromOneClaimantsPartsThatCannotOverlap() {
    ImmutableStrength inBelarus = ImmutableStrength.copyOf(
            Strength.of(StrengthCategory.TROOPS, UncertainCount.about(6_000), DECLARED))
        .withTerritory(dev.sitrep.core.geo.Place.builder().name("Belarus")
            .country(Ref.of("state/blr")).precision(dev.sitrep.core.geo.PlacePrecision.COUNTRY)
            .build());
    ImmutableStrength inRussia = inBelarus.withTerritory(dev.sitrep.core.geo.Place.builder()
        .name("Russia").country(Ref.of("state/rus"))
        .precision(dev.sitrep.core.geo.PlacePrecision.COUNTRY).build())
        .withCount(UncertainCount.about(7_000));
    ImmutableStrength russians = inBelarus.withTerritory(Optional.empty())
        .withContributor(Ref.of("state/rus")).withCount(UncertainCount.atLeast(1_000));
    ImmutableStrength otherSource = inRussia.withAttribution(
        Attribution.of(Ref.of("source/kremlin"), Hedge.CLAIMED));
    MilitaryExercise exercise = MilitaryExercise.builder()
        .id(EntityId.of("exercise/zapad-2025")).title("Zapad 2025")
        .addHosts(Ref.of("state/blr")).status(ExerciseStatus.COMPLETED)
        .addStrength(inBelarus, russians, inRussia, otherSource).build();

    List<ViennaCheck> checks = ViennaDocument2011.assessWhole(exercise);

    // the Russian troops may be in Belarus, and another claimant's figure is not summed
    assertThat(checks).extracting(ViennaCheck::parts)
        .containsOnly(List.of(inBelarus, inRussia));
    ViennaCheck observation = checks.get(1);
    assertThat(observation.threshold().minimum()).isEqualTo(13_000);
    assertThat(observation.strength().count().best()).hasValue(13_000);
    assertThat(observation.strength().count().phrase()).hasValue("sum of 2 parts");
    assertThat(observation.strength().attribution()).isEqualTo(DECLARED);
    assertThat(observation.answer()).isEqualTo(Answer.CANNOT_TELL);
    assertThat(observation.asStated()).isEqualTo(Answer.YES);
    assertThat(observation.asStatedReason())
        .isEqualTo("best guess 13000 reaches 13000 (observation, paragraph 47.4)");

    ImmutableStrength fewer = inRussia.withCount(UncertainCount.about(1_000));
    ViennaCheck shortOf = ViennaDocument2011.assessWhole(ImmutableMilitaryExercise
        .copyOf(exercise).withStrength(inBelarus, fewer)).get(1);
    assertThat(shortOf.asStated()).isEqualTo(Answer.CANNOT_TELL);
    assertThat(shortOf.asStatedReason()).isEqualTo("best guess 7000 is below 13000; the parts"
        + " summed need not be all of the exercise (observation, paragraph 47.4)");
  }
}
