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

  /** The codec of {@link Name}, named {@code name} in the schema. */
  public static final ObjectCodec<Name, ImmutableName.Builder> NAME =
      ObjectCodec.declare("name",
              "A name as written in one language or script, such as Аляксандр Лукашэнка (be,"
                  + " Cyrl).",
              Name.class, Name::builder, ImmutableName.Builder::build)
          .required("value", "the name as written",
              Name::value, ImmutableName.Builder::value, Scalars.STRING)
          .optional("language", "its language: `be`, `ru`, `en`",
              Name::language, ImmutableName.Builder::language, Scalars.LANGUAGE_TAG)
          .optional("script", "its script (ISO 15924): `Cyrl`, `Latn`",
              Name::script, ImmutableName.Builder::script, Scalars.STRING)
          .build();

  /**
   * @return a codec for one kind of actor, with the properties every actor shares declared:
   *     {@code id}, {@code name}, {@code other_names}, {@code external_ids}; the kind's own
   *     properties follow them
   */
  static <A extends Actor, B extends ActorBuilder<?>> ObjectCodec.Declaration<A, B> actor(
      String name, String description, Class<A> type, Supplier<B> builder,
      Function<B, ? extends A> build) {
    return ObjectCodec.declare(name, description, type, builder, build)
        .shared("actor-properties")
        .required("id", "the actor's id",
            A::id, ActorBuilder::id, Scalars.ENTITY_ID)
        .required("name", "the name it is best known by",
            A::name, ActorBuilder::name, Scalars.STRING)
        .list("other_names", "other names, transliterations, spellings",
            A::otherNames, ActorBuilder::addAllOtherNames, NAME)
        .list("external_ids", "ids in other systems",
            A::externalIds, ActorBuilder::addAllExternalIds, FoundationCodecs.EXTERNAL_ID)
        .shared(null)
        .extensions(ActorBuilder::putAllExtensions);
  }

  /**
   * @return a codec for one kind of relation, with its {@code id} declared; the kind's own
   *     properties follow, and {@link #periodAndAttributions} ends it
   */
  static <R extends Relation, B extends RelationBuilder<?>> ObjectCodec.Declaration<R, B>
      relation(String name, String description, Class<R> type, Supplier<B> builder,
          Function<B, ? extends R> build) {
    return ObjectCodec.declare(name, description, type, builder, build)
        .shared("relation-properties")
        .required("id", "the relation's id",
            R::id, RelationBuilder::id, Scalars.ENTITY_ID)
        .shared(null)
        .extensions(RelationBuilder::putAllExtensions);
  }

  /** @return {@code codec} ended by the properties every relation has last */
  static <R extends Relation, B extends RelationBuilder<?>> ObjectCodec<R, B>
      periodAndAttributions(ObjectCodec.Declaration<R, B> codec) {
    return codec
        .shared("relation-properties")
        .optional("period", "when the relation held",
            R::period, RelationBuilder::period, FoundationCodecs.PERIOD)
        .list("attributions", "who asserts it",
            R::attributions, RelationBuilder::addAllAttributions, FoundationCodecs.ATTRIBUTION)
        .build();
  }

  /** The codec of {@link State}, named {@code state} in the schema. */
  public static final ObjectCodec<State, ImmutableState.Builder> STATE =
      actor("state",
              "An actor that is a sovereign state, identified by its ISO 3166-1 alpha-2 and"
                  + " alpha-3 codes.",
              State.class, State::builder, ImmutableState.Builder::build)
          .required("alpha2", "ISO 3166-1 alpha-2 code, known to the JDK",
              State::alpha2, ImmutableState.Builder::alpha2, Scalars.STRING)
          .required("alpha3", "the alpha-3 code of the same country",
              State::alpha3, ImmutableState.Builder::alpha3, Scalars.STRING)
          .build();

  /** The codec of {@link Person}, named {@code person} in the schema. */
  public static final ObjectCodec<Person, ImmutablePerson.Builder> PERSON =
      actor("person",
              "An actor that is a person, with other spellings of the name.",
              Person.class, Person::builder, ImmutablePerson.Builder::build)
          .optional("birth_date", "date of birth, at the precision known",
              Person::birthDate, ImmutablePerson.Builder::birthDate, Scalars.TIME_POINT)
          .build();

  /** The codec of {@link Organization}, named {@code organization} in the schema. */
  public static final ObjectCodec<Organization, ImmutableOrganization.Builder> ORGANIZATION =
      actor("organization",
              "An actor that is an organization of some kind, optionally part of a parent"
                  + " organization and of a state.",
              Organization.class, Organization::builder,
              ImmutableOrganization.Builder::build)
          .required("kind", "what kind of organization it is",
              Organization::kind, ImmutableOrganization.Builder::kind,
              Scalars.code(OrganizationKind.class, OrganizationKind::of))
          .optional("parent", "the organization it is part of; not itself",
              Organization::parent, ImmutableOrganization.Builder::parent,
              Scalars.ref(Organization.class))
          .optional("state", "the state it belongs to",
              Organization::state, ImmutableOrganization.Builder::state, Scalars.ref(State.class))
          .build();

  /** The codec of {@link Collective}, named {@code collective} in the schema. */
  public static final ObjectCodec<Collective, ImmutableCollective.Builder> COLLECTIVE =
      actor("collective",
              "An actor named only by description, such as officials in Minsk, with its"
                  + " affiliation, kind and size.",
              Collective.class, Collective::builder,
              ImmutableCollective.Builder::build)
          .optional("affiliation", "whom the group belongs to",
              Collective::affiliation, ImmutableCollective.Builder::affiliation,
              Scalars.refToSubtype(Actor.class))
          .optional("kind", "what its members are (organization kinds)",
              Collective::kind, ImmutableCollective.Builder::kind,
              Scalars.code(OrganizationKind.class, OrganizationKind::of))
          .optional("size", "how many members, as the source says",
              Collective::size, ImmutableCollective.Builder::size, FoundationCodecs.UNCERTAIN_COUNT)
          .build();

  /** The codec of {@link Membership}, named {@code membership} in the schema. */
  public static final ObjectCodec<Membership, ImmutableMembership.Builder> MEMBERSHIP =
      periodAndAttributions(relation("membership",
              "A relation: an actor's membership of an organization, over a period.",
              Membership.class, Membership::builder,
              ImmutableMembership.Builder::build)
          .required("member", "the member",
              Membership::member, ImmutableMembership.Builder::member,
              Scalars.refToSubtype(Actor.class))
          .required("organization", "what it is a member of; not the member itself",
              Membership::organization, ImmutableMembership.Builder::organization,
              Scalars.ref(Organization.class)));

  /** The codec of {@link Office}, named {@code office} in the schema. */
  public static final ObjectCodec<Office, ImmutableOffice.Builder> OFFICE =
      periodAndAttributions(relation("office",
              "A relation: an office held by a person in a state or organization, over a period.",
              Office.class, Office::builder,
              ImmutableOffice.Builder::build)
          .required("holder", "who holds the office",
              Office::holder, ImmutableOffice.Builder::holder, Scalars.ref(Person.class))
          .required("title", "\"Prime Minister\"",
              Office::title, ImmutableOffice.Builder::title, Scalars.STRING)
          .required("of", "the state or organization; not the holder",
              Office::of, ImmutableOffice.Builder::of, Scalars.refToSubtype(Actor.class)));

  /** The codec of {@link ActorRelation}, named {@code actor-relation} in the schema. */
  public static final ObjectCodec<ActorRelation, ImmutableActorRelation.Builder> ACTOR_RELATION =
      periodAndAttributions(relation("actor-relation",
              "A relation: a typed, directed relation from one actor to another, read 'from kind"
                  + " to'.",
              ActorRelation.class, ActorRelation::builder,
              ImmutableActorRelation.Builder::build)
          .required("from", "where the relation goes from",
              ActorRelation::subject, ImmutableActorRelation.Builder::subject,
              Scalars.refToSubtype(Actor.class))
          .attribute("subject")
          .required("kind", "what the relation is, read \"from kind to\"",
              ActorRelation::kind, ImmutableActorRelation.Builder::kind,
              Scalars.code(RelationKind.class, RelationKind::of))
          .required("to", "where it goes to; not `from`",
              ActorRelation::to, ImmutableActorRelation.Builder::to,
              Scalars.refToSubtype(Actor.class))
          .optional("description", "the source's own words: \"a key accomplice in Russia's war"
                  + " effort\"",
              ActorRelation::description, ImmutableActorRelation.Builder::description,
              Scalars.STRING));
}
