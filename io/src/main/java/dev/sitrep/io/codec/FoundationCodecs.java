package dev.sitrep.io.codec;

import dev.sitrep.core.geo.Airspace;
import dev.sitrep.core.geo.GeoPoint;
import dev.sitrep.core.geo.ImmutableAirspace;
import dev.sitrep.core.geo.ImmutableGeoPoint;
import dev.sitrep.core.geo.ImmutablePlace;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.geo.PlacePrecision;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.IdScheme;
import dev.sitrep.core.identity.ImmutableExternalId;
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
import dev.sitrep.core.time.Period;

/**
 * Codecs of the foundation types: identity, time, quantity, geo and provenance. Each is a list of
 * its properties, written and read side by side.
 */
public final class FoundationCodecs {
  private FoundationCodecs() {}

  public static final ObjectCodec<ExternalId, ImmutableExternalId.Builder> EXTERNAL_ID =
      ObjectCodec.of(ExternalId.class, ImmutableExternalId::builder,
              ImmutableExternalId.Builder::build)
          .required(Wire.SCHEME, ExternalId::scheme, ImmutableExternalId.Builder::scheme,
              Scalars.code(IdScheme::of))
          .required(Wire.VALUE, ExternalId::value, ImmutableExternalId.Builder::value,
              Scalars.STRING);

  public static final ObjectCodec<Period, ImmutablePeriod.Builder> PERIOD =
      ObjectCodec.of(Period.class, Period::builder, ImmutablePeriod.Builder::build)
          .required(Wire.START, Period::start, ImmutablePeriod.Builder::start, Scalars.TIME_POINT)
          .optional(Wire.END, Period::end, ImmutablePeriod.Builder::end, Scalars.TIME_POINT)
          .optional(Wire.PHRASE, Period::phrase, ImmutablePeriod.Builder::phrase, Scalars.STRING);

  public static final ObjectCodec<UncertainCount, ImmutableUncertainCount.Builder>
      UNCERTAIN_COUNT =
      ObjectCodec.of(UncertainCount.class, UncertainCount::builder,
              ImmutableUncertainCount.Builder::build)
              .requiredLong(Wire.LOWER, UncertainCount::lower,
                  ImmutableUncertainCount.Builder::lower)
              .optionalLong(Wire.BEST, UncertainCount::best, ImmutableUncertainCount.Builder::best)
              .optionalLong(Wire.UPPER, UncertainCount::upper,
                  ImmutableUncertainCount.Builder::upper)
              .required(Wire.QUALIFIER, UncertainCount::qualifier,
                  ImmutableUncertainCount.Builder::qualifier, Scalars.enumeration(Qualifier.class))
              .optional(Wire.PHRASE, UncertainCount::phrase,
                  ImmutableUncertainCount.Builder::phrase, Scalars.STRING);

  public static final ObjectCodec<GeoPoint, ImmutableGeoPoint.Builder> GEO_POINT =
      ObjectCodec.of(GeoPoint.class, ImmutableGeoPoint::builder, ImmutableGeoPoint.Builder::build)
          .required(Wire.LAT, GeoPoint::lat, ImmutableGeoPoint.Builder::lat, Scalars.DOUBLE)
          .required(Wire.LON, GeoPoint::lon, ImmutableGeoPoint.Builder::lon, Scalars.DOUBLE);

  public static final ObjectCodec<Place, ImmutablePlace.Builder> PLACE =
      ObjectCodec.of(Place.class, Place::builder, ImmutablePlace.Builder::build)
          .required(Wire.NAME, Place::name, ImmutablePlace.Builder::name, Scalars.STRING)
          .required(Wire.COUNTRY, Place::country, ImmutablePlace.Builder::country, Scalars.ref())
          .optional(Wire.POINT, Place::point, ImmutablePlace.Builder::point, GEO_POINT)
          .required(Wire.PRECISION, Place::precision, ImmutablePlace.Builder::precision,
              Scalars.enumeration(PlacePrecision.class));

