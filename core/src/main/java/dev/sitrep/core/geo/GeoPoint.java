package dev.sitrep.core.geo;

import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import org.immutables.value.Value;

/**
 * A point on the Earth in WGS 84 degrees: latitude in [-90, 90], longitude in [-180, 180]. Warsaw
 * is {@code GeoPoint.of(52.2297, 21.0122)}.
 */
@Value.Immutable
@SitrepStyle
public abstract class GeoPoint {
  /** @return latitude in degrees, north positive */
  @Value.Parameter
  public abstract double lat();

  /** @return longitude in degrees, east positive */
  @Value.Parameter
  public abstract double lon();

  /**
   * @param lat latitude in [-90, 90]
   * @param lon longitude in [-180, 180]
   * @return the point
   * @throws dev.sitrep.core.InvalidDataException if either is out of range or not a number
   */
  public static GeoPoint of(double lat, double lon) {
    return ImmutableGeoPoint.of(lat, lon);
  }

  @Value.Check
  void check() {
    Checks.require(lat() >= -90 && lat() <= 90, "lat", () -> "must be in [-90, 90], was " + lat());
    Checks.require(lon() >= -180 && lon() <= 180, "lon", () -> "must be in [-180, 180], was " + lon());
  }
}
