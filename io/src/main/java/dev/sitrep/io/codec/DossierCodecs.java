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
      throw new InvalidDataException("schema_version", "must be " + MAJOR + " or " + MAJOR
          + ".x, the format this sitrep reads, was '" + version + "'");
    }
    return version;
  }

  public static final ObjectCodec<Dossier, ImmutableDossier.Builder> DOSSIER =
      ObjectCodec.of(Dossier.class, Dossier::builder, ImmutableDossier.Builder::build)
          .required(Wire.SCHEMA_VERSION, Dossier::schemaVersion,
              ImmutableDossier.Builder::schemaVersion, Scalars.of(v -> v, DossierCodecs::readable))
          .optional(Wire.TITLE, Dossier::title, ImmutableDossier.Builder::title, Scalars.STRING)
          .list(Wire.SOURCES, Dossier::sources, ImmutableDossier.Builder::addAllSources,
              FoundationCodecs.SOURCE)
          .list(Wire.ACTORS, Dossier::actors, ImmutableDossier.Builder::addAllActors,
              Families.ACTOR)
          .list(Wire.RELATIONS, Dossier::relations, ImmutableDossier.Builder::addAllRelations,
              Families.RELATION)
          .list(Wire.EVENTS, Dossier::events, ImmutableDossier.Builder::addAllEvents,
              Families.EVENT)
          .list(Wire.PRISONERS, Dossier::prisoners, ImmutableDossier.Builder::addAllPrisoners,
              PrisonerCodecs.POLITICAL_PRISONER)
          .list(Wire.STATISTICS, Dossier::statistics, ImmutableDossier.Builder::addAllStatistics,
              PrisonerCodecs.STATISTIC);
}
