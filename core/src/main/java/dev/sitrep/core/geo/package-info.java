/**
 * Where things happen: a {@link dev.sitrep.core.geo.GeoPoint} (validated latitude and longitude),
 * a {@link dev.sitrep.core.geo.Place} (a name, a country, an optional point, a precision) and an
 * {@link dev.sitrep.core.geo.Airspace} (a state's, with its ICAO flight information region, or
 * international).
 *
 * <pre>{@code
 * Airspace polish = Airspace.of(Ref.of("state/pol"), "EPWW");   // FIR Warsaw
 * GeoPoint warsaw = GeoPoint.of(52.23, 21.01);
 * }</pre>
 */
package dev.sitrep.core.geo;
