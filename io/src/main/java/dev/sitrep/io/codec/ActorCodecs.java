package dev.sitrep.io.codec;

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
import dev.sitrep.core.actor.RelationKind;
import dev.sitrep.core.actor.State;

/** Codecs of actors and the relations between them. */
public final class ActorCodecs {
  private ActorCodecs() {}

  public static final ObjectCodec<Name, ImmutableName.Builder> NAME =
      ObjectCodec.of(Name.class, Name::builder, ImmutableName.Builder::build)
          .required(Wire.VALUE, Name::value, ImmutableName.Builder::value, Scalars.STRING)
          .optional(Wire.LANGUAGE, Name::language, ImmutableName.Builder::language, Scalars.STRING)
          .optional(Wire.SCRIPT, Name::script, ImmutableName.Builder::script, Scalars.STRING);

  public static final ObjectCodec<State, ImmutableState.Builder> STATE =
      ObjectCodec.of(State.class, State::builder, ImmutableState.Builder::build)
          .required(Wire.ID, State::id, ImmutableState.Builder::id, Scalars.ENTITY_ID)
          .required(Wire.NAME, State::name, ImmutableState.Builder::name, Scalars.STRING)
          .list(Wire.OTHER_NAMES, State::otherNames, ImmutableState.Builder::addAllOtherNames, NAME)
          .list(Wire.EXTERNAL_IDS, State::externalIds, ImmutableState.Builder::addAllExternalIds,
              FoundationCodecs.EXTERNAL_ID)
          .required(Wire.ALPHA2, State::alpha2, ImmutableState.Builder::alpha2, Scalars.STRING)
          .required(Wire.ALPHA3, State::alpha3, ImmutableState.Builder::alpha3, Scalars.STRING);

  public static final ObjectCodec<Person, ImmutablePerson.Builder> PERSON =
      ObjectCodec.of(Person.class, Person::builder, ImmutablePerson.Builder::build)
          .required(Wire.ID, Person::id, ImmutablePerson.Builder::id, Scalars.ENTITY_ID)
          .required(Wire.NAME, Person::name, ImmutablePerson.Builder::name, Scalars.STRING)
          .list(Wire.OTHER_NAMES, Person::otherNames, ImmutablePerson.Builder::addAllOtherNames,
              NAME)
          .list(Wire.EXTERNAL_IDS, Person::externalIds,
              ImmutablePerson.Builder::addAllExternalIds, FoundationCodecs.EXTERNAL_ID)
          .optional(Wire.BIRTH_DATE, Person::birthDate, ImmutablePerson.Builder::birthDate,
              Scalars.TIME_POINT);

  public static final ObjectCodec<Organization, ImmutableOrganization.Builder> ORGANIZATION =
      ObjectCodec.of(Organization.class, Organization::builder,
              ImmutableOrganization.Builder::build)
          .required(Wire.ID, Organization::id, ImmutableOrganization.Builder::id,
              Scalars.ENTITY_ID)
          .required(Wire.NAME, Organization::name, ImmutableOrganization.Builder::name,
              Scalars.STRING)
          .list(Wire.OTHER_NAMES, Organization::otherNames,
              ImmutableOrganization.Builder::addAllOtherNames, NAME)
          .list(Wire.EXTERNAL_IDS, Organization::externalIds,
              ImmutableOrganization.Builder::addAllExternalIds, FoundationCodecs.EXTERNAL_ID)
          .required(Wire.KIND, Organization::kind, ImmutableOrganization.Builder::kind,
              Scalars.code(OrganizationKind::of))
          .optional(Wire.PARENT, Organization::parent, ImmutableOrganization.Builder::parent,
              Scalars.ref())
          .optional(Wire.STATE, Organization::state, ImmutableOrganization.Builder::state,
              Scalars.ref());

