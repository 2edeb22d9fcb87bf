package dev.sitrep.io.codec;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.ActorBuilder;
import dev.sitrep.core.actor.ActorRelation;
import dev.sitrep.core.actor.Collective;
import dev.sitrep.core.actor.ImmutableActorRelation;
import dev.sitrep.core.actor.ImmutableCollective;
import dev.sitrep.core.actor.ImmutableMembership;
import dev.sitrep.core.actor.ImmutableName;
import dev.sitrep.core.actor.ImmutableOffice;
import dev.sitrep.core.actor.ImmutableOrganization;
import dev.sitrep.core.actor.ImmutablePerson;
import dev.sitrep.core.actor.ImmutableState;
import dev.sitrep.core.actor.Membership;
import dev.sitrep.core.actor.Name;
import dev.sitrep.core.actor.Office;
import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.actor.OrganizationKind;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.Relation;
import dev.sitrep.core.actor.RelationBuilder;
import dev.sitrep.core.actor.RelationKind;
import dev.sitrep.core.actor.State;
import java.util.function.Function;
import java.util.function.Supplier;

/** Codecs of actors and the relations between them. */
public final class ActorCodecs {
  private ActorCodecs() {}

  public static final ObjectCodec<Name, ImmutableName.Builder> NAME =
      ObjectCodec.of(Name.class, Name::builder, ImmutableName.Builder::build)
          .required(Wire.VALUE, Name::value, ImmutableName.Builder::value, Scalars.STRING)
          .optional(Wire.LANGUAGE, Name::language, ImmutableName.Builder::language, Scalars.STRING)
          .optional(Wire.SCRIPT, Name::script, ImmutableName.Builder::script, Scalars.STRING);

  /**
   * @return a codec for one kind of actor, with the properties every actor shares declared:
   *     {@code id}, {@code name}, {@code other_names}, {@code external_ids}; the kind's own
   *     properties follow them
   */
  static <A extends Actor, B extends ActorBuilder<?>> ObjectCodec<A, B> actor(Class<A> type,
      Supplier<B> builder, Function<B, ? extends A> build) {
    return ObjectCodec.of(type, builder, build)
        .required(Wire.ID, A::id, ActorBuilder::id, Scalars.ENTITY_ID)
        .required(Wire.NAME, A::name, ActorBuilder::name, Scalars.STRING)
        .list(Wire.OTHER_NAMES, A::otherNames, ActorBuilder::addAllOtherNames, NAME)
        .list(Wire.EXTERNAL_IDS, A::externalIds, ActorBuilder::addAllExternalIds,
            FoundationCodecs.EXTERNAL_ID);
  }

  /**
   * @return a codec for one kind of relation, with its {@code id} declared; the kind's own
   *     properties follow, and {@link #periodAndAttributions} ends it
   */
  static <R extends Relation, B extends RelationBuilder<?>> ObjectCodec<R, B> relation(
      Class<R> type, Supplier<B> builder, Function<B, ? extends R> build) {
    return ObjectCodec.of(type, builder, build)
        .required(Wire.ID, R::id, RelationBuilder::id, Scalars.ENTITY_ID);
  }

  /** @return {@code codec} ended by the properties every relation has last */
  static <R extends Relation, B extends RelationBuilder<?>> ObjectCodec<R, B>
      periodAndAttributions(ObjectCodec<R, B> codec) {
    return codec
        .optional(Wire.PERIOD, R::period, RelationBuilder::period, FoundationCodecs.PERIOD)
        .list(Wire.ATTRIBUTIONS, R::attributions, RelationBuilder::addAllAttributions,
            FoundationCodecs.ATTRIBUTION);
  }

  public static final ObjectCodec<State, ImmutableState.Builder> STATE =
      actor(State.class, State::builder, ImmutableState.Builder::build)
          .required(Wire.ALPHA2, State::alpha2, ImmutableState.Builder::alpha2, Scalars.STRING)
          .required(Wire.ALPHA3, State::alpha3, ImmutableState.Builder::alpha3, Scalars.STRING);

  public static final ObjectCodec<Person, ImmutablePerson.Builder> PERSON =
      actor(Person.class, Person::builder, ImmutablePerson.Builder::build)
          .optional(Wire.BIRTH_DATE, Person::birthDate, ImmutablePerson.Builder::birthDate,
              Scalars.TIME_POINT);

  public static final ObjectCodec<Organization, ImmutableOrganization.Builder> ORGANIZATION =
      actor(Organization.class, Organization::builder,
              ImmutableOrganization.Builder::build)
          .required(Wire.KIND, Organization::kind, ImmutableOrganization.Builder::kind,
              Scalars.code(OrganizationKind::of))
          .optional(Wire.PARENT, Organization::parent, ImmutableOrganization.Builder::parent,
              Scalars.ref())
          .optional(Wire.STATE, Organization::state, ImmutableOrganization.Builder::state,
              Scalars.ref());

  public static final ObjectCodec<Collective, ImmutableCollective.Builder> COLLECTIVE =
      actor(Collective.class, Collective::builder,
              ImmutableCollective.Builder::build)
          .optional(Wire.AFFILIATION, Collective::affiliation,
              ImmutableCollective.Builder::affiliation, Scalars.refToSubtype())
          .optional(Wire.KIND, Collective::kind, ImmutableCollective.Builder::kind,
              Scalars.code(OrganizationKind::of))
          .optional(Wire.SIZE, Collective::size, ImmutableCollective.Builder::size,
              FoundationCodecs.UNCERTAIN_COUNT);

  public static final ObjectCodec<Membership, ImmutableMembership.Builder> MEMBERSHIP =
      periodAndAttributions(relation(Membership.class, Membership::builder,
              ImmutableMembership.Builder::build)
          .required(Wire.MEMBER, Membership::member, ImmutableMembership.Builder::member,
              Scalars.refToSubtype())
          .required(Wire.ORGANIZATION, Membership::organization,
              ImmutableMembership.Builder::organization, Scalars.ref()));

  public static final ObjectCodec<Office, ImmutableOffice.Builder> OFFICE =
      periodAndAttributions(relation(Office.class, Office::builder,
              ImmutableOffice.Builder::build)
          .required(Wire.HOLDER, Office::holder, ImmutableOffice.Builder::holder, Scalars.ref())
          .required(Wire.TITLE, Office::title, ImmutableOffice.Builder::title, Scalars.STRING)
          .required(Wire.OF, Office::of, ImmutableOffice.Builder::of, Scalars.refToSubtype()));

  public static final ObjectCodec<ActorRelation, ImmutableActorRelation.Builder> ACTOR_RELATION =
      periodAndAttributions(relation(ActorRelation.class, ActorRelation::builder,
              ImmutableActorRelation.Builder::build)
          .required(Wire.FROM, ActorRelation::from, ImmutableActorRelation.Builder::from,
              Scalars.refToSubtype())
          .required(Wire.KIND, ActorRelation::kind, ImmutableActorRelation.Builder::kind,
              Scalars.code(RelationKind::of))
          .required(Wire.TO, ActorRelation::to, ImmutableActorRelation.Builder::to,
              Scalars.refToSubtype())
          .optional(Wire.DESCRIPTION, ActorRelation::description,
              ImmutableActorRelation.Builder::description, Scalars.STRING));
}
