package dev.sitrep.core.prisoner;

import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.time.TimePoint;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sentence: a term, where there is one, the regime it is served in, when and by which court it
 * was passed, and whether in absentia, each where the source says. Only what every report gives is required, and reports
 * often give no more than a length:
 *
 * <pre>{@code
 * Sentence s = Sentence.builder().term(Term.of(3, 0, 0))
 *     .date(TimePoint.parse("2021-12-14")).court("Homiel Regional Court").build();
 * Sentence.builder().term(Term.of(15, 0, 0)).inAbsentia(true).build();  // tried while abroad
 * }</pre>
 */
@Value.Immutable
@SitrepStyle
public abstract class Sentence {
  /** @return how long, if the sentence has a length (a fine has none) */
  public abstract Optional<Term> term();

  /** @return how it is served, where the source says */
  public abstract Optional<Regime> regime();

  /** @return when it was passed, at the precision known */
  public abstract Optional<TimePoint> date();

  /** @return the court that passed it, as the source names it */
  public abstract Optional<String> court();

  /**
   * @return whether it was passed in absentia, the person not before the court (abroad, say);
   *     false where the source does not say so
   */
  @Value.Default
  public boolean inAbsentia() {
    return false;
  }

  @Value.Check
  void check() {
    court().ifPresent(c -> Checks.notBlank(c, "court"));
  }

  /** @return a new builder */
  public static ImmutableSentence.Builder builder() {
    return ImmutableSentence.builder();
  }

  /**
   * @param term how long
   * @param regime where, or how, it is served
   * @return {@code term} served in {@code regime}
   */
  public static Sentence of(Term term, Regime regime) {
    return builder().term(term).regime(regime).build();
  }
}
