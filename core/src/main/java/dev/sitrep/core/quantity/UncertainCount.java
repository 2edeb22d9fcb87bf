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

  /** @return exactly {@code n}: "19 drones" */
  public static UncertainCount exactly(long n) {
    return builder().lower(n).best(n).upper(n).qualifier(Qualifier.EXACTLY).build();
  }

  /** @return at least {@code n}: "at least nineteen" */
  public static UncertainCount atLeast(long n) {
    return builder().lower(n).qualifier(Qualifier.AT_LEAST).build();
  }

  /** @return more than {@code n}, that is at least {@code n + 1}: "over a thousand" */
  public static UncertainCount moreThan(long n) {
    Checks.require(n >= 0 && n < MAX, "lower",
        () -> "must be more than a count from 0 to " + (MAX - 1) + ", was more than " + n);
    return builder().lower(n + 1).qualifier(Qualifier.MORE_THAN).build();
  }

  /** @return close to but below {@code n}, that is at most {@code n - 1}: "almost 300" */
  public static UncertainCount almost(long n) {
    // n > 0, so n - 1 never overflows
    Checks.require(n > 0, "upper", () -> "must leave room for almost " + n);
    return builder().upper(n - 1).qualifier(Qualifier.ALMOST).build();
  }

  /** @return at most {@code n} */
  public static UncertainCount atMost(long n) {
    return builder().upper(n).qualifier(Qualifier.AT_MOST).build();
  }

  /** @return about {@code n}, a best guess without bounds: "some 13,000" */
  public static UncertainCount about(long n) {
    return builder().best(n).qualifier(Qualifier.ABOUT).build();
  }

  /** @return from {@code low} to {@code high}: "3 or 4", "between 8,000 and 10,000" */
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
    switch (qualifier()) {
      case EXACTLY:
        Checks.require(upper().isPresent() && upper().getAsLong() == lower(), "upper",
            () -> "must equal lower for an exact count (lower=" + lower() + ", upper="
                + (upper().isPresent() ? String.valueOf(upper().getAsLong()) : "absent") + ")");
        break;
      case ALMOST:
      case AT_MOST:
      case BETWEEN:
        Checks.require(upper().isPresent(), "upper",
            () -> "must be given for a count qualified as " + qualifier());
        break;
      case ABOUT:
        Checks.require(best().isPresent(), "best", "must be given for a count qualified as ABOUT");
        break;
      case SOME:
        Checks.require(lower() >= 1, "lower", () -> "must be at least 1 for SOME, was " + lower());
        break;
      default:
        break;
    }
  }

  /**
   * Whether the count reaches a threshold ({@code count >= threshold}), as far as the bounds tell:
   * "at least 19" reaches 13 ({@link Answer#YES}) but may or may not reach 25
   * ({@link Answer#CANNOT_TELL}); "almost 300" does not reach 301 ({@link Answer#NO}).
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
}
