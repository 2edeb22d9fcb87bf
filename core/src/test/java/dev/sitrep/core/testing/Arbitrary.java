package dev.sitrep.core.testing;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.sitrep.core.Text;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Arbitrary inputs, valid or not, for properties of the form "the builder accepts a value if and
 * only if it follows the rule". {@link Generators} yields only valid values; this class yields the
 * rest too, biased towards the edges of each rule.
 */
public final class Arbitrary {
  /** Every one of sitrep's space characters, in order. */
  private static final String SPACES = IntStream.rangeClosed(0, Character.MAX_VALUE)
      .filter(c -> Text.isSpace((char) c))
      .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
      .toString();

  private Arbitrary() {}

  /**
   * @param alphabet the characters to draw from
   * @param minLength the least length
   * @param maxLength the greatest length
   * @return strings of those characters
   */
  public static Gen<String> stringsOf(String alphabet, int minLength, int maxLength) {
    List<Integer> codePoints = alphabet.codePoints().boxed().collect(Collectors.toList());
    return lists().of(Generate.pick(codePoints)).ofSizeBetween(minLength, maxLength)
        .map(cps -> cps.stream()
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString());
  }

  /** @return any strings at all, blank ones and lone surrogates included, up to 12 characters */
  public static Gen<String> anyStrings() {
    return strings().allPossible().ofLengthBetween(0, 12);
  }

  /**
   * @return one to four of sitrep's space characters ({@link Text#isSpace}), each as likely as
   *     any other: strings that are blank but not empty
   */
  public static Gen<String> spaces() {
    return stringsOf(SPACES, 1, 4);
  }

  /**
   * @return strings that are blank or nearly so ({@code ""}, any of sitrep's space characters,
   *     a zero-width space, which is not one, a letter among spaces), mixed with any strings
   */
  public static Gen<String> blankishStrings() {
    Gen<String> blankish = Generate.pick(List.of("", " ", "\n \r\n", "\u200B", " x ", "x"));
    return Generate.oneOf(blankish, spaces(), stringsOf(SPACES + "\u200BxЛ", 0, 4),
        anyStrings());
  }

  /** @return longs of every size and sign, often at the edges: 0, ±1, the extremes */
  public static Gen<Long> longs() {
    return Generate.oneOf(
        Generate.pick(List.of(Long.MIN_VALUE, Long.MIN_VALUE + 1, -1L, 0L, 1L, 2L, 19L, 300L,
            Long.MAX_VALUE - 1, Long.MAX_VALUE)),
        SourceDSL.longs().between(-5, 25),
        SourceDSL.longs().all());
  }

  /**
   * @param low the low edge of the interesting range
   * @param high the high edge of the interesting range
   * @return ints in and around {@code [low, high]}, and now and then any int
   */
  public static Gen<Integer> intsAround(int low, int high) {
    return Generate.oneOf(integers().between(low - 2, high + 2),
        Generate.pick(List.of(Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE)));
  }

  /**
   * @param limit the bound of a range {@code [-limit, limit]}
   * @return doubles in, at and just beyond the range, NaN, the infinities, any double
   */
  public static Gen<Double> doublesAround(double limit) {
    List<Double> edges = Arrays.asList(-limit, limit, Math.nextUp(limit), Math.nextDown(-limit),
        0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
        Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE);
    return Generate.oneOf(Generate.pick(edges), doubles().between(-2 * limit, 2 * limit),
        doubles().any());
  }
}
