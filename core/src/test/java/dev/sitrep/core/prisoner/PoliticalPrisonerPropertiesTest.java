package dev.sitrep.core.prisoner;

import static dev.sitrep.core.prisoner.PrisonerStatus.CONVICTED;
import static dev.sitrep.core.prisoner.PrisonerStatus.DETAINED;
import static dev.sitrep.core.prisoner.PrisonerStatus.DIED_IN_CUSTODY;
import static dev.sitrep.core.prisoner.PrisonerStatus.EXPELLED;
import static dev.sitrep.core.prisoner.PrisonerStatus.PARDONED;
import static dev.sitrep.core.prisoner.PrisonerStatus.PRE_TRIAL_DETENTION;
import static dev.sitrep.core.prisoner.PrisonerStatus.RELEASED;
import static dev.sitrep.core.prisoner.PrisonerStatus.RETURNED_TO_CUSTODY;
import static dev.sitrep.core.prisoner.PrisonerStatus.SENTENCE_COMPLETED;
import static dev.sitrep.core.prisoner.PrisonerStatus.SERVING_SENTENCE;
import static dev.sitrep.core.prisoner.PrisonerStatus.WHEREABOUTS_UNKNOWN;
import static dev.sitrep.core.testing.Validity.assertValidIff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.testing.Arbitrary;
import dev.sitrep.core.testing.Generators;
import dev.sitrep.core.time.TimePoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of political prisoners: a history is accepted iff it is in date order and every
 * status may follow what came before, by the rules written out once more below; the dates and the
 * current status read from the history; terms and charges.
 */
class PoliticalPrisonerPropertiesTest {
  private static final int EXAMPLES = 300;

  private static final Set<PrisonerStatus> TAKEN_FROM_FREEDOM = Set.of(DETAINED,
      PRE_TRIAL_DETENTION);
  private static final Set<PrisonerStatus> SETS_FREE = Set.of(PrisonerStatus.RELEASED,
      PrisonerStatus.PARDONED, PrisonerStatus.SENTENCE_COMPLETED, PrisonerStatus.EXPELLED);

  /** Dates that are often equal, nested (2021 holds 2021-03) or in either order. */
  private static final Gen<TimePoint> FEW_DATES = Generate.pick(List.of(
      TimePoint.year(2020), TimePoint.month(2020, 8), TimePoint.day(2020, 8, 9),
      TimePoint.year(2021), TimePoint.month(2021, 3), TimePoint.day(2021, 3, 1),
      TimePoint.day(2021, 9, 10), // with the year 2021 between, after 1 March: out of order
      TimePoint.parse("2021-03-01T10:00+03:00"), TimePoint.year(2025)));

  // ---------------------------------------------------------------- the rules, as a model

  /**
   * Whether the person is held just before the end of {@code before}: a conviction neither takes
   * nor sets free (it may come in absentia), so the last status that is not a conviction says.
   */
  private static boolean held(List<StatusChange> before) {
    for (int i = before.size() - 1; i >= 0; i--) {
      PrisonerStatus s = before.get(i).status();
      if (s != CONVICTED) {
        return s == DETAINED || s == PRE_TRIAL_DETENTION || s == SERVING_SENTENCE
            || s == WHEREABOUTS_UNKNOWN || s == DIED_IN_CUSTODY || s == RETURNED_TO_CUSTODY;
      }
    }
    return false;
  }

  /**
   * Whether there is a conviction in the current case: after the last time the person was set
   * free (released, pardoned, sentence completed, expelled) and not returned to custody right
   * after, or anywhere if they never were.
   */
  private static boolean convicted(List<StatusChange> before) {
    int caseStart = 0;
    for (int i = 0; i < before.size(); i++) {
      boolean returned = i + 1 < before.size()
          && before.get(i + 1).status() == RETURNED_TO_CUSTODY;
      if (SETS_FREE.contains(before.get(i).status()) && !returned) {
        caseStart = i + 1;
      }
    }
    return before.subList(caseStart, before.size()).stream()
        .anyMatch(c -> c.status() == CONVICTED);
  }

  private static boolean mayFollow(List<StatusChange> before, PrisonerStatus s) {
    if (!before.isEmpty() && before.get(before.size() - 1).status() == DIED_IN_CUSTODY) {
      return false;
    }
    switch (s) {
      case DETAINED:
      case PRE_TRIAL_DETENTION:
      case CONVICTED:
        return true;
      case WHEREABOUTS_UNKNOWN:
      case RELEASED:
      case DIED_IN_CUSTODY:
        return held(before);
      case SERVING_SENTENCE:
      case PARDONED:
      case SENTENCE_COMPLETED:
        return held(before) && convicted(before);
      case RETURNED_TO_CUSTODY: // right after a release or pardon, in a case with a conviction
        return !before.isEmpty()
            && Set.of(RELEASED, PARDONED).contains(before.get(before.size() - 1).status())
            && convicted(before.subList(0, before.size() - 1));
      default: // EXPELLED
        return !before.isEmpty();
    }
  }

