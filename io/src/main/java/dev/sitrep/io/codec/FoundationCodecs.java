package dev.sitrep.io.codec;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.geo.Airspace;
import dev.sitrep.core.geo.AreaKind;
import dev.sitrep.core.geo.GeoPoint;
import dev.sitrep.core.geo.ImmutableAirspace;
import dev.sitrep.core.geo.ImmutableGeoPoint;
import dev.sitrep.core.geo.ImmutablePlace;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.geo.PlacePrecision;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.IdScheme;
import dev.sitrep.core.identity.ImmutableExternalId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.ImmutableAttribution;
import dev.sitrep.core.provenance.ImmutableClaim;
import dev.sitrep.core.provenance.ImmutableQuote;
import dev.sitrep.core.provenance.ImmutableSource;
import dev.sitrep.core.provenance.Quote;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.provenance.SourceKind;
import dev.sitrep.core.quantity.ImmutableUncertainCount;
import dev.sitrep.core.quantity.Qualifier;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.ImmutablePeriod;
import dev.sitrep.core.time.ImmutableUncertainDuration;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.UncertainDuration;

/**
 * Codecs of the foundation types: identity, time, quantity, geo and provenance. Each is a list of
 * its properties, written and read side by side.
 */
public final class FoundationCodecs {
  private FoundationCodecs() {}

  /** The codec of {@link ExternalId}, named {@code external-id} in the schema. */
  public static final ObjectCodec<ExternalId, ImmutableExternalId.Builder> EXTERNAL_ID =
      ObjectCodec.declare("external-id",
              "An id of the same thing in another system: a scheme code and a value, checked for"
                  + " the schemes sitrep knows.",
              ExternalId.class, ImmutableExternalId::builder,
              ImmutableExternalId.Builder::build)
          .required("scheme", "the system",
              ExternalId::scheme, ImmutableExternalId.Builder::scheme,
              Scalars.code(IdScheme.class, IdScheme::of))
          .required("value", "the id within it",
              ExternalId::value, ImmutableExternalId.Builder::value, Scalars.STRING)
          .build();

  /** The codec of {@link UncertainDuration}, named {@code uncertain-duration} in the schema. */
  public static final ObjectCodec<UncertainDuration, ImmutableUncertainDuration.Builder>
      UNCERTAIN_DURATION =
      ObjectCodec.declare("uncertain-duration",
              "How long something lasted, as a source gives it: lower bound, best guess, upper"
                  + " bound (absent: unbounded), qualifier and phrase, as an uncertain count has"
                  + " them: \"for about four hours\" is {\"lower\": \"PT0S\", \"best\":"
                  + " \"PT4H\", \"qualifier\": \"about\", \"phrase\": \"for about four hours\"}.",
              UncertainDuration.class, UncertainDuration::builder,
              ImmutableUncertainDuration.Builder::build)
          .required("lower", "the least it can have lasted; PT0S when nothing is known",
              UncertainDuration::lower, ImmutableUncertainDuration.Builder::lower,
              Scalars.DURATION)
          .optional("best", "the source's best guess",
              UncertainDuration::best, ImmutableUncertainDuration.Builder::best, Scalars.DURATION)
          .optional("upper", "the most it can have lasted",
              UncertainDuration::upper, ImmutableUncertainDuration.Builder::upper,
              Scalars.DURATION)
          .required("qualifier", "the words around the figure: how the bounds were given",
              UncertainDuration::qualifier, ImmutableUncertainDuration.Builder::qualifier,
              Scalars.enumeration(Qualifier.class))
          .optional("phrase", "the source's own words",
              UncertainDuration::phrase, ImmutableUncertainDuration.Builder::phrase,
              Scalars.STRING)
          .build();

