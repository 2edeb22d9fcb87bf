/**
 * sitrep's domain model: immutable, validated types for security reporting, by concept in the
 * packages below ({@code identity}, {@code time}, {@code quantity}, {@code actor},
 * {@code event}…); here, what they share: the one exception for bad input,
 * {@link dev.sitrep.core.InvalidDataException}, open-vocabulary {@link dev.sitrep.core.Code}s,
 * and what blank {@link dev.sitrep.core.Text} is.
 *
 * <p>Every value type is built by its static {@code builder()}, whose setters are named as the
 * value's attributes ({@code airspace(…)}, {@code addIntrusions(…)}); {@code build()} checks the
 * rules and fails with {@code InvalidDataException} naming the attribute. To change a value,
 * copy it into a builder with {@code from(…)}, which keeps the rules:
 *
 * <pre>{@code
 * AirspaceIncident incident = AirspaceIncident.builder()
 *     .id(EntityId.of("airspace-incident/poland-2025-09-10")).title("Drones over Poland")
 *     .airspace(Airspace.of(Ref.of("state/pol"), "EPWW")).build();
 * AirspaceIncident retitled = AirspaceIncident.builder().from(incident)
 *     .title("Drone incursion into Poland").build();
 * }</pre>
 *
 * <p>The builder's class, {@code ImmutableAirspaceIncident.Builder}, and the value's,
 * {@code ImmutableAirspaceIncident}, are generated and documented beside the type. To change one
 * attribute in one step, the value's class has {@code copyOf} and a {@code with…} method per
 * attribute, which keep the rules as {@code build()} does:
 *
 * <pre>{@code
 * AirspaceIncident retitled = ImmutableAirspaceIncident.copyOf(incident)
 *     .withTitle("Drone incursion into Poland");
 * }</pre>
 */
package dev.sitrep.core;
