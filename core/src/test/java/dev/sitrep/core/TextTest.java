package dev.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * sitrep's space characters are what Java, ECMAScript or Python calls white space, and the
 * schema's pattern of non-blank text agrees with {@link Text#isBlank} on every character.
 */
class TextTest {
  /** The union, as the Javadoc of {@link Text} lists it. */
  private static final String SPACES = "\t\n\u000B\f\r\u001C\u001D\u001E\u001F \u0085\u00A0\u1680"
      + "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F"
      + "\u205F\u3000\uFEFF";

  @Test
  void theSpaceCharactersAreTheListedOnes() {
    for (char c = 0; c < Character.MAX_VALUE; c++) {
      assertThat(Text.isSpace(c)).as("U+%04X", (int) c).isEqualTo(SPACES.indexOf(c) >= 0);
    }
    assertThat(Text.isSpace(Character.MAX_VALUE)).isFalse();
  }

  /**
   * Java's {@code Character.isWhitespace}, the space separators (Zs, in ECMAScript's and Python's
   * {@code \s}), U+0085 (Python) and U+FEFF (ECMAScript), and nothing else.
   */
  @Test
  void theSpaceCharactersAreTheUnionOfJavaEcmaScriptAndPython() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      boolean union = Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR
          || c == 0x85 || c == 0xFEFF;
      assertThat(Text.isSpace((char) c)).as("U+%04X", c).isEqualTo(union);
    }
  }

  @Test
  void textIsBlankWhenEveryCharacterIsASpace() {
    assertThat(Text.isBlank("")).isTrue();
    assertThat(Text.isBlank(SPACES)).isTrue();
    assertThat(Text.isBlank("\u00A0")).isTrue();
    assertThat(Text.isBlank(SPACES + "x" + SPACES)).isFalse();
    assertThat(Text.isBlank("\u200B")).as("a zero-width space is no space").isFalse();
    assertThat(Text.isBlank("\uD83D\uDC4D")).isFalse();
  }

  @Test
  void theCharacterClassIsAsciiEscapes() {
    assertThat(Text.spaceCharacterClass()).isEqualTo("\\u0009-\\u000d\\u001c-\\u0020\\u0085"
        + "\\u00a0\\u1680\\u2000-\\u200a\\u2028-\\u2029\\u202f\\u205f\\u3000\\ufeff");
  }

  @Test
  void theSchemaPatternFindsANonSpaceIffTheTextIsNotBlank() {
    Matcher nonBlank = Pattern.compile("[^" + Text.spaceCharacterClass() + "]").matcher("");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String s = String.valueOf((char) c);
      assertThat(nonBlank.reset(s).find()).as("U+%04X", c).isEqualTo(!Text.isBlank(s));
    }
    assertThat(nonBlank.reset(SPACES).find()).isFalse();
    assertThat(nonBlank.reset(SPACES + "x").find()).isTrue();
  }

  @Test
  void anUnpairedSurrogateIsFoundWhereverItStands() {
    String pair = "\uD83D\uDE81";
    for (String ok : List.of("", "a", pair, "a" + pair + "b", pair + pair)) {
      assertThat(Text.hasUnpairedSurrogate(ok)).as(ok).isFalse();
    }
    for (String bad : List.of("\uD83D", "\uDE81", "a\uD83Db", pair + "\uD83D",
        "\uDE81\uD83D", "\uD83D\uD83D")) {
      assertThat(Text.hasUnpairedSurrogate(bad)).isTrue();
    }
  }
}
