package dev.sitrep.core.geo;

import static dev.sitrep.core.testing.Validity.assertRejected;
import static dev.sitrep.core.testing.Validity.assertValidIff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.testing.Arbitrary;
import dev.sitrep.core.testing.Generators;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties: points, places and airspaces are accepted iff their values are in range, names iff
 * not blank, places iff they say where they lie, airspaces iff they say which they are.
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
          InvalidDataException e = assertValidIff(valid,
              () -> Airspace.builder().from(airspace).flightInformationRegion(fir).build());
          if (e != null) {
            assertThat(e.path()).isEqualTo("flightInformationRegion");
            assertThat(e.getMessage()).contains("'" + fir + "'");
          }
        });
  }

  /**
   * A place is accepted iff it lies in a country, or on the border of two or more distinct states,
   * or has an area kind that says why it has neither; never a country and border states; and a
   * country's point only with the country. The failure names the rule's attribute.
   */
  @Test
  void aPlaceIsAcceptedIffItHasACountryOrTheStatesOfABorderOrAnAreaKind() {
    Gen<List<Ref<State>>> borderStates = lists().of(Generate.pick(List.of("PL", "BY", "LT"))
        .map(c -> Ref.to(StateCatalogue.get(c)))).ofSizeBetween(0, 3);
    Gen<Optional<Ref<State>>> countries = Generate.pick(List.of("PL", "BY"))
        .map(c -> Ref.to(StateCatalogue.get(c))).toOptionals(50);
    qt().withExamples(EXAMPLES)
        .forAll(countries, borderStates, Generators.areaKinds().toOptionals(50),
            Generate.enumValues(PlacePrecision.class))
        .checkAssert((country, border, area, precision) -> {
          boolean distinct = border.stream().distinct().count() == border.size();
          String broken = country.isPresent() && !border.isEmpty() ? "borderStates"
              : country.isEmpty() && border.isEmpty() && area.isEmpty() ? "areaKind"
              : !border.isEmpty() && (border.size() < 2 || !distinct) ? "borderStates"
              : precision == PlacePrecision.COUNTRY && country.isEmpty() ? "precision"
              : null;
          InvalidDataException e = assertValidIff(broken == null, () -> Place.builder()
              .name("the Bug river").country(country).borderStates(border).areaKind(area)
              .precision(precision).build());
          if (e != null) {
            assertThat(e.path()).isEqualTo(broken);
          }
        });
  }

  /** An airspace is accepted iff it has a state, a flight information region or a name. */
  @Test
  void anAirspaceIsAcceptedIffItHasAStateARegionOrAName() {
    Gen<Optional<Ref<State>>> states = Generate.constant(Ref.to(StateCatalogue.get("PL")))
        .toOptionals(50);
    qt().withExamples(EXAMPLES)
        .forAll(states, Generate.constant("EPWW").toOptionals(50),
            Generate.constant("the Baltic Sea").toOptionals(50))
        .checkAssert((state, fir, name) -> {
          boolean valid = state.isPresent() || fir.isPresent() || name.isPresent();
          InvalidDataException e = assertValidIff(valid, () -> Airspace.builder().state(state)
              .flightInformationRegion(fir).name(name).build());
          if (e != null) {
            assertThat(e.path()).isEqualTo("state");
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
