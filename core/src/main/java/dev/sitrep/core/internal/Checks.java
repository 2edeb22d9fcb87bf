package dev.sitrep.core.internal;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.quantity.Qualifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Small checks for {@code @Value.Check} methods; each failure names the attribute and the value. */
public final class Checks {
  private static final Pattern ICAO = Pattern.compile("[A-Z]{4}");

  private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*");

  private Checks() {}

  /**
   * Fails unless {@code condition} holds.
   *
   * @param condition the rule
   * @param path the attribute
   * @param rule what the value must be, with the offending values
   */
  public static void require(boolean condition, String path, String rule) {
    if (!condition) {
      throw new InvalidDataException(path, rule);
    }
  }

  /**
   * Fails unless {@code condition} holds; the rule's text, which names the offending values, is
   * built only then.
   *
   * @param condition the rule
   * @param path the attribute
   * @param rule what the value must be, with the offending values
   */
  public static void require(boolean condition, String path, Supplier<String> rule) {
    if (!condition) {
      throw new InvalidDataException(path, rule.get());
    }
  }

  /** Fails unless {@code value} is not blank, as {@link Text#isBlank} says. */
  public static void notBlank(String value, String path) {
    require(!Text.isBlank(value), path, "must not be blank");
  }

  /**
   * Fails unless no element of {@code values} is blank, as {@link Text#isBlank} says; the failure
   * names the element, such as {@code authors[2]}. No path is built for valid values: this runs
   * for every value read.
   */
  public static void notBlankElements(List<String> values, String path) {
    for (int i = 0; i < values.size(); i++) {
      if (Text.isBlank(values.get(i))) {
        throw new InvalidDataException(path + "[" + i + "]", "must not be blank");
      }
    }
  }

  /**
   * Fails if an element of {@code values} equals an earlier one.
   *
   * @param what what an element is, for the message: {@code "a state"}
   */
  public static void distinct(List<?> values, String path, String what) {
    if (firstRepeat(values) >= 0) {
      throw new InvalidDataException(path, "must not repeat " + what + ", was " + values);
    }
  }

  /**
   * @return the index of the first element that equals an earlier one, or -1. Short lists, the
   *     usual ones, are compared pairwise with no allocation; long ones through a set.
   */
  public static int firstRepeat(List<?> values) {
    if (values.size() <= 16) {
      for (int i = 1; i < values.size(); i++) {
        for (int j = 0; j < i; j++) {
          if (values.get(i).equals(values.get(j))) {
            return i;
          }
        }
      }
      return -1;
    }
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      if (!seen.add(values.get(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Fails unless {@code value} matches {@code pattern}; {@code what} describes the pattern. */
  public static void matches(String value, Pattern pattern, String path, String what) {
    require(pattern.matcher(value).matches(), path, () -> "must be " + what + ", was '" + value + "'");
  }

  /** Fails unless {@code value >= 0}. */
  public static void nonNegative(long value, String path) {
    require(value >= 0, path, () -> "must not be negative, was " + value);
  }

  /** Fails unless {@code values} is not empty. */
  public static void notEmpty(Collection<?> values, String path) {
    require(!values.isEmpty(), path, "must not be empty");
  }

  /** Fails unless {@code value} is an absolute http or https URL with a host. */
  public static void webUrl(String value, String path) {
    boolean web;
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme();
      web = ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      web = false;
    }
    require(web, path, () -> "must be an absolute http or https URL, was '" + value + "'");
  }

  /** Fails unless {@code value} is an ICAO location indicator: four capital letters. */
  public static void icao(String value, String path) {
    matches(value, ICAO, path, "an ICAO location indicator of four capital letters such as 'EPWW'");
  }

  /** Fails unless {@code value} looks like a BCP 47 language tag, such as {@code be} or {@code en-GB}. */
  public static void language(String value, String path) {
    matches(value, LANGUAGE, path, "a BCP 47 language tag such as 'be' or 'en-GB'");
  }

  /** Fails unless {@code value} is a lowercase kebab-case code, such as {@code armed-forces}. */
  public static void code(String value, String path) {
    if (!isKebab(value, 0, value.length()) || !Character.isLetter(value.charAt(0))) {
      throw new InvalidDataException(path,
          "must be a lowercase kebab-case code such as 'armed-forces', was '" + value + "'");
    }
  }

  /**
   * @return whether {@code value}'s characters from {@code start} to {@code end} are lowercase
   *     letters and digits in runs joined by single hyphens: {@code zapad-2025}. A loop, not a
   *     regular expression, as it runs for every id and code read.
   */
  public static boolean isKebab(String value, int start, int end) {
    if (start >= end || value.charAt(start) == '-' || value.charAt(end - 1) == '-') {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = value.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!word && (c != '-' || value.charAt(i - 1) == '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks the bounds a figure's qualifier needs, for an uncertain count or duration alike: exactly
   * has its upper bound equal to its lower; almost, at most, up to and between have an upper bound;
   * about has a best guess; some has a lower bound above zero.
   *
   * @param qualifier the figure's qualifier
   * @param noun what the figure is, for the messages: {@code "count"}
   * @param exact whether the upper bound is present and equals the lower
   * @param hasUpper whether there is an upper bound
   * @param hasBest whether there is a best guess
   * @param aboveZero whether the lower bound is above zero
   * @param bounds the bounds in words, for the message of an exact figure: {@code "lower=3, upper=4"}
   * @param lower the lower bound in words, for the message of some
   */
  public static void qualified(Qualifier qualifier, String noun, boolean exact, boolean hasUpper,
      boolean hasBest, boolean aboveZero, Supplier<String> bounds, Supplier<String> lower) {
    switch (qualifier) {
      case EXACTLY:
        require(exact, "upper",
            () -> "must equal lower for an exact " + noun + " (" + bounds.get() + ")");
        break;
      case ALMOST:
      case AT_MOST:
      case UP_TO:
      case BETWEEN:
        require(hasUpper, "upper",
            () -> "must be given for a " + noun + " qualified as " + qualifier);
        break;
      case ABOUT:
        require(hasBest, "best", () -> "must be given for a " + noun + " qualified as ABOUT");
        break;
      case SOME:
        require(aboveZero, "lower", () -> "must be above zero for SOME, was " + lower.get());
        break;
      default:
        break;
    }
  }
}