  /** The codec of {@link Period}, named {@code period} in the schema. */
  public static final ObjectCodec<Period, ImmutablePeriod.Builder> PERIOD =
      ObjectCodec.declare("period",
              "A span of time from a start to an optional end (absent: open or unknown), with the"
                  + " source's own words.",
              Period.class, Period::builder, ImmutablePeriod.Builder::build)
          .required("start", "when it began",
              Period::start, ImmutablePeriod.Builder::start, Scalars.TIME_POINT)
          .optional("end", "when it ended, if it has and the source says",
              Period::end, ImmutablePeriod.Builder::end, Scalars.TIME_POINT)
          .optional("phrase", "the source's own words",
              Period::phrase, ImmutablePeriod.Builder::phrase, Scalars.STRING)
          .optional("duration", "how long it lasted, as the source says, whether or not the end"
                  + " is known; where it is, the lower bound fits between start and end",
              Period::duration, ImmutablePeriod.Builder::duration, UNCERTAIN_DURATION)
          .build();

  /** The codec of {@link UncertainCount}, named {@code uncertain-count} in the schema. */
  public static final ObjectCodec<UncertainCount, ImmutableUncertainCount.Builder>
      UNCERTAIN_COUNT =
      ObjectCodec.declare("uncertain-count",
              "A count as a source gives it: lower bound, best guess, upper bound (absent:"
                  + " unbounded), qualifier and phrase.",
              UncertainCount.class, UncertainCount::builder,
              ImmutableUncertainCount.Builder::build)
              .requiredLong("lower", "the least the count can be; 0 when nothing is known",
                  0, UncertainCount.MAX, UncertainCount::lower,
                  ImmutableUncertainCount.Builder::lower)
              .optionalLong("best", "the source's best guess",
                  0, UncertainCount.MAX, UncertainCount::best,
                  ImmutableUncertainCount.Builder::best)
              .optionalLong("upper", "the most the count can be",
                  0, UncertainCount.MAX, UncertainCount::upper,
                  ImmutableUncertainCount.Builder::upper)
              .required("qualifier", "the words around the number: how the bounds were given",
                  UncertainCount::qualifier, ImmutableUncertainCount.Builder::qualifier,
                  Scalars.enumeration(Qualifier.class))
              .optional("phrase", "the source's own words",
                  UncertainCount::phrase, ImmutableUncertainCount.Builder::phrase, Scalars.STRING)
          .build();

  /** The codec of {@link GeoPoint}, named {@code geo-point} in the schema. */
  public static final ObjectCodec<GeoPoint, ImmutableGeoPoint.Builder> GEO_POINT =
      ObjectCodec.declare("geo-point",
              "A point in WGS 84 degrees.",
              GeoPoint.class, ImmutableGeoPoint::builder, ImmutableGeoPoint.Builder::build)
          .required("lat", "latitude, north positive",
              GeoPoint::lat, ImmutableGeoPoint.Builder::lat, Scalars.number(-90, 90))
          .required("lon", "longitude, east positive",
              GeoPoint::lon, ImmutableGeoPoint.Builder::lon, Scalars.number(-180, 180))
          .build();

