/**
 * Identity and references: every {@link dev.sitrep.core.identity.Entity} (a source, an actor, an
 * event…) has an {@link dev.sitrep.core.identity.EntityId}, a readable slug such as
 * {@code exercise/zapad-2025}; values refer to one another by a typed
 * {@link dev.sitrep.core.identity.Ref}, never by embedding; an
 * {@link dev.sitrep.core.identity.ExternalId} names the same thing in another system (Wikidata,
 * ISO 3166, ICAO, IMO).
 *
 * <pre>{@code
 * Ref<State> belarus = Ref.of("state/blr");
 * ExternalId q = ExternalId.wikidata("Q184");
 * }</pre>
 */
package dev.sitrep.core.identity;
