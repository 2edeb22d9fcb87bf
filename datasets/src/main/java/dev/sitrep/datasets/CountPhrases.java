package dev.sitrep.datasets;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.quantity.UncertainCount;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PLOVER's counts, "number or code" (PLOVER manual, "Data Fields"): a number is exactly that
 * many; a phrase becomes an {@link UncertainCount} with the phrase kept. Phrases known:
 *
 * <table>
 * <caption>PLOVER count phrases</caption>
 * <tr><th>phrase</th><th>count</th></tr>
 * <tr><td>"12", "1,200"</td><td>exactly 12, 1,200</td></tr>
 * <tr><td>"at least 12"</td><td>at least 12</td></tr>
 * <tr><td>"more than 12", "over 12"</td><td>more than 12</td></tr>
 * <tr><td>"almost 12", "nearly 12"</td><td>almost 12</td></tr>
 * <tr><td>"up to 12"</td><td>up to 12</td></tr>
 * <tr><td>"at most 12"</td><td>at most 12</td></tr>
 * <tr><td>"about 12", "around 12", "some 12", "approximately 12"</td><td>about 12</td></tr>
 * <tr><td>"3-4", "3 to 4", "3 or 4", "between 3 and 4"</td><td>between 3 and 4</td></tr>
 * <tr><td>"a few"</td><td>between 2 and 5</td></tr>
 * <tr><td>"several"</td><td>between 3 and 9</td></tr>
 * <tr><td>"dozens"</td><td>at least 24</td></tr>
 * <tr><td>"scores"</td><td>at least 40</td></tr>
 * <tr><td>"hundreds"</td><td>at least 200</td></tr>
 * <tr><td>"thousands"</td><td>at least 2,000</td></tr>
 * <tr><td>"some", "a number of", "many"</td><td>at least 1</td></tr>
 * <tr><td>any other phrase</td><td>unknown, with the phrase</td></tr>
 * </table>
 */
final class CountPhrases {
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+|[0-9]+");
  private static final Pattern QUALIFIED = Pattern.compile(
      "(at least|more than|over|almost|nearly|up to|at most|about|around|some|approximately)"
          + " (" + NUMBER.pattern() + ")");
  private static final Pattern RANGE = Pattern.compile("(?:between )?(" + NUMBER.pattern()
      + ")(?: ?- ?| to | or | and )(" + NUMBER.pattern() + ")");
  private static final Map<String, UncertainCount> WORDS = Map.of(
      "a few", UncertainCount.between(2, 5), "several", UncertainCount.between(3, 9),
      "dozens", UncertainCount.atLeast(24), "scores", UncertainCount.atLeast(40),
      "hundreds", UncertainCount.atLeast(200), "thousands", UncertainCount.atLeast(2000),
      "some", UncertainCount.some(), "a number of", UncertainCount.some(),
      "many", UncertainCount.some());

  private CountPhrases() {}

  /**
   * @return the count of a phrase, with the phrase kept
   * @throws InvalidDataException naming {@code field}, also for a count beyond what sitrep holds
   */
  static UncertainCount parse(String phrase, String field) {
    try {
      return read(phrase, field);
    } catch (InvalidDataException e) {
      if (e.path().equals(field)) {
        throw e;
      }
      // beyond what a count holds, as "more than 9007199254740991"
      throw new InvalidDataException(field, "must be a count that sitrep holds, was '" + phrase
          + "' (" + e.path() + ": " + e.rule() + ")");
    }
  }

  /** @return the count of a phrase, as {@link #parse}, with the count's own rules unnamed */
  private static UncertainCount read(String phrase, String field) {
    String p = phrase.trim().toLowerCase(Locale.ROOT);
    if (p.isEmpty()) {
      throw new InvalidDataException(field, "must be a number or a phrase, was empty");
    }
    UncertainCount c;
    Matcher q = QUALIFIED.matcher(p);
    Matcher r = RANGE.matcher(p);
    if (NUMBER.matcher(p).matches()) {
      return UncertainCount.exactly(number(p, field));
    } else if (q.matches()) {
      long n = number(q.group(2), field);
      c = switch (q.group(1)) {
        case "at least" -> UncertainCount.atLeast(n);
        case "more than", "over" -> UncertainCount.moreThan(n);
        case "almost", "nearly" -> UncertainCount.almost(n);
        case "up to" -> UncertainCount.upTo(n);
        case "at most" -> UncertainCount.atMost(n);
        default -> UncertainCount.about(n);
      };
    } else if (r.matches()) {
      long low = number(r.group(1), field);
      long high = number(r.group(3), field);
      if (high < low) {
        throw new InvalidDataException(field, "must not give a range that ends below its start,"
            + " was '" + phrase + "'");
      }
      c = UncertainCount.between(low, high);
    } else {
      c = WORDS.getOrDefault(p, UncertainCount.unknown());
    }
    return c.withPhrase(phrase.trim());
  }

  private static long number(String digits, String field) {
    try {
      long n = Long.parseLong(digits.replace(",", ""));
      if (n > UncertainCount.MAX) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new InvalidDataException(field, "must be a count up to " + UncertainCount.MAX
          + ", was '" + digits + "'");
    }
  }

  /** @return the words of a count without a phrase, as {@link #parse} reads them */
  static String words(UncertainCount c) {
    long lower = c.lower();
    return switch (c.qualifier()) {
      case EXACTLY -> String.valueOf(lower);
      case AT_LEAST -> "at least " + lower;
      case MORE_THAN -> "more than " + (lower - 1);
      case ALMOST -> "almost " + (c.upper().getAsLong() + 1);
      case UP_TO -> "up to " + c.upper().getAsLong();
      case AT_MOST -> "at most " + c.upper().getAsLong();
      case ABOUT -> "about " + c.best().getAsLong();
      case BETWEEN -> lower + " to " + c.upper().getAsLong();
      case SOME -> "some";
      case UNKNOWN -> "unknown";
    };
  }
}