  /** The codec of {@link Place}, named {@code place} in the schema. */
  public static final ObjectCodec<Place, ImmutablePlace.Builder> PLACE =
      ObjectCodec.declare("place",
              "A named place, with a point where known and what the point stands for; in a"
                  + " country, on the border of several states, or in an area of no state such as"
                  + " a sea or international airspace.",
              Place.class, Place::builder, ImmutablePlace.Builder::build)
          .required("name", "the name as the source gives it",
              Place::name, ImmutablePlace.Builder::name, Scalars.STRING)
          .optional("country", "the state it lies in; absent for a border zone or an area of"
                  + " no state",
              Place::country, ImmutablePlace.Builder::country, Scalars.ref(State.class))
          .list("border_states", "the states of a border zone it is, two or more; never with"
                  + " `country`",
              Place::borderStates, ImmutablePlace.Builder::addAllBorderStates,
              Scalars.ref(State.class))
          .optional("area_kind", "what kind of area it is: `sea`, `international-waters`,"
                  + " `international-airspace`, `border-zone`; required with neither `country`"
                  + " nor `border_states`",
              Place::areaKind, ImmutablePlace.Builder::areaKind,
              Scalars.code(AreaKind.class, AreaKind::of))
          .optional("admin1", "the first-level subdivision it lies in: region, province, oblast",
              Place::admin1, ImmutablePlace.Builder::admin1, Scalars.STRING)
          .optional("admin2", "the second-level subdivision it lies in: district, county, raion",
              Place::admin2, ImmutablePlace.Builder::admin2, Scalars.STRING)
          .optional("point", "a point, if known",
              Place::point, ImmutablePlace.Builder::point, GEO_POINT)
          .required("precision", "what the point stands for: the spot, a town's centre, a"
                  + " region's, an area's, the country's",
              Place::precision, ImmutablePlace.Builder::precision,
              Scalars.enumeration(PlacePrecision.class))
          .list("external_ids", "its ids in gazetteers such as GeoNames and Wikidata",
              Place::externalIds, ImmutablePlace.Builder::addAllExternalIds, EXTERNAL_ID)
          .build();

  /** The codec of {@link Airspace}, named {@code airspace} in the schema. */
  public static final ObjectCodec<Airspace, ImmutableAirspace.Builder> AIRSPACE =
      ObjectCodec.declare("airspace",
              "A state's airspace, optionally narrowed to an ICAO flight information region such"
                  + " as EPWW; without a state, international airspace, known by its region or"
                  + " name.",
              Airspace.class, ImmutableAirspace::builder, ImmutableAirspace.Builder::build)
          .optional("state", "whose airspace it is; absent for international airspace",
              Airspace::state, ImmutableAirspace.Builder::state, Scalars.ref(State.class))
          .optional("flight_information_region", "the ICAO indicator of the region: `EPWW`"
                  + " (Warsaw), `UMMV` (Minsk)",
              Airspace::flightInformationRegion, ImmutableAirspace.Builder::flightInformationRegion,
              Scalars.STRING)
          .optional("name", "its name as the source gives it; an airspace has a state, a"
                  + " region or a name",
              Airspace::name, ImmutableAirspace.Builder::name, Scalars.STRING)
          .build();

  /** The codec of {@link Source}, named {@code source} in the schema. */
  public static final ObjectCodec<Source, ImmutableSource.Builder> SOURCE =
      ObjectCodec.declare("source",
              "Where a fact comes from: an article, report, photograph, statement or any other"
                  + " kind of source.",
              Source.class, Source::builder, ImmutableSource.Builder::build)
          .required("id", "the source's id",
              Source::id, ImmutableSource.Builder::id, Scalars.ENTITY_ID)
          .required("kind", "what kind of source it is",
              Source::kind, ImmutableSource.Builder::kind,
              Scalars.code(SourceKind.class, SourceKind::of))
          .optional("title", "title or caption, if the source has one that is known",
              Source::title, ImmutableSource.Builder::title, Scalars.STRING)
          .optional("publisher", "who published it",
              Source::publisher, ImmutableSource.Builder::publisher, Scalars.STRING)
          .list("authors", "its authors, in order",
              Source::authors, ImmutableSource.Builder::addAllAuthors, Scalars.STRING)
          .optional("published", "when it was published",
              Source::published, ImmutableSource.Builder::published, Scalars.TIME_POINT)
          .optional("url", "where to read it: an absolute `http` or `https` URL",
              Source::url, ImmutableSource.Builder::url, Scalars.STRING)
          .extensions(ImmutableSource.Builder::putAllExtensions)
          .build();

