package dev.sitrep.core.geo;

import static dev.sitrep.core.testing.Validity.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.identity.Ref;
import org.junit.jupiter.api.Test;

/** Examples: points, places and airspaces. */
class GeoTest {
  private static final Ref<State> POLAND = Ref.to(StateCatalogue.get("PL"));
  private static final Ref<State> RUSSIA = Ref.to(StateCatalogue.get("RU"));

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
    assertThat(warsawFir.state()).isEqualTo(POLAND);
    assertThat(warsawFir.flightInformationRegion()).hasValue("EPWW");
    assertThat(Airspace.of(Ref.to(StateCatalogue.get("BY")), "UMMV").state().id().value())
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
  void aPlaceWithoutANameOrCountryIsRejected() {
    assertRejected(() -> Place.builder().name(" ").country(POLAND)
        .precision(PlacePrecision.COUNTRY).build(), "name", "blank");
    assertRejected(() -> Place.builder().name("Warsaw").precision(PlacePrecision.SETTLEMENT)
        .build(), "country", "Place");
    assertRejected(() -> Place.builder().build(), "", "name", "country", "precision");
  }
}
