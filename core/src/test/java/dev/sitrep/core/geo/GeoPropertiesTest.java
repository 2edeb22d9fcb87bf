package dev.sitrep.core.geo;

import static dev.sitrep.core.testing.Validity.assertRejected;
import static dev.sitrep.core.testing.Validity.assertValidIff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.testing.Arbitrary;
import dev.sitrep.core.testing.Generators;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties: points, places and airspaces are accepted iff their values are in range, and names
 * iff not blank.
 */
class GeoPropertiesTest {
  private static final int EXAMPLES = 500;

  @Test
  void aPointIsAcceptedIffLatitudeAndLongitudeAreInRange() {
    qt().withExamples(EXAMPLES).forAll(Arbitrary.doublesAround(90), Arbitrary.doublesAround(180))
        .checkAssert((lat, lon) -> {
          boolean latOk = lat >= -90 && lat <= 90;
          boolean lonOk = lon >= -180 && lon <= 180;
          InvalidDataException e = assertValidIff(latOk && lonOk, () -> GeoPoint.of(lat, lon));
          if (e != null) {
            assertThat(e.path()).isEqualTo(latOk ? "lon" : "lat");
            assertThat(e.getMessage()).contains("was " + (latOk ? lon : lat));
          }
        });
  }

  @Test
  void aFlightInformationRegionIsAcceptedIffFourCapitalLetters() {
    var candidates = Generate.oneOf(Arbitrary.stringsOf("EPWUMV", 3, 5),
        Arbitrary.stringsOf("EPWepw0 Ł", 0, 6), Arbitrary.anyStrings());
    qt().withExamples(EXAMPLES).forAll(Generators.airspaces(), candidates)
        .checkAssert((airspace, fir) -> {
          boolean valid = fir.length() == 4 && fir.chars().allMatch(c -> c >= 'A' && c <= 'Z');
          InvalidDataException e =
              assertValidIff(valid, () -> Airspace.of(airspace.state(), fir));
          if (e != null) {
            assertThat(e.path()).isEqualTo("flightInformationRegion");
            assertThat(e.getMessage()).contains("'" + fir + "'");
          }
        });
  }

  @Test
  void aPlaceNameIsAcceptedIffNotBlank() {
    qt().withExamples(EXAMPLES).forAll(Generators.places(), Arbitrary.blankishStrings())
        .checkAssert((place, name) -> assertValidIff(!Text.isBlank(name),
            () -> ImmutablePlace.copyOf(place).withName(name)));
  }

  /**
   * Any run of sitrep's space characters is refused as a name, whichever of Java, ECMAScript and
   * Python calls each a space; one other character among them, even one that looks blank (a
   * zero-width space, a no-break hyphen, U+180E, once a space), makes it a name.
   */
  @Test
  void aPlaceNameOfSpaceCharactersOnlyIsRefusedAndOneOtherCharacterMakesItAName() {
    Gen<Character> nonSpace = Generate.oneOf(
        Generate.pick(List.of('x', 'Л', '\u200B', '\u2011', '\u180E', '\u0000', '\uFFFF')),
        integers().between(0, Character.MAX_VALUE).map(c -> (char) c.intValue()))
        .assuming(c -> !Text.isSpace(c));
    qt().withExamples(EXAMPLES)
        .forAll(Generators.places(), Arbitrary.spaces(), Arbitrary.spaces(), nonSpace)
        .checkAssert((place, before, after, c) -> {
          assertRejected(() -> ImmutablePlace.copyOf(place).withName(before + after), "name",
              "must not be blank");
          String name = before + c + after;
          assertThat(ImmutablePlace.copyOf(place).withName(name).name()).isEqualTo(name);
        });
  }
}