  /** The codec of {@link Attribution}, named {@code attribution} in the schema. */
  public static final ObjectCodec<Attribution, ImmutableAttribution.Builder> ATTRIBUTION =
      ObjectCodec.declare("attribution",
              "Who asserts something, in which source, when and how firmly.",
              Attribution.class, Attribution::builder, ImmutableAttribution.Builder::build)
          .required("source", "where the assertion is found",
              Attribution::source, ImmutableAttribution.Builder::source, Scalars.ref(Source.class))
          .optional("asserted_by", "who asserts it, if the source names an actor",
              Attribution::assertedBy, ImmutableAttribution.Builder::assertedBy,
              Scalars.refToSubtype(Actor.class))
          .list("also_asserted_by", "the other actors asserting it jointly with `asserted_by`,"
                  + " as in a joint statement; never `asserted_by` itself, none twice",
              Attribution::alsoAssertedBy, ImmutableAttribution.Builder::addAllAlsoAssertedBy,
              Scalars.refToSubtype(Actor.class))
          .optional("asserted_by_description", "the asserter as the source describes them:"
                  + " \"officials in Minsk\"",
              Attribution::assertedByDescription,
              ImmutableAttribution.Builder::assertedByDescription, Scalars.STRING)
          .required("hedge", "how firmly it is asserted",
              Attribution::hedge, ImmutableAttribution.Builder::hedge,
              Scalars.enumeration(Hedge.class))
          .optional("date", "when it was asserted",
              Attribution::date, ImmutableAttribution.Builder::date, Scalars.TIME_POINT)
          .build();

  /** The codec of {@link Quote}, named {@code quote} in the schema. */
  public static final ObjectCodec<Quote, ImmutableQuote.Builder> QUOTE =
      ObjectCodec.declare("quote",
              "Words as spoken or written, in a language if known, and who said them.",
              Quote.class, Quote::builder, ImmutableQuote.Builder::build)
          .required("text", "the words",
              Quote::text, ImmutableQuote.Builder::text, Scalars.STRING)
          .optional("language", "their language as given: `en`, `be`, `en-GB`",
              Quote::language, ImmutableQuote.Builder::language, Scalars.LANGUAGE_TAG)
          .required("attribution", "who said them (`asserted_by`), where, how firmly",
              Quote::attribution, ImmutableQuote.Builder::attribution, ATTRIBUTION)
          .build();

  /** A claim whose value is a reference to a state, such as the state drones came from. */
  public static final ObjectCodec<Claim<Ref<State>>, ImmutableClaim.Builder<Ref<State>>>
      REF_CLAIM = claim("ref-claim",
          "A claim whose value is a reference to an entity, such as the state that drones came"
              + " from.",
          Scalars.ref(State.class));

  /** A claim whose value is text, such as a statement about an incident. */
  public static final ObjectCodec<Claim<String>, ImmutableClaim.Builder<String>> STRING_CLAIM =
      claim("string-claim", "A claim whose value is text, such as a statement about an incident.",
          Scalars.STRING);

  /**
   * @return a codec of claims of a value, with every claim's properties shared as
   *     {@code claim-properties}
   */
  static <V> ObjectCodec<Claim<V>, ImmutableClaim.Builder<V>> claim(String name,
      String description, Codec<V> value) {
    @SuppressWarnings("unchecked")
    Class<Claim<V>> type = (Class<Claim<V>>) (Class<?>) Claim.class;
    return ObjectCodec.declare(name, description, type,
            ImmutableClaim::<V>builder, ImmutableClaim.Builder<V>::build)
        .shared("claim-properties")
        .optional("id", "the claim's id, so that a later claim of the same list can supersede it;"
                + " unique within its list",
            Claim::id, ImmutableClaim.Builder::id, Scalars.ENTITY_ID)
        .shared(null)
        .required("value", "what is claimed",
            Claim::value, ImmutableClaim.Builder::value, value)
        .shared("claim-properties")
        .required("attribution", "who claims it, where, how firmly",
            Claim::attribution, ImmutableClaim.Builder::attribution, ATTRIBUTION)
        .optional("supersedes", "the id of the earlier claim of the same list that this one"
                + " supersedes; not its own, nor one that leads back to it",
            Claim::supersedes, ImmutableClaim.Builder::supersedes, Scalars.ENTITY_ID)
        .build();
  }
}
