/**
 * Events: the sealed {@link dev.sitrep.core.event.Event} and its kinds (a
 * {@link dev.sitrep.core.event.Statement}, {@link dev.sitrep.core.event.Meeting},
 * {@link dev.sitrep.core.event.BorderClosure}, {@link dev.sitrep.core.event.Warning}, a
 * {@link dev.sitrep.core.event.GeneralEvent} of a PLOVER-aligned
 * {@link dev.sitrep.core.event.EventKind}; exercises and airspace incidents have packages of their
 * own), with their participants, links to other events, impacts and suspicions. Every kind's
 * builder is an {@link dev.sitrep.core.event.EventBuilder}.
 *
 * <pre>{@code
 * Warning warning = Warning.builder().id(EntityId.of("warning/minsk-warsaw"))
 *     .title("Minsk warns Warsaw of drones").by(Ref.of("collective/officials-in-minsk"))
 *     .to(Ref.of("collective/warsaw-counterparts"))
 *     .about("drones were heading their way from the direction of Belarus").build();
 * }</pre>
 */
package dev.sitrep.core.event;