  public static final ObjectCodec<Collective, ImmutableCollective.Builder> COLLECTIVE =
      ObjectCodec.of(Collective.class, Collective::builder, ImmutableCollective.Builder::build)
          .required(Wire.ID, Collective::id, ImmutableCollective.Builder::id, Scalars.ENTITY_ID)
          .required(Wire.NAME, Collective::name, ImmutableCollective.Builder::name,
              Scalars.STRING)
          .list(Wire.OTHER_NAMES, Collective::otherNames,
              ImmutableCollective.Builder::addAllOtherNames, NAME)
          .list(Wire.EXTERNAL_IDS, Collective::externalIds,
              ImmutableCollective.Builder::addAllExternalIds, FoundationCodecs.EXTERNAL_ID)
          .optional(Wire.AFFILIATION, Collective::affiliation,
              ImmutableCollective.Builder::affiliation, Scalars.refToSubtype())
          .optional(Wire.KIND, Collective::kind, ImmutableCollective.Builder::kind,
              Scalars.code(OrganizationKind::of))
          .optional(Wire.SIZE, Collective::size, ImmutableCollective.Builder::size,
              FoundationCodecs.UNCERTAIN_COUNT);

  public static final ObjectCodec<Membership, ImmutableMembership.Builder> MEMBERSHIP =
      ObjectCodec.of(Membership.class, Membership::builder, ImmutableMembership.Builder::build)
          .required(Wire.ID, Membership::id, ImmutableMembership.Builder::id, Scalars.ENTITY_ID)
          .required(Wire.MEMBER, Membership::member, ImmutableMembership.Builder::member,
              Scalars.refToSubtype())
          .required(Wire.ORGANIZATION, Membership::organization,
              ImmutableMembership.Builder::organization, Scalars.ref())
          .optional(Wire.PERIOD, Membership::period, ImmutableMembership.Builder::period,
              FoundationCodecs.PERIOD)
          .list(Wire.ATTRIBUTIONS, Membership::attributions,
              ImmutableMembership.Builder::addAllAttributions, FoundationCodecs.ATTRIBUTION);

  public static final ObjectCodec<Office, ImmutableOffice.Builder> OFFICE =
      ObjectCodec.of(Office.class, Office::builder, ImmutableOffice.Builder::build)
          .required(Wire.ID, Office::id, ImmutableOffice.Builder::id, Scalars.ENTITY_ID)
          .required(Wire.HOLDER, Office::holder, ImmutableOffice.Builder::holder, Scalars.ref())
          .required(Wire.TITLE, Office::title, ImmutableOffice.Builder::title, Scalars.STRING)
          .required(Wire.OF, Office::of, ImmutableOffice.Builder::of, Scalars.refToSubtype())
          .optional(Wire.PERIOD, Office::period, ImmutableOffice.Builder::period,
              FoundationCodecs.PERIOD)
          .list(Wire.ATTRIBUTIONS, Office::attributions,
              ImmutableOffice.Builder::addAllAttributions, FoundationCodecs.ATTRIBUTION);

  public static final ObjectCodec<ActorRelation, ImmutableActorRelation.Builder> ACTOR_RELATION =
      ObjectCodec.of(ActorRelation.class, ActorRelation::builder,
              ImmutableActorRelation.Builder::build)
          .required(Wire.ID, ActorRelation::id, ImmutableActorRelation.Builder::id,
              Scalars.ENTITY_ID)
          .required(Wire.FROM, ActorRelation::from, ImmutableActorRelation.Builder::from,
              Scalars.refToSubtype())
          .required(Wire.KIND, ActorRelation::kind, ImmutableActorRelation.Builder::kind,
              Scalars.code(RelationKind::of))
          .required(Wire.TO, ActorRelation::to, ImmutableActorRelation.Builder::to,
              Scalars.refToSubtype())
          .optional(Wire.DESCRIPTION, ActorRelation::description,
              ImmutableActorRelation.Builder::description, Scalars.STRING)
          .optional(Wire.PERIOD, ActorRelation::period, ImmutableActorRelation.Builder::period,
              FoundationCodecs.PERIOD)
          .list(Wire.ATTRIBUTIONS, ActorRelation::attributions,
              ImmutableActorRelation.Builder::addAllAttributions, FoundationCodecs.ATTRIBUTION);
}
