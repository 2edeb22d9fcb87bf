package dev.sitrep.io.codec;

import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.dossier.ImmutableDossier;

/** The codec of the dossier: the document other tools exchange. */
public final class DossierCodecs {
  private DossierCodecs() {}

  public static final ObjectCodec<Dossier, ImmutableDossier.Builder> DOSSIER =
      ObjectCodec.of(Dossier.class, Dossier::builder, ImmutableDossier.Builder::build)
          .required(Wire.SCHEMA_VERSION, Dossier::schemaVersion,
              ImmutableDossier.Builder::schemaVersion, Scalars.STRING)
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
