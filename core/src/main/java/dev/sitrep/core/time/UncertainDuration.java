package dev.sitrep.core.time;

import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.quantity.Qualifier;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How long something lasted, as a source gives it: a lower bound, an optional best guess, an
 * optional upper bound, a {@link Qualifier}, and the source's own phrase, in the manner of an
 * {@link dev.sitrep.core.quantity.UncertainCount uncertain count}. It is kept whether or not the
 * start and end are known: "the airspace was closed for about four hours".
 *
 * <pre>{@code
 * UncertainDuration.about(Duration.ofHours(4)).withPhrase("for about four hours");
 * UncertainDuration.atLeast(Duration.ofMinutes(50)).withPhrase("at least 50 minutes");
 * UncertainDuration.between(Duration.ofHours(2), Duration.ofHours(3));   // "two to three hours"
 * }</pre>
 *
 * <p>Durations are not negative and are ordered: {@code lower <= best <= upper}. An absent upper
 * bound means unbounded. As with counts, {@link Qualifier#EXACTLY} has its upper bound equal to
 * its lower; {@link Qualifier#ALMOST}, {@link Qualifier#AT_MOST}, {@link Qualifier#UP_TO} and
 * {@link Qualifier#BETWEEN} give an upper bound; {@link Qualifier#ABOUT} a best guess;
 * {@link Qualifier#SOME} a lower bound above zero ("for some time").
 */
@Value.Immutable
@SitrepStyle
public abstract class UncertainDuration {
  /** @return the least it can have lasted; zero when nothing is known */
  @Value.Default
  public Duration lower() {
    return Duration.ZERO;
  }

  /** @return the source's best guess, if it gives one */
  public abstract Optional<Duration> best();

  /** @return the most it can have lasted; absent when unbounded */
  public abstract Optional<Duration> upper();

  /** @return the words around the figure */
  public abstract Qualifier qualifier();

  /** @return the source's own phrase, such as "for about four hours" */
  public abstract Optional<String> phrase();

  /** @return a new builder */
  public static ImmutableUncertainDuration.Builder builder() {
    return ImmutableUncertainDuration.builder();
  }

  /**
   * @param d the duration
   * @return exactly {@code d}: "for 90 minutes"
   */
  public static UncertainDuration exactly(Duration d) {
    return builder().lower(d).best(d).upper(d).qualifier(Qualifier.EXACTLY).build();
  }

  /**
   * @param d the duration
   * @return about {@code d}, a best guess without bounds: "for about four hours"
   */
  public static UncertainDuration about(Duration d) {
    return builder().best(d).qualifier(Qualifier.ABOUT).build();
  }

  /**
   * @param d the duration
   * @return at least {@code d}: "at least 50 minutes"
   */
  public static UncertainDuration atLeast(Duration d) {
    return builder().lower(d).qualifier(Qualifier.AT_LEAST).build();
  }

  /**
   * @param low the shortest it lasted
   * @param high the longest it lasted
   * @return from {@code low} to {@code high}: "two to three hours"
   */
  public static UncertainDuration between(Duration low, Duration high) {
    return builder().lower(low).upper(high).qualifier(Qualifier.BETWEEN).build();
  }

  /**
   * @param phrase the source's own phrase, such as "for about four hours"
   * @return this duration with the phrase
   */
  public UncertainDuration withPhrase(String phrase) {
    return ImmutableUncertainDuration.copyOf(this).withPhrase(phrase);
  }

  @Value.Check
  void check() {
    Checks.require(!lower().isNegative(), "lower", () -> "must not be negative, was " + lower());
    best().ifPresent(b -> Checks.require(b.compareTo(lower()) >= 0, "best",
        () -> "must not be below lower (lower=" + lower() + ", best=" + b + ")"));
    upper().ifPresent(u -> {
      Checks.require(u.compareTo(lower()) >= 0, "upper",
          () -> "must not be below lower (lower=" + lower() + ", upper=" + u + ")");
      best().ifPresent(b -> Checks.require(b.compareTo(u) <= 0, "best",
          () -> "must not be above upper (best=" + b + ", upper=" + u + ")"));
    });
    phrase().ifPresent(p -> Checks.notBlank(p, "phrase"));
    Checks.qualified(qualifier(), "duration", upper().equals(Optional.of(lower())),
        upper().isPresent(), best().isPresent(), !lower().isZero(),
        () -> "lower=" + lower() + ", upper=" + upper().map(Duration::toString).orElse("absent"),
        () -> lower().toString());
  }
}
