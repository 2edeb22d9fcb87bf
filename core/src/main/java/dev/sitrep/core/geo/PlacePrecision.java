package dev.sitrep.core.geo;

/**
 * How precisely a {@link Place} is known: the aerodrome in Kaliningrad Region is a
 * {@link #REGION}; "the skies above Poland" a {@link #COUNTRY}.
 */
public enum PlacePrecision {
  /** The exact spot. */
  EXACT,
  /** Near a named spot. */
  NEAR,
  /** A town or city. */
  SETTLEMENT,
  /** A district or county. */
  DISTRICT,
  /** A region, province or oblast. */
  REGION,
  /** Somewhere in a country. */
  COUNTRY
}
