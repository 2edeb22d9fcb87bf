package dev.sitrep.core.identity;

import static dev.sitrep.core.testing.Validity.assertValidIff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.testing.Arbitrary;
import dev.sitrep.core.testing.Generators;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties: ids and external ids are accepted iff they follow their scheme's rule. */
class IdentityPropertiesTest {
  private static final int EXAMPLES = 500;
  private static final Set<String> ALPHA2 =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
  private static final Set<String> ALPHA3 =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

  /** Slug-like strings, long ones up to just past the limit, and anything at all. */
  private static final Gen<String> ID_CANDIDATES = Generate.oneOf(
      Arbitrary.stringsOf("az09-/", 0, 14),
      Arbitrary.stringsOf("az09-/A_ .é", 0, 10),
      Arbitrary.anyStrings(),
      Generate.range(195, 205).map("a"::repeat),
      Generate.range(97, 103).map(n -> "a-".repeat(n) + "b"));

  private static boolean isWord(String word) {
    return !word.isEmpty() && word.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9');
  }

  /** The slug rule, written out without a regular expression. */
  private static boolean isSlug(String value) {
    return value.length() <= 200 && Arrays.stream(value.split("/", -1))
        .allMatch(segment -> Arrays.stream(segment.split("-", -1)).allMatch(
            IdentityPropertiesTest::isWord));
  }

  @Test
  void anEntityIdIsAcceptedIffItIsASlugOfAtMost200Characters() {
    qt().withExamples(EXAMPLES).forAll(ID_CANDIDATES).checkAssert(value -> {
      InvalidDataException e = assertValidIff(isSlug(value), () -> EntityId.of(value));
      if (e != null) {
        assertThat(e.path()).isEqualTo("id");
        assertThat(e.getMessage()).contains(value.length() > 200
            ? "was " + value.length() : "'" + value + "'");
      } else {
        assertThat(EntityId.of(value).value()).isEqualTo(value);
      }
    });
  }

  @Test
  void aRefIsAcceptedIffItsIdIs() {
    qt().withExamples(EXAMPLES).forAll(ID_CANDIDATES)
        .checkAssert(value -> assertValidIff(isSlug(value), () -> Ref.of(value)));
  }

  @Test
  void aWikidataIdIsAcceptedIffItIsQOrPAndANumberWithoutLeadingZeros() {
    Gen<String> candidates = Generate.oneOf(Arbitrary.stringsOf("QP0123456789", 0, 8),
        Arbitrary.stringsOf("QPqL01 ", 0, 5), Arbitrary.anyStrings());
    qt().withExamples(EXAMPLES).forAll(candidates).checkAssert(value -> {
      boolean valid = value.length() >= 2 && (value.charAt(0) == 'Q' || value.charAt(0) == 'P')
          && value.charAt(1) >= '1' && value.charAt(1) <= '9'
          && value.substring(2).chars().allMatch(c -> c >= '0' && c <= '9');
      checkExternalId(IdScheme.WIKIDATA, value, valid);
    });
  }

  @Test
  void anIso3166CodeIsAcceptedIffTheJdkKnowsItAsAlpha2OrAlpha3() {
    List<String> known = ALPHA2.stream().sorted().toList();
    Gen<String> candidates = Generate.oneOf(Generate.pick(known),
        Generate.pick(ALPHA3.stream().sorted().toList()),
        Generate.pick(known).map(c -> c.toLowerCase(Locale.ROOT)),
        Arbitrary.stringsOf("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1, 4), Arbitrary.anyStrings());
    qt().withExamples(EXAMPLES).forAll(candidates).checkAssert(value -> checkExternalId(
        IdScheme.ISO_3166, value, ALPHA2.contains(value) || ALPHA3.contains(value)));
  }

  @Test
  void anIcaoIndicatorIsAcceptedIffItIsFourCapitalLetters() {
    Gen<String> candidates = Generate.oneOf(Arbitrary.stringsOf("EPWUMV", 3, 5),
        Arbitrary.stringsOf("EPWepw0 ŁÉ", 0, 6), Arbitrary.anyStrings());
    qt().withExamples(EXAMPLES).forAll(candidates).checkAssert(value -> checkExternalId(
        IdScheme.ICAO, value,
        value.length() == 4 && value.chars().allMatch(c -> c >= 'A' && c <= 'Z')));
  }

  @Test
  void anImoNumberIsAcceptedIffItIsSevenDigitsTheLastItsCheckDigit() {
    Gen<String> candidates = Generate.oneOf(Arbitrary.stringsOf("0123456789", 6, 8),
        Arbitrary.stringsOf("9329760", 7, 7), Arbitrary.stringsOf("IMO 93276", 0, 11),
        Arbitrary.stringsOf("0123456789\u0663\uff10", 7, 7), Arbitrary.anyStrings());
    qt().withExamples(EXAMPLES).forAll(candidates).checkAssert(value -> {
      boolean digits = value.length() == 7 && value.chars().allMatch(c -> c >= '0' && c <= '9');
      int weighted = 0;
      for (int i = 0; digits && i < 6; i++) {
        weighted += (value.charAt(i) - '0') * (7 - i);
      }
      checkExternalId(IdScheme.IMO, value, digits && weighted % 10 == value.charAt(6) - '0');
    });
  }

  @Test
  void anImoNumberNamesItsCheckDigitWhenTheLastDigitIsWrong() {
    assertThat(ExternalId.imo("9329760").value()).isEqualTo("9329760"); // the Eagle S
    assertThat(catchThrowable(() -> ExternalId.imo("9329761"))).isInstanceOf(
        InvalidDataException.class).hasMessage("value: must end in the IMO check digit 0,"
            + " was '9329761'");
    assertThat(catchThrowable(() -> ExternalId.imo("IMO 9329760"))).hasMessageContaining(
        "seven digits");
  }

  @Test
  void aGeoNamesIdIsAcceptedIffAPositiveNumberWithoutLeadingZeros() {
    Gen<String> candidates = Generate.oneOf(Arbitrary.stringsOf("0123456789", 0, 9),
        Arbitrary.stringsOf("01-9 x", 0, 4), Arbitrary.anyStrings());
    qt().withExamples(EXAMPLES).forAll(candidates).checkAssert(value -> checkExternalId(
        IdScheme.GEONAMES, value, !value.isEmpty() && value.charAt(0) != '0'
            && value.chars().allMatch(c -> c >= '0' && c <= '9')));
  }

  @Test
  void aValueOfAnUnknownSchemeIsAcceptedIffNotBlank() {
    Gen<IdScheme> unknownSchemes = Generate.pick(List.of("acled", "viasna", "x", "registry-2"))
        .map(IdScheme::of);
    qt().withExamples(EXAMPLES).forAll(unknownSchemes, Arbitrary.blankishStrings())
        .checkAssert((scheme, value) -> checkExternalId(scheme, value, !Text.isBlank(value)));
  }

  @Test
  void generatedExternalIdsRebuildEqual() {
    qt().withExamples(EXAMPLES).forAll(Generators.externalIds()).checkAssert(id -> assertThat(
        ExternalId.of(IdScheme.of(id.scheme().code()), id.value())).isEqualTo(id));
  }

  private static void checkExternalId(IdScheme scheme, String value, boolean valid) {
    InvalidDataException e = assertValidIff(valid, () -> ExternalId.of(scheme, value));
    if (e != null) {
      assertThat(e.path()).isEqualTo("value");
      if (!Text.isBlank(value)) {
        assertThat(e.getMessage()).contains("'" + value + "'");
      }
    }
  }
}
