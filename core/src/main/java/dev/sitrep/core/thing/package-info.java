/**
 * Things that events involve: a {@link dev.sitrep.core.thing.Vessel} (the tanker Eagle S), an
 * {@link dev.sitrep.core.thing.Aircraft} and {@link dev.sitrep.core.thing.Infrastructure} (the
 * Estlink 2 cable), each a {@link dev.sitrep.core.thing.Thing} with its operators.
 *
 * <pre>{@code
 * Vessel eagleS = Vessel.builder().id(EntityId.of("vessel/eagle-s")).name("Eagle S")
 *     .kind(VesselKind.TANKER).build();
 * }</pre>
 */
package dev.sitrep.core.thing;
