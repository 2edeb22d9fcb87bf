/**
 * Actors and their relations. An {@link dev.sitrep.core.actor.Actor} is a
 * {@link dev.sitrep.core.actor.State} (checked against the JDK's ISO 3166 list, see
 * {@link dev.sitrep.core.actor.StateCatalogue}), a {@link dev.sitrep.core.actor.Person}, an
 * {@link dev.sitrep.core.actor.Organization}, or a {@link dev.sitrep.core.actor.Collective} that
 * an article names without names ("officials in Minsk"). A
 * {@link dev.sitrep.core.actor.Relation} is a {@link dev.sitrep.core.actor.Membership}, an
 * {@link dev.sitrep.core.actor.Office} or a typed {@link dev.sitrep.core.actor.ActorRelation}.
 *
 * <pre>{@code
 * State belarus = StateCatalogue.get("BY");
 * ActorRelation hosts = ActorRelation.builder().id(EntityId.of("relation/blr-hosts-rus"))
 *     .subject(Ref.to(belarus)).kind(RelationKind.HOSTS_FORCES_OF)
 *     .to(Ref.to(StateCatalogue.get("RU"))).build();
 * }</pre>
 */
package dev.sitrep.core.actor;