  /** @return the path of the first broken rule, or empty if the history follows every rule */
  private static Optional<String> firstBroken(List<StatusChange> history) {
    for (int i = 0; i < history.size(); i++) {
      for (int j = 0; j < i; j++) { // any earlier entry, not only the one before
        if (history.get(i).date().latest().isBefore(history.get(j).date().earliest())) {
          return Optional.of("history[" + i + "].date");
        }
      }
      if (!mayFollow(history.subList(0, i), history.get(i).status())) {
        return Optional.of("history[" + i + "].status");
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- candidates

  private static final Gen<List<StatusChange>> ARBITRARY_HISTORIES = lists()
      .of(Generate.enumValues(PrisonerStatus.class).zip(FEW_DATES, StatusChange::of))
      .ofSizeBetween(0, 6);

  /** A valid history with one change: two entries swapped, one dropped, added or replaced. */
  private static final Gen<List<StatusChange>> MUTATED_HISTORIES = in -> {
    List<StatusChange> h = new ArrayList<>(Generators.statusHistories().generate(in));
    int how = integers().between(0, 3).generate(in);
    StatusChange any = Generators.statusChanges().generate(in);
    if (h.isEmpty() || how == 2) {
      h.add(integers().between(0, h.size()).generate(in), any);
    } else {
      int i = integers().between(0, h.size() - 1).generate(in);
      if (how == 0) {
        Collections.swap(h, i, integers().between(0, h.size() - 1).generate(in));
      } else if (how == 1) {
        h.remove(i);
      } else {
        h.set(i, StatusChange.of(any.status(), h.get(i).date()));
      }
    }
    return h;
  };

  private static ImmutablePoliticalPrisoner.Builder prisoner(PoliticalPrisoner p,
      List<StatusChange> history) {
    return PoliticalPrisoner.builder().from(p).history(history);
  }

  @Test
  void aRecognitionCitesPaceCriteriaIffItIsAsAPoliticalPrisoner() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.recognitions(), Generate.pick(List.of(RecognitionKind.POLITICAL_PRISONER,
            RecognitionKind.PRIZE, RecognitionKind.of("prisoner-of-conscience"))),
            lists().of(Generate.enumValues(Pace1900Criterion.class)).ofSizeBetween(0, 2))
        .checkAssert((recognition, kind, criteria) -> {
          List<Pace1900Criterion> distinct = criteria.stream().distinct().toList();
          assertValidIff(distinct.isEmpty() || kind.equals(RecognitionKind.POLITICAL_PRISONER),
              () -> Recognition.builder().from(recognition).kind(kind).criteria(distinct)
                  .build());
        });
  }

  @Test
  void aHistoryIsAcceptedIffItIsInDateOrderAndEveryStatusMayFollowTheOnesBefore() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.politicalPrisoners(), Generate.oneOf(ARBITRARY_HISTORIES,
            MUTATED_HISTORIES, Generators.statusHistories()))
        .checkAssert((p, history) -> {
          Optional<String> broken = firstBroken(history);
          InvalidDataException e = assertValidIff(broken.isEmpty(),
              () -> prisoner(p, history).build());
          if (e != null) {
            assertThat(e.path()).as(e.getMessage()).isEqualTo(broken.get());
          }
        });
  }

  @Test
  void everyGeneratedHistoryFollowsTheRules() {
    qt().withExamples(EXAMPLES).forAll(Generators.statusHistories())
        .checkAssert(history -> assertThat(firstBroken(history)).isEmpty());
  }

  @Test
  void theDatesAndTheCurrentStatusAreReadFromTheHistory() {
    qt().withExamples(EXAMPLES).forAll(Generators.politicalPrisoners()).checkAssert(p -> {
      List<StatusChange> h = p.history();
      assertThat(p.detentionDate()).isEqualTo(h.stream()
          .filter(c -> TAKEN_FROM_FREEDOM.contains(c.status())).map(StatusChange::date)
          .findFirst());
      Optional<TimePoint> lastConviction = Optional.empty();
      for (StatusChange c : h) {
        if (c.status() == CONVICTED) {
          lastConviction = Optional.of(c.date());
        }
      }
      assertThat(p.verdictDate()).isEqualTo(lastConviction);
      assertThat(p.currentStatus()).isEqualTo(h.isEmpty() ? Optional.empty()
          : Optional.of(h.get(h.size() - 1).status()));
    });
  }

  @Test
  void aTermIsAcceptedIffNoPartIsNegative() {
    Gen<Integer> parts = Arbitrary.intsAround(0, 12);
    qt().withExamples(EXAMPLES).forAll(parts, parts, parts).checkAssert((y, m, d) -> {
      String expected = y < 0 ? "years" : m < 0 ? "months" : d < 0 ? "days" : null;
      InvalidDataException e = assertValidIff(expected == null, () -> Term.of(y, m, d));
      if (e != null) {
        assertThat(e.path()).isEqualTo(expected);
        int offending = y < 0 ? y : m < 0 ? m : d;
        assertThat(e.getMessage()).contains("was " + offending);
      }
    });
  }

  @Test
  void aChargeIsAcceptedIffItHasAnArticleOrADescriptionAndAPartOnlyWithItsArticle() {
    Gen<Optional<String>> texts = Generate.pick(List.of(Optional.empty(), Optional.of("342")));
    qt().withExamples(EXAMPLES).forAll(texts, texts, texts).checkAssert((article, part, about) -> {
      InvalidDataException e = assertValidIff(
          (article.isPresent() || about.isPresent()) && (part.isEmpty() || article.isPresent()),
          () -> Charge.builder().article(article).part(part).description(about).build());
      if (e != null) {
        assertThat(e.path()).isEqualTo("article");
        assertThat(e.getMessage()).contains(article.isPresent() || about.isPresent()
            ? "must be given with a part" : "or a description");
      }
    });
  }

  @Test
  void aChargesTextIsAcceptedIffNotBlank() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.charges(), Arbitrary.blankishStrings(), integers().between(0, 3))
        .checkAssert((charge, text, which) -> {
          ImmutableCharge c = ImmutableCharge.copyOf(charge);
          String path = List.of("code", "article", "part", "description").get(which);
          InvalidDataException e = assertValidIff(!Text.isBlank(text), () -> {
            switch (which) {
              case 0:
                c.withCode(text);
                break;
              case 1:
                c.withArticle(text);
                break;
              case 2:
                c.withArticle(c.article().orElse("342")).withPart(text);
                break;
              default:
                c.withDescription(text);
                break;
            }
          });
          if (e != null) {
            assertThat(e.path()).isEqualTo(path);
          }
        });
  }

  @Test
  void theModelAgreesWithTheArticlesCases() {
    StatusChange detained = StatusChange.of(DETAINED, TimePoint.year(2020));
    StatusChange convicted = StatusChange.of(CONVICTED, TimePoint.year(2021));
    StatusChange released = StatusChange.of(RELEASED, TimePoint.year(2022));
    StatusChange pardoned = StatusChange.of(PARDONED, TimePoint.year(2022));
    StatusChange expelled = StatusChange.of(EXPELLED, TimePoint.year(2022));
    assertThat(firstBroken(List.of(detained, convicted, pardoned, expelled))).isEmpty();
    assertThat(firstBroken(List.of(detained, convicted, released,
        StatusChange.of(DETAINED, TimePoint.year(2023)),
        StatusChange.of(PARDONED, TimePoint.year(2024))))).contains("history[4].status");
    // a conviction in absentia counts when the person is later detained
    assertThat(firstBroken(List.of(convicted, StatusChange.of(DETAINED, TimePoint.year(2021)),
        StatusChange.of(SERVING_SENTENCE, TimePoint.year(2021))))).isEmpty();
    assertThat(firstBroken(List.of(released))).contains("history[0].status");
    // a pardon refused at the border: returned to custody, to serve the same sentence
    StatusChange returned = StatusChange.of(RETURNED_TO_CUSTODY, TimePoint.year(2022));
    StatusChange serving = StatusChange.of(SERVING_SENTENCE, TimePoint.year(2022));
    assertThat(firstBroken(List.of(detained, convicted, serving, pardoned, returned, serving)))
        .isEmpty();
    assertThat(firstBroken(List.of(detained, convicted, released, returned, released, returned,
        pardoned))).isEmpty();
    assertThat(firstBroken(List.of(detained, released, returned)))
        .contains("history[2].status");
    assertThat(firstBroken(List.of(detained, convicted, released, StatusChange.of(DETAINED,
        TimePoint.year(2022)), returned))).contains("history[4].status");
    assertThat(firstBroken(List.of(detained,
        StatusChange.of(SENTENCE_COMPLETED, TimePoint.year(2019)))))
        .contains("history[1].date");
  }
}
