package dev.sitrep.core.geo;

/**
 * What a {@link Place}'s point stands for, so that a map does not show a country's centroid as
 * if something happened there: the aerodrome "in Kaliningrad Region" is a {@link #REGION} (its
 * point is somewhere in the region); "the skies above Poland" a {@link #COUNTRY}. The values
 * follow UCDP's {@code where_prec} and ACLED's {@code geo_precision}, from the finest.
 */
public enum PlacePrecision {
  /** The point is the spot itself, such as a named building or coordinates the source gives. */
  EXACT,
  /** The point is a named spot near which it happened, within about 25 km (UCDP 2). */
  NEAR,
  /** The point is a town, city or village: its centre (UCDP 2, ACLED 2). */
  SETTLEMENT,
  /** The point is a district or county, a second-level subdivision: its centre (UCDP 3). */
  DISTRICT,
  /** The point is a region, province or oblast, a first-level subdivision: its centre (UCDP 4). */
  REGION,
  /**
   * The point is an area that is no subdivision: a sea, a border zone, a stretch of international
   * waters or airspace, a front line; somewhere in it, often its middle (UCDP 5 and 7).
   */
  AREA,
  /** The point is the country: its centroid or its capital; the place needs a country (UCDP 6). */
  COUNTRY
}
