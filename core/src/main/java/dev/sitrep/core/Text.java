package dev.sitrep.core;

/**
 * What sitrep counts as white space, and so what "not blank" means for every text attribute.
 *
 * <p>Java, ECMAScript and Python disagree on white space: Java's {@link String#isBlank()}
 * ({@link Character#isWhitespace}) takes the no-break spaces U+00A0, U+2007 and U+202F, U+0085 and
 * U+FEFF for text; ECMAScript's {@code \s} takes U+001C–U+001F and U+0085 for text; Python 3's
 * {@code \s} ({@code str.isspace}) takes U+FEFF for text. So that a string the Java checks accept
 * is one the JSON Schema accepts in any language, and the other way round, sitrep's space
 * characters are the union of all three, in one definition that the checks, the JSON Schema and
 * the docs share:
 *
 * <ul>
 *   <li>U+0009–U+000D, U+0020: tab, line feed, vertical tab, form feed, carriage return, space
 *       (all three);
 *   <li>U+001C–U+001F: the information separators (Java, Python);
 *   <li>U+0085: next line (Python);
 *   <li>U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000: the space separators, Zs
 *       (ECMAScript, Python; Java but for the no-break ones);
 *   <li>U+2028, U+2029: the line and paragraph separators (all three);
 *   <li>U+FEFF: zero-width no-break space, the byte order mark (ECMAScript).
 * </ul>
 *
 * <p>No character outside the Basic Multilingual Plane is white space in any of them.
 *
 * <pre>
 * Text.isBlank("&#92;u00A0&#92;t");   // true: a no-break space and a tab; String.isBlank says false
 * Text.isBlank(" x ");         // false
 * String nonBlank = "[^" + Text.spaceCharacterClass() + "]";   // the JSON Schema pattern
 * </pre>
 */
public final class Text {
  /** The space characters as ranges, first and last inclusive, in ascending order. */
  private static final char[] SPACES = {
    '\u0009', '\r', '\u001C', '\u0020', '\u0085', '\u0085', '\u00A0', '\u00A0',
    '\u1680', '\u1680', '\u2000', '\u200A', '\u2028', '\u2029', '\u202F', '\u202F',
    '\u205F', '\u205F', '\u3000', '\u3000', '\uFEFF', '\uFEFF'
  };

  private static final String SPACE_CLASS = spaceClass();

  private Text() {}

  /**
   * @param c a character
   * @return whether it is one of sitrep's space characters
   */
  public static boolean isSpace(char c) {
    for (int i = 0; i < SPACES.length && c >= SPACES[i]; i += 2) {
      if (c <= SPACES[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param s a string
   * @return whether every character of {@code s} is a space character; so the empty string is
   *     blank
   */
  public static boolean isBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Shortens text that a message echoes, so that a message stays short whatever the input:
   * {@code abbreviate("x".repeat(1_000_000), 20)} is the first 20 characters, then
   * {@code … (1000000 characters)}. A surrogate pair is not split.
   *
   * @param s the text
   * @param max the most characters kept
   * @return {@code s} if it is at most {@code max} characters long, else its start and its length
   */
  public static String abbreviate(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end) + "… (" + s.length() + " characters)";
  }

  /**
   * The space characters as the inside of a regular expression's character class, in ASCII:
   * <code>&#92;u0009-&#92;u000d&#92;u001c-&#92;u0020&#92;u0085…&#92;ufeff</code>. Every character
   * is written as a <code>&#92;uXXXX</code> escape, which ECMAScript (with or without the
   * {@code u} flag), Python's {@code re} (in a str pattern) and {@code java.util.regex} all read
   * as that character, alone or at either end of a range; the characters themselves would be
   * invisible in a schema, and the controls must be escaped in JSON anyway. The JSON Schema's
   * pattern of non-blank text is {@code "[^" + spaceCharacterClass() + "]"}, which finds a
   * character that is not a space.
   *
   * @return the character class's inside
   */
  public static String spaceCharacterClass() {
    return SPACE_CLASS;
  }

  private static String spaceClass() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < SPACES.length; i += 2) {
      s.append(String.format("\\u%04x", (int) SPACES[i]));
      if (SPACES[i + 1] != SPACES[i]) {
        s.append(String.format("-\\u%04x", (int) SPACES[i + 1]));
      }
    }
    return s.toString();
  }

  /**
   * Whether {@code s} holds a surrogate that is not half of a pair: not well-formed Unicode, which
   * I-JSON forbids and no JSON writer can write as a name.
   *
   * <pre>{@code
   * Text.hasUnpairedSurrogate("\uD83D\uDE81");  // false: a helicopter
   * Text.hasUnpairedSurrogate("\uD83Dk");        // true
   * }</pre>
   *
   * @param s any text
   * @return whether it has an unpaired surrogate
   */
  public static boolean hasUnpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