  public static final ObjectCodec<Airspace, ImmutableAirspace.Builder> AIRSPACE =
      ObjectCodec.of(Airspace.class, ImmutableAirspace::builder, ImmutableAirspace.Builder::build)
          .required(Wire.STATE, Airspace::state, ImmutableAirspace.Builder::state, Scalars.ref())
          .optional(Wire.FLIGHT_INFORMATION_REGION, Airspace::flightInformationRegion,
              ImmutableAirspace.Builder::flightInformationRegion, Scalars.STRING);

  public static final ObjectCodec<Source, ImmutableSource.Builder> SOURCE =
      ObjectCodec.of(Source.class, Source::builder, ImmutableSource.Builder::build)
          .required(Wire.ID, Source::id, ImmutableSource.Builder::id, Scalars.ENTITY_ID)
          .required(Wire.KIND, Source::kind, ImmutableSource.Builder::kind,
              Scalars.code(SourceKind::of))
          .optional(Wire.TITLE, Source::title, ImmutableSource.Builder::title, Scalars.STRING)
          .optional(Wire.PUBLISHER, Source::publisher, ImmutableSource.Builder::publisher,
              Scalars.STRING)
          .list(Wire.AUTHORS, Source::authors, ImmutableSource.Builder::addAllAuthors,
              Scalars.STRING)
          .optional(Wire.PUBLISHED, Source::published, ImmutableSource.Builder::published,
              Scalars.TIME_POINT)
          .optional(Wire.URL, Source::url, ImmutableSource.Builder::url, Scalars.STRING);

  public static final ObjectCodec<Attribution, ImmutableAttribution.Builder> ATTRIBUTION =
      ObjectCodec.of(Attribution.class, Attribution::builder, ImmutableAttribution.Builder::build)
          .required(Wire.SOURCE, Attribution::source, ImmutableAttribution.Builder::source,
              Scalars.ref())
          .optional(Wire.ASSERTED_BY, Attribution::assertedBy,
              ImmutableAttribution.Builder::assertedBy, Scalars.refToSubtype())
          .optional(Wire.ASSERTED_BY_DESCRIPTION, Attribution::assertedByDescription,
              ImmutableAttribution.Builder::assertedByDescription, Scalars.STRING)
          .required(Wire.HEDGE, Attribution::hedge, ImmutableAttribution.Builder::hedge,
              Scalars.enumeration(Hedge.class))
          .optional(Wire.DATE, Attribution::date, ImmutableAttribution.Builder::date,
              Scalars.TIME_POINT);

  public static final ObjectCodec<Quote, ImmutableQuote.Builder> QUOTE =
      ObjectCodec.of(Quote.class, Quote::builder, ImmutableQuote.Builder::build)
          .required(Wire.TEXT, Quote::text, ImmutableQuote.Builder::text, Scalars.STRING)
          .optional(Wire.LANGUAGE, Quote::language, ImmutableQuote.Builder::language,
              Scalars.STRING)
          .required(Wire.ATTRIBUTION, Quote::attribution, ImmutableQuote.Builder::attribution,
              ATTRIBUTION);

  /**
   * @param value the codec of the claimed value
   * @return a codec of claims of that value
   */
  public static <V> ObjectCodec<Claim<V>, ImmutableClaim.Builder<V>> claim(Codec<V> value) {
    return new ObjectCodec<Claim<V>, ImmutableClaim.Builder<V>>(
            ImmutableClaim::builder, ImmutableClaim.Builder::build)
        .optional(Wire.ID, Claim::id, ImmutableClaim.Builder::id, Scalars.ENTITY_ID)
        .required(Wire.VALUE, Claim::value, ImmutableClaim.Builder::value, value)
        .required(Wire.ATTRIBUTION, Claim::attribution, ImmutableClaim.Builder::attribution,
            ATTRIBUTION)
        .optional(Wire.SUPERSEDES, Claim::supersedes, ImmutableClaim.Builder::supersedes,
            Scalars.ENTITY_ID);
  }
}
