package dev.sitrep.core.quantity;

import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A count as a source gives it: a lower bound, an optional best guess, an optional upper bound, a
 * {@link Qualifier}, and the source's own phrase. "at least nineteen drones" is
 * {@code atLeast(19)} with the phrase "at least nineteen"; "almost 300 state enterprises" is
 * {@code almost(300)}, at most 299; "a number of drones" is {@code some()}, at least 1.
 *
 * <p>A count meets a threshold in two readings. The strict one, {@link #reaches(long)}, answers
 * from the bounds alone: is it certain? The as-stated one, {@link #reachesAsStated(long)}, takes
 * the source at its word, from the figure it gave ({@link #stated()}). They never contradict each
 * other: where the strict reading is certain, the as-stated one agrees.
 *
 * <pre>{@code
 * UncertainCount troops = UncertainCount.about(9_000);    // "about 9,000 troops"
 * troops.reaches(9_000);                                  // CANNOT_TELL: no bounds
 * troops.reachesAsStated(9_000);                          // YES
 * UncertainCount.upTo(150_000).reachesAsStated(13_000);   // YES; strictly CANNOT_TELL
 * }</pre>
 *
 * <p>Counts are non-negative and ordered: {@code lower <= best <= upper}. An absent upper bound
 * means unbounded. Every bound is at most {@link #MAX}, 2<sup>53</sup> − 1, the largest integer
 * that every JSON reader holds exactly (I-JSON, RFC 7493): JavaScript and jq read numbers as
 * doubles.
 */
@Value.Immutable
@SitrepStyle
public abstract class UncertainCount {
  /** The largest count: 2<sup>53</sup> − 1, or 9,007,199,254,740,991. */
  public static final long MAX = (1L << 53) - 1;

  /** @return the least the count can be; 0 when nothing is known */
  @Value.Default
  public long lower() {
    return 0;
  }

  /** @return the source's best guess, if it gives one */
  public abstract OptionalLong best();

  /** @return the most the count can be; absent when unbounded */
  public abstract OptionalLong upper();

  /** @return the words around the number */
  public abstract Qualifier qualifier();

  /** @return the source's own phrase, such as "at least nineteen" */
  public abstract Optional<String> phrase();

  /** @return a new builder */
  public static ImmutableUncertainCount.Builder builder() {
    return ImmutableUncertainCount.builder();
  }

  /**
   * @param n the count, from 0 to {@link #MAX}
   * @return exactly {@code n}: "19 drones"
   */
  public static UncertainCount exactly(long n) {
    return builder().lower(n).best(n).upper(n).qualifier(Qualifier.EXACTLY).build();
  }

  /**
   * @param n the number said, from 0 to {@link #MAX}
   * @return at least {@code n}: "at least nineteen"
   */
  public static UncertainCount atLeast(long n) {
    return builder().lower(n).qualifier(Qualifier.AT_LEAST).build();
  }

  /**
   * @param n the number said, from 0 to {@link #MAX} − 1
   * @return more than {@code n}, that is at least {@code n + 1}: "over a thousand"
   */
  public static UncertainCount moreThan(long n) {
    Checks.require(n >= 0 && n < MAX, "lower",
        () -> "must be more than a count from 0 to " + (MAX - 1) + ", was more than " + n);
    return builder().lower(n + 1).qualifier(Qualifier.MORE_THAN).build();
  }

  /**
   * @param n the number said, from 1 to {@link #MAX} + 1
   * @return close to but below {@code n}, that is at most {@code n - 1}: "almost 300"
   */
  public static UncertainCount almost(long n) {
    // n > 0, so n - 1 never overflows
    Checks.require(n > 0, "upper", () -> "must leave room for almost " + n);
    return builder().upper(n - 1).qualifier(Qualifier.ALMOST).build();
  }

  /**
   * @param n the number said, from 0 to {@link #MAX}
   * @return at most {@code n}: "at most 20", a ceiling that states no figure
   */
  public static UncertainCount atMost(long n) {
    return builder().upper(n).qualifier(Qualifier.AT_MOST).build();
  }

  /**
   * "up to 150,000 troops": at most {@code n}, and meant as the size. Strictly it is at most
   * {@code n} (its upper bound), as stated it is {@code n}; {@link #atMost(long)} has the same
   * bounds but is a ceiling only, and states no figure.
   *
   * <pre>{@code
   * UncertainCount.upTo(150_000).reaches(13_000);          // CANNOT_TELL
   * UncertainCount.upTo(150_000).reachesAsStated(13_000);  // YES
   * }</pre>
   *
   * @param n the number said, from 0 to {@link #MAX}
   * @return up to {@code n}
   */
  public static UncertainCount upTo(long n) {
    return builder().upper(n).qualifier(Qualifier.UP_TO).build();
  }

  /**
   * @param n the best guess, from 0 to {@link #MAX}
   * @return about {@code n}, a best guess without bounds: "some 13,000"
   */
  public static UncertainCount about(long n) {
    return builder().best(n).qualifier(Qualifier.ABOUT).build();
  }

  /**
   * @param low the lower bound, from 0
   * @param high the upper bound, from {@code low} to {@link #MAX}
   * @return from {@code low} to {@code high}: "3 or 4", "between 8,000 and 10,000"
   */
  public static UncertainCount between(long low, long high) {
    return builder().lower(low).upper(high).qualifier(Qualifier.BETWEEN).build();
  }

  /** @return at least one, how many not said: "a number of drones" */
  public static UncertainCount some() {
    return builder().lower(1).qualifier(Qualifier.SOME).build();
  }

  /** @return nothing known */
  public static UncertainCount unknown() {
    return builder().qualifier(Qualifier.UNKNOWN).build();
  }

  /**
   * @param phrase the source's own phrase, such as "at least nineteen"
   * @return this count with the phrase
   */
  public UncertainCount withPhrase(String phrase) {
    return ImmutableUncertainCount.copyOf(this).withPhrase(phrase);
  }

  @Value.Check
  void check() {
    Checks.nonNegative(lower(), "lower");
    Checks.require(lower() <= MAX, "lower", () -> "must be at most " + MAX + ", was " + lower());
    best().ifPresent(b -> Checks.require(b <= MAX, "best",
        () -> "must be at most " + MAX + ", was " + b));
    upper().ifPresent(u -> Checks.require(u <= MAX, "upper",
        () -> "must be at most " + MAX + ", was " + u));
    best().ifPresent(b -> Checks.require(b >= lower(), "best",
        () -> "must not be below lower (lower=" + lower() + ", best=" + b + ")"));
    upper().ifPresent(u -> {
      Checks.require(u >= lower(), "upper",
          () -> "must not be below lower (lower=" + lower() + ", upper=" + u + ")");
      best().ifPresent(b -> Checks.require(b <= u, "best",
          () -> "must not be above upper (best=" + b + ", upper=" + u + ")"));
    });
    phrase().ifPresent(p -> Checks.notBlank(p, "phrase"));
    Checks.qualified(qualifier(), "count",
        upper().isPresent() && upper().getAsLong() == lower(), upper().isPresent(),
        best().isPresent(), lower() >= 1,
        () -> "lower=" + lower() + ", upper="
            + (upper().isPresent() ? String.valueOf(upper().getAsLong()) : "absent"),
        () -> String.valueOf(lower()));
  }

  /**
   * Whether the count reaches a threshold ({@code count >= threshold}), in the strict reading: as
   * far as the bounds tell, whatever the source meant. "at least 19" reaches 13
   * ({@link Answer#YES}) but may or may not reach 25 ({@link Answer#CANNOT_TELL}); "almost 300"
   * does not reach 301 ({@link Answer#NO}); "about 9,000", without bounds, may or may not reach
   * 9,000. For the claim taken at its word, see {@link #reachesAsStated(long)}.
   *
   * @param threshold the threshold
   * @return yes, no or cannot tell
   */
  public Answer reaches(long threshold) {
    if (lower() >= threshold) {
      return Answer.YES;
    }
    if (upper().isPresent() && upper().getAsLong() < threshold) {
      return Answer.NO;
    }
    return Answer.CANNOT_TELL;
  }

  /**
   * The figure the source gave, taken at its word: its best guess if it gives one, otherwise the
   * number its qualifier says.
   *
   * <table>
   *   <caption>The stated figure by qualifier, without a best guess</caption>
   *   <tr><th>qualifier</th><th>example</th><th>stated</th></tr>
   *   <tr><td>{@link Qualifier#EXACTLY}</td><td>"19 drones"</td><td>19</td></tr>
   *   <tr><td>{@link Qualifier#AT_LEAST}</td><td>"at least nineteen"</td><td>19, the lower bound
   *       </td></tr>
   *   <tr><td>{@link Qualifier#MORE_THAN}</td><td>"over a thousand"</td><td>1,001, the lower
   *       bound</td></tr>
   *   <tr><td>{@link Qualifier#ALMOST}</td><td>"almost 300"</td><td>299, the upper bound: close to
   *       300 but below it</td></tr>
   *   <tr><td>{@link Qualifier#UP_TO}</td><td>"up to 150,000"</td><td>150,000, the upper bound
   *       </td></tr>
   *   <tr><td>{@link Qualifier#ABOUT}</td><td>"about 9,000"</td><td>9,000, the best guess
   *       (required)</td></tr>
   *   <tr><td>{@link Qualifier#AT_MOST}, {@link Qualifier#BETWEEN}, {@link Qualifier#SOME},
   *       {@link Qualifier#UNKNOWN}</td><td>"at most 20", "3 or 4", "a number of"</td><td>none
   *       </td></tr>
   * </table>
   *
   * <p>"almost 300" is read as 299, not 300: the source says the count is below 300, and the
   * closest count below it is 299. So the stated figure always lies within the bounds, and the
   * as-stated reading never contradicts the strict one.
   *
   * <pre>{@code
   * UncertainCount.about(9_000).stated();                  // OptionalLong[9000]
   * UncertainCount.almost(300).stated();                   // OptionalLong[299]
   * UncertainCount.between(8_000, 10_000).stated();        // OptionalLong.empty
   * }</pre>
   *
   * @return the figure as stated, from {@link #lower()} to {@link #upper()}; empty when the source
   *     gives no single figure
   */
  public OptionalLong stated() {
    if (best().isPresent()) {
      return best();
    }
    switch (qualifier()) {
      case EXACTLY:
      case AT_LEAST:
      case MORE_THAN:
        return OptionalLong.of(lower());
      case ALMOST:
      case UP_TO:
        return upper();
      default:
        return OptionalLong.empty();
    }
  }

  /**
   * Whether the count reaches a threshold ({@code count >= threshold}) as stated: what if the
   * claim is taken at its word? {@link Answer#YES} or {@link Answer#NO} from the
   * {@link #stated()} figure when there is one; otherwise the strict answer,
   * {@link #reaches(long)}. Where the strict answer is yes or no, this one is the same.
   *
   * <pre>{@code
   * UncertainCount.about(9_000).reachesAsStated(9_000);           // YES; strictly CANNOT_TELL
   * UncertainCount.upTo(150_000).reachesAsStated(150_001);        // NO, as strictly
   * UncertainCount.atLeast(19).reachesAsStated(25);               // NO; strictly CANNOT_TELL
   * UncertainCount.between(8_000, 10_000).reachesAsStated(9_000); // CANNOT_TELL, as strictly
   * }</pre>
   *
   * @param threshold the threshold
   * @return yes or no from the stated figure; the strict answer when none is stated
   */
  public Answer reachesAsStated(long threshold) {
    OptionalLong stated = stated();
    if (stated.isEmpty()) {
      return reaches(threshold);
    }
    return stated.getAsLong() >= threshold ? Answer.YES : Answer.NO;
  }
}
