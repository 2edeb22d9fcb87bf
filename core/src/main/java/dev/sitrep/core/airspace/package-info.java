/**
 * Airspace incidents: an {@link dev.sitrep.core.airspace.AirspaceIncident} is what entered
 * ({@link dev.sitrep.core.airspace.Intrusion}s, with their origin and
 * {@link dev.sitrep.core.airspace.Transit}s), what was done
 * ({@link dev.sitrep.core.airspace.Response}s), and what followed
 * ({@link dev.sitrep.core.airspace.Consequence}s, {@link dev.sitrep.core.airspace.Consultation}s).
 *
 * <pre>{@code
 * AirspaceIncident incursion = AirspaceIncident.builder()
 *     .id(EntityId.of("airspace-incident/poland-2025-09-10")).title("Drones over Poland")
 *     .airspace(Airspace.of(Ref.of("state/pol"), "EPWW"))
 *     .addIntrusions(Intrusion.builder().platform(PlatformKind.DRONE)
 *         .count(UncertainCount.atLeast(19)).build())
 *     .build();
 * }</pre>
 */
package dev.sitrep.core.airspace;
