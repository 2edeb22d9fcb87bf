package dev.sitrep.io.codec;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.dossier.ImmutableDossier;

/** The codec of the dossier: the document other tools exchange. */
public final class DossierCodecs {
  private static final String MAJOR = Dossier.SCHEMA_VERSION.split("\\.")[0];

  private DossierCodecs() {}

  /**
   * @return the version, if this sitrep reads it: the same major version (a newer minor version
   *     adds only what lenient reading can skip)
   */
  private static String readable(String version) {
    if (!version.equals(MAJOR) && !version.startsWith(MAJOR + ".")) {
      throw new InvalidDataException("schemaVersion", "must be " + MAJOR + " or " + MAJOR
          + ".x, the format this sitrep reads, was '" + version + "'");
    }
    return version;
  }

  private static final Codec<String> SCHEMA_VERSION = Scalars.of("schema-version",
      "The version of the wire format a dossier is written in: a major version, or major.minor.",
      version -> version, DossierCodecs::readable);

  /** The codec of {@link Dossier}, named {@code dossier} in the schema. */
  public static final ObjectCodec<Dossier, ImmutableDossier.Builder> DOSSIER =
      ObjectCodec.declare("dossier",
              "The document tools exchange: a format version and the sources, actors, things,"
                  + " relations, events, political prisoners and statistics of a story, referring"
                  + " to each other by id.",
              Dossier.class, Dossier::builder, ImmutableDossier.Builder::build)
          .required("schema_version", "the version of the dossier format; sitrep writes `\"1\"`",
              Dossier::schemaVersion, ImmutableDossier.Builder::schemaVersion, SCHEMA_VERSION)
          .optional("title", "a title for the whole: \"Zapad 2025\"",
              Dossier::title, ImmutableDossier.Builder::title, Scalars.STRING)
          .list("sources", "where the facts come from",
              Dossier::sources, ImmutableDossier.Builder::addAllSources, FoundationCodecs.SOURCE)
          .list("actors", "who acts",
              Dossier::actors, ImmutableDossier.Builder::addAllActors, Families.ACTOR)
          .list("things", "what events act on that is not an actor: vessels, aircraft,"
                  + " infrastructure",
              Dossier::things, ImmutableDossier.Builder::addAllThings, Families.THING)
          .list("relations", "memberships, offices and other relations between actors",
              Dossier::relations, ImmutableDossier.Builder::addAllRelations, Families.RELATION)
          .list("events", "what happened",
              Dossier::events, ImmutableDossier.Builder::addAllEvents, Families.EVENT)
          .list("prisoners", "political prisoners",
              Dossier::prisoners, ImmutableDossier.Builder::addAllPrisoners,
              PrisonerCodecs.POLITICAL_PRISONER)
          .list("statistics", "attributed counts",
              Dossier::statistics, ImmutableDossier.Builder::addAllStatistics,
              PrisonerCodecs.STATISTIC)
          .build();
}
