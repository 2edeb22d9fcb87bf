package dev.sitrep.core.quantity;

import static dev.sitrep.core.testing.Validity.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Examples: the article's counts, their bounds, the three-valued comparison, and the figure as
 * stated with the comparison that takes the source at its word.
 */
class UncertainCountTest {
  @Test
  void exactly19() {
    UncertainCount count = UncertainCount.exactly(19);
    assertThat(count.lower()).isEqualTo(19);
    assertThat(count.best()).hasValue(19);
    assertThat(count.upper()).hasValue(19);
    assertThat(count.qualifier()).isEqualTo(Qualifier.EXACTLY);
  }

  @Test
  void atLeast19() {
    UncertainCount drones = UncertainCount.atLeast(19).withPhrase("at least nineteen");
    assertThat(drones.lower()).isEqualTo(19);
    assertThat(drones.best()).isEmpty();
    assertThat(drones.upper()).isEmpty();
    assertThat(drones.qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(drones.phrase()).hasValue("at least nineteen");
  }

  @Test
  void almost300IsAtMost299() {
    UncertainCount enterprises = UncertainCount.almost(300);
    assertThat(enterprises.lower()).isZero();
    assertThat(enterprises.upper()).hasValue(299);
    assertThat(enterprises.qualifier()).isEqualTo(Qualifier.ALMOST);
  }

  @Test
  void moreThan1000IsAtLeast1001() {
    UncertainCount prisoners = UncertainCount.moreThan(1000).withPhrase("over a thousand");
    assertThat(prisoners.lower()).isEqualTo(1001);
    assertThat(prisoners.upper()).isEmpty();
    assertThat(prisoners.qualifier()).isEqualTo(Qualifier.MORE_THAN);
  }

  @Test
  void aNumberOfIsAtLeastOne() {
    UncertainCount shotDown = UncertainCount.some().withPhrase("a number of");
    assertThat(shotDown.lower()).isEqualTo(1);
    assertThat(shotDown.upper()).isEmpty();
    assertThat(shotDown.qualifier()).isEqualTo(Qualifier.SOME);
  }

  @Test
  void between3And4() {
    UncertainCount count = UncertainCount.between(3, 4).withPhrase("3 or 4");
    assertThat(count.lower()).isEqualTo(3);
    assertThat(count.upper()).hasValue(4);
    assertThat(count.best()).isEmpty();
    assertThat(count.qualifier()).isEqualTo(Qualifier.BETWEEN);
  }

  @Test
  void aboutAtMostAndUnknown() {
    assertThat(UncertainCount.about(13_000).best()).hasValue(13_000);
    assertThat(UncertainCount.about(13_000).lower()).isZero();
    assertThat(UncertainCount.atMost(20).upper()).hasValue(20);
    assertThat(UncertainCount.unknown().lower()).isZero();
    assertThat(UncertainCount.unknown().upper()).isEmpty();
    assertThat(UncertainCount.builder().qualifier(Qualifier.EXACTLY).lower(12_800).upper(12_800)
        .phrase("12,800 declared").build().best()).isEqualTo(OptionalLong.empty());
  }

  @Test
  void atLeast19Reaches13ButMayOrMayNotReach25() {
    UncertainCount drones = UncertainCount.atLeast(19);
    assertThat(drones.reaches(13)).isEqualTo(Answer.YES);
    assertThat(drones.reaches(19)).isEqualTo(Answer.YES);
    assertThat(drones.reaches(25)).isEqualTo(Answer.CANNOT_TELL);
  }

  @Test
  void almost300DoesNotReach301() {
    UncertainCount enterprises = UncertainCount.almost(300);
    assertThat(enterprises.reaches(301)).isEqualTo(Answer.NO);
    assertThat(enterprises.reaches(300)).isEqualTo(Answer.NO);
    assertThat(enterprises.reaches(299)).isEqualTo(Answer.CANNOT_TELL);
    assertThat(enterprises.reaches(0)).isEqualTo(Answer.YES);
  }

  @Test
  void anExactCountAnswersEveryQuestion() {
    assertThat(UncertainCount.exactly(19).reaches(19)).isEqualTo(Answer.YES);
    assertThat(UncertainCount.exactly(19).reaches(20)).isEqualTo(Answer.NO);
    assertThat(UncertainCount.between(3, 4).reaches(4)).isEqualTo(Answer.CANNOT_TELL);
    assertThat(UncertainCount.between(3, 4).reaches(5)).isEqualTo(Answer.NO);
    assertThat(UncertainCount.some().reaches(1)).isEqualTo(Answer.YES);
    assertThat(UncertainCount.some().reaches(2)).isEqualTo(Answer.CANNOT_TELL);
  }

  @Test
  void upTo150000IsStrictlyAtMost150000AndAsStated150000() {
    UncertainCount troops = UncertainCount.upTo(150_000).withPhrase("up to 150,000");
    assertThat(troops.lower()).isZero();
    assertThat(troops.best()).isEmpty();
    assertThat(troops.upper()).hasValue(150_000);
    assertThat(troops.qualifier()).isEqualTo(Qualifier.UP_TO);
    assertThat(troops.stated()).hasValue(150_000);
    assertThat(troops.reaches(13_000)).isEqualTo(Answer.CANNOT_TELL);
    assertThat(troops.reachesAsStated(13_000)).isEqualTo(Answer.YES);
    assertThat(troops.reaches(150_000)).isEqualTo(Answer.CANNOT_TELL);
    assertThat(troops.reachesAsStated(150_000)).isEqualTo(Answer.YES);
    assertThat(troops.reaches(150_001)).isEqualTo(Answer.NO);
    assertThat(troops.reachesAsStated(150_001)).isEqualTo(Answer.NO);
  }

  @Test
  void theFigureAsStatedForEachQualifier() {
    assertThat(UncertainCount.exactly(19).stated()).hasValue(19);
    assertThat(UncertainCount.builder().qualifier(Qualifier.EXACTLY).lower(12_800).upper(12_800)
        .build().stated()).hasValue(12_800);
    assertThat(UncertainCount.atLeast(19).stated()).hasValue(19);
    assertThat(UncertainCount.moreThan(1000).stated()).hasValue(1001);
    assertThat(UncertainCount.almost(300).stated()).hasValue(299);
    assertThat(UncertainCount.upTo(150_000).stated()).hasValue(150_000);
    assertThat(UncertainCount.about(9_000).stated()).hasValue(9_000);
    assertThat(UncertainCount.atMost(20).stated()).isEmpty();
    assertThat(UncertainCount.between(8_000, 10_000).stated()).isEmpty();
    assertThat(UncertainCount.some().stated()).isEmpty();
    assertThat(UncertainCount.unknown().stated()).isEmpty();
  }

  @Test
  void aBestGuessIsTheFigureAsStatedWhateverTheQualifier() {
    assertThat(UncertainCount.builder().lower(8_000).best(9_500).upper(10_000)
        .qualifier(Qualifier.BETWEEN).build().stated()).hasValue(9_500);
    assertThat(UncertainCount.builder().lower(19).best(25).qualifier(Qualifier.AT_LEAST).build()
        .stated()).hasValue(25);
    assertThat(UncertainCount.builder().best(120_000).upper(150_000).qualifier(Qualifier.UP_TO)
        .build().stated()).hasValue(120_000);
    assertThat(UncertainCount.builder().best(15).upper(20).qualifier(Qualifier.AT_MOST).build()
        .reachesAsStated(16)).isEqualTo(Answer.NO);
  }

  @Test
  void about9000CannotTellStrictlyButReaches9000AsStated() {
    UncertainCount troops = UncertainCount.about(9_000).withPhrase("about 9,000");
    assertThat(troops.reaches(9_000)).isEqualTo(Answer.CANNOT_TELL);
    assertThat(troops.reachesAsStated(9_000)).isEqualTo(Answer.YES);
    assertThat(troops.reachesAsStated(9_001)).isEqualTo(Answer.NO);
    assertThat(troops.reaches(0)).isEqualTo(Answer.YES);
    assertThat(troops.reachesAsStated(0)).isEqualTo(Answer.YES);
  }

  @Test
  void asStatedTakesEachQualifierAtItsWord() {
    UncertainCount drones = UncertainCount.atLeast(19);
    assertThat(drones.reaches(25)).isEqualTo(Answer.CANNOT_TELL);
    assertThat(drones.reachesAsStated(25)).isEqualTo(Answer.NO);
    assertThat(drones.reachesAsStated(19)).isEqualTo(Answer.YES);

    UncertainCount prisoners = UncertainCount.moreThan(1000);
    assertThat(prisoners.reachesAsStated(1001)).isEqualTo(Answer.YES);
    assertThat(prisoners.reaches(1002)).isEqualTo(Answer.CANNOT_TELL);
    assertThat(prisoners.reachesAsStated(1002)).isEqualTo(Answer.NO);

    // "almost 300" is below 300 in both readings; as stated it is the closest count below, 299
    UncertainCount enterprises = UncertainCount.almost(300);
    assertThat(enterprises.reaches(299)).isEqualTo(Answer.CANNOT_TELL);
    assertThat(enterprises.reachesAsStated(299)).isEqualTo(Answer.YES);
    assertThat(enterprises.reachesAsStated(300)).isEqualTo(Answer.NO);

    assertThat(UncertainCount.exactly(19).reachesAsStated(19)).isEqualTo(Answer.YES);
    assertThat(UncertainCount.exactly(19).reachesAsStated(20)).isEqualTo(Answer.NO);
  }

  @Test
  void withoutAStatedFigureAsStatedFallsBackToStrict() {
    UncertainCount between = UncertainCount.between(8_000, 10_000);
    assertThat(between.reachesAsStated(9_000)).isEqualTo(Answer.CANNOT_TELL);
    assertThat(between.reachesAsStated(8_000)).isEqualTo(Answer.YES);
    assertThat(between.reachesAsStated(10_001)).isEqualTo(Answer.NO);
    assertThat(UncertainCount.atMost(20).reachesAsStated(20)).isEqualTo(Answer.CANNOT_TELL);
    assertThat(UncertainCount.atMost(20).reachesAsStated(21)).isEqualTo(Answer.NO);
    assertThat(UncertainCount.some().reachesAsStated(1)).isEqualTo(Answer.YES);
    assertThat(UncertainCount.some().reachesAsStated(2)).isEqualTo(Answer.CANNOT_TELL);
    assertThat(UncertainCount.unknown().reachesAsStated(1)).isEqualTo(Answer.CANNOT_TELL);
  }

  @Test
  void countsAreNonNegative() {
    assertRejected(() -> UncertainCount.exactly(-1), "lower", "must not be negative, was -1");
    assertRejected(() -> UncertainCount.atLeast(-19), "lower", "-19");
    assertRejected(() -> UncertainCount.atMost(-1), "upper", "upper=-1");
    assertRejected(() -> UncertainCount.upTo(-1), "upper", "upper=-1");
    assertRejected(() -> UncertainCount.about(-5), "best", "best=-5");
  }

  @Test
  void boundsAreOrdered() {
    assertRejected(() -> UncertainCount.between(4, 3), "upper", "lower=4", "upper=3");
    assertRejected(
        () -> UncertainCount.builder().lower(5).best(3).qualifier(Qualifier.AT_LEAST).build(),
        "best", "lower=5", "best=3");
    assertRejected(
        () -> UncertainCount.builder().best(7).upper(6).qualifier(Qualifier.AT_MOST).build(),
        "best", "best=7", "upper=6");
  }

  @Test
  void eachQualifierRequiresItsBounds() {
    assertRejected(() -> UncertainCount.builder().lower(3).upper(4)
        .qualifier(Qualifier.EXACTLY).build(), "upper", "lower=3", "upper=4");
    assertRejected(() -> UncertainCount.builder().lower(3).qualifier(Qualifier.EXACTLY).build(),
        "upper", "lower=3");
    assertRejected(() -> UncertainCount.builder().qualifier(Qualifier.ALMOST).build(), "upper",
        "ALMOST");
    assertRejected(() -> UncertainCount.builder().qualifier(Qualifier.BETWEEN).build(), "upper",
        "BETWEEN");
    assertRejected(() -> UncertainCount.builder().best(150_000).qualifier(Qualifier.UP_TO).build(),
        "upper", "UP_TO");
    assertRejected(() -> UncertainCount.builder().qualifier(Qualifier.ABOUT).build(), "best",
        "ABOUT");
    assertRejected(() -> UncertainCount.builder().qualifier(Qualifier.SOME).build(), "lower",
        "was 0");
  }

  @Test
  void theExactMessageNamesTheBoundsAsNumbers() {
    var e = assertRejected(() -> UncertainCount.builder().lower(3).upper(4)
        .qualifier(Qualifier.EXACTLY).build(), "upper");
    assertThat(e.getMessage()).doesNotContain("Optional");
  }

  @Test
  void factoriesRejectNumbersThatLeaveNoRoom() {
    assertRejected(() -> UncertainCount.moreThan(UncertainCount.MAX), "lower",
        String.valueOf(UncertainCount.MAX));
    assertRejected(() -> UncertainCount.almost(0), "upper", "0");
    assertRejected(() -> UncertainCount.almost(Long.MIN_VALUE), "upper",
        String.valueOf(Long.MIN_VALUE));
  }

  @Test
  void theLargestCountsAreAccepted() {
    long max = UncertainCount.MAX;
    assertThat(max).isEqualTo(9_007_199_254_740_991L);
    assertThat(UncertainCount.exactly(max).upper()).hasValue(max);
    assertThat(UncertainCount.moreThan(max - 1).lower()).isEqualTo(max);
    assertThat(UncertainCount.almost(max + 1).upper()).hasValue(max);
    assertThat(UncertainCount.exactly(max).reaches(max)).isEqualTo(Answer.YES);
    assertThat(UncertainCount.exactly(max).reaches(Long.MAX_VALUE)).isEqualTo(Answer.NO);
    assertThat(UncertainCount.exactly(0).reaches(Long.MIN_VALUE)).isEqualTo(Answer.YES);
    assertThat(UncertainCount.upTo(max).stated()).hasValue(max);
    assertThat(UncertainCount.upTo(max).reachesAsStated(max)).isEqualTo(Answer.YES);
    assertThat(UncertainCount.upTo(max).reachesAsStated(Long.MAX_VALUE)).isEqualTo(Answer.NO);
    assertThat(UncertainCount.about(0).reachesAsStated(Long.MIN_VALUE)).isEqualTo(Answer.YES);
  }

  @Test
  void countsBeyondWhatJsonReadersHoldExactlyAreRejected() {
    long over = UncertainCount.MAX + 1;
    assertRejected(() -> UncertainCount.atLeast(over), "lower", String.valueOf(over));
    assertRejected(() -> UncertainCount.between(0, over), "upper", String.valueOf(over));
    assertRejected(() -> UncertainCount.upTo(over), "upper", String.valueOf(over));
    assertRejected(() -> UncertainCount.builder().best(over).qualifier(Qualifier.ABOUT).build(),
        "best", String.valueOf(over));
  }

  @Test
  void aBlankPhraseAMissingQualifierAndANullAreRejected() {
    assertRejected(() -> UncertainCount.atLeast(19).withPhrase(" \t"), "phrase", "blank");
    assertRejected(() -> UncertainCount.builder().lower(3).build(), "qualifier", "UncertainCount");
    assertRejected(() -> UncertainCount.builder().qualifier(null), "qualifier", "must not be null");
    assertRejected(() -> UncertainCount.atLeast(19).withPhrase(null), "phrase", "must not be null");
  }
}
