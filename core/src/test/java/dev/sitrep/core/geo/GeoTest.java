package dev.sitrep.core.geo;

import static dev.sitrep.core.testing.Validity.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.IdScheme;
import dev.sitrep.core.identity.Ref;
import org.junit.jupiter.api.Test;

/** Examples: points, places and airspaces. */
class GeoTest {
  private static final Ref<State> POLAND = Ref.to(StateCatalogue.get("PL"));
  private static final Ref<State> RUSSIA = Ref.to(StateCatalogue.get("RU"));
  private static final Ref<State> BELARUS = Ref.to(StateCatalogue.get("BY"));

  @Test
  void latitudeLiesInMinus90To90AndLongitudeInMinus180To180() {
    GeoPoint warsaw = GeoPoint.of(52.2297, 21.0122);
    assertThat(warsaw.lat()).isEqualTo(52.2297);
    assertThat(warsaw.lon()).isEqualTo(21.0122);
    assertThat(GeoPoint.of(90, 180)).isNotNull();
    assertThat(GeoPoint.of(-90, -180)).isNotNull();
    assertRejected(() -> GeoPoint.of(90.0001, 0), "lat", "[-90, 90]", "90.0001");
    assertRejected(() -> GeoPoint.of(-91, 0), "lat", "-91.0");
    assertRejected(() -> GeoPoint.of(0, 180.5), "lon", "[-180, 180]", "180.5");
    assertRejected(() -> GeoPoint.of(0, -181), "lon", "-181.0");
  }

  @Test
  void notANumberAndInfinityAreRejected() {
    assertRejected(() -> GeoPoint.of(Double.NaN, 0), "lat", "NaN");
    assertRejected(() -> GeoPoint.of(0, Double.NaN), "lon", "NaN");
    assertRejected(() -> GeoPoint.of(Double.POSITIVE_INFINITY, 0), "lat", "Infinity");
    assertRejected(() -> GeoPoint.of(0, Double.NEGATIVE_INFINITY), "lon", "-Infinity");
  }

  @Test
  void anAirspaceIsAStatesOptionallyNarrowedToAFlightInformationRegion() {
    Airspace warsawFir = Airspace.of(POLAND, "EPWW");
    assertThat(warsawFir.state()).contains(POLAND);
    assertThat(warsawFir.flightInformationRegion()).hasValue("EPWW");
    assertThat(Airspace.of(Ref.to(StateCatalogue.get("BY")), "UMMV").state().get().id().value())
        .isEqualTo("state/blr");
    assertThat(Airspace.of(POLAND).flightInformationRegion()).isEmpty();
  }

  @Test
  void aFlightInformationRegionIsFourCapitalLetters() {
    for (String fir : new String[] {"epww", "EPW", "EPWWX", "EP1W", "Epww", ""}) {
      assertRejected(() -> Airspace.of(POLAND, fir), "flightInformationRegion", "'" + fir + "'");
    }
    assertRejected(() -> Airspace.of(null), "state", "must not be null");
  }

  @Test
  void aPlaceHasANameACountryAndAPrecision() {
    Place aerodrome = Place.builder().name("an aerodrome in Kaliningrad Region")
        .country(RUSSIA).precision(PlacePrecision.REGION).build();
    assertThat(aerodrome.point()).isEmpty();
    Place warsaw = Place.builder().name("Warsaw").country(POLAND)
        .point(GeoPoint.of(52.2297, 21.0122)).precision(PlacePrecision.SETTLEMENT).build();
    assertThat(warsaw.point()).contains(GeoPoint.of(52.2297, 21.0122));
  }

  @Test
  void internationalAirspaceHasNoStateAndIsKnownByItsRegionOrName() {
    Airspace baltic = Airspace.builder().flightInformationRegion("ESAA")
        .name("international airspace over the Baltic Sea").build();
    assertThat(baltic.state()).isEmpty();
    assertThat(Airspace.builder().name("Shanwick Oceanic").build().name())
        .hasValue("Shanwick Oceanic");
    assertRejected(() -> Airspace.builder().build(), "state",
        "a state, a flight information region or a name");
    assertRejected(() -> Airspace.builder().name(" ").build(), "name", "blank");
  }

  @Test
  void aPlaceWithoutANameOrPrecisionIsRejected() {
    assertRejected(() -> Place.builder().name(" ").country(POLAND)
        .precision(PlacePrecision.COUNTRY).build(), "name", "blank");
    assertRejected(() -> Place.builder().build(), "", "name", "precision");
  }

  @Test
  void aPlaceInNoCountrySaysWhy() {
    Place border = Place.builder().name("the Polish-Belarusian border")
        .addBorderStates(POLAND, BELARUS).areaKind(AreaKind.BORDER_ZONE)
        .precision(PlacePrecision.AREA).build();
    assertThat(border.country()).isEmpty();
    Place sea = Place.builder().name("the Baltic Sea").areaKind(AreaKind.SEA)
        .point(GeoPoint.of(55.5, 18.5)).precision(PlacePrecision.AREA).build();
    assertThat(sea.borderStates()).isEmpty();
    assertRejected(() -> Place.builder().name("Warsaw").precision(PlacePrecision.SETTLEMENT)
        .build(), "areaKind", "no country nor border states");
    assertRejected(() -> Place.builder().name("the border").addBorderStates(POLAND)
        .precision(PlacePrecision.AREA).build(), "borderStates", "two or more", "state/pol");
    assertRejected(() -> Place.builder().name("the border").addBorderStates(POLAND, POLAND)
        .precision(PlacePrecision.AREA).build(), "borderStates", "must not repeat a state");
    assertRejected(() -> Place.builder().name("the border").country(POLAND)
        .addBorderStates(POLAND, BELARUS).precision(PlacePrecision.AREA).build(),
        "borderStates", "must be empty", "state/pol");
    assertRejected(() -> Place.builder().name("somewhere at sea").areaKind(AreaKind.SEA)
        .precision(PlacePrecision.COUNTRY).build(), "precision", "'country'");
  }

  @Test
  void aPlaceNamesItsAdminAreasAndGazetteerIds() {
    Place warsaw = Place.builder().name("Warsaw").country(POLAND).admin1("Masovian Voivodeship")
        .admin2("Warsaw").precision(PlacePrecision.SETTLEMENT)
        .addExternalIds(ExternalId.of(IdScheme.GEONAMES, "756135"), ExternalId.wikidata("Q270"))
        .build();
    assertThat(warsaw.admin1()).hasValue("Masovian Voivodeship");
    assertThat(warsaw.externalIds()).extracting(ExternalId::value).containsExactly("756135", "Q270");
    assertRejected(() -> Place.builder().from(warsaw).admin1("\u00a0").build(), "admin1", "blank");
    assertRejected(() -> ExternalId.of(IdScheme.GEONAMES, "0756135"), "value", "GeoNames");
  }
}
