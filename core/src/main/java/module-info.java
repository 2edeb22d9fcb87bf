/**
 * sitrep's domain model: immutable, validated types for security reporting.
 *
 * <p>Depends on nothing at run time but the JDK; Immutables is needed only to compile.
 */
module dev.sitrep.core {
  requires static org.immutables.value;

  exports dev.sitrep.core;
  exports dev.sitrep.core.identity;
  exports dev.sitrep.core.time;
  exports dev.sitrep.core.quantity;
  exports dev.sitrep.core.geo;
  exports dev.sitrep.core.prisoner;
  exports dev.sitrep.core.statistic;
  exports dev.sitrep.core.provenance;
  exports dev.sitrep.core.actor;
  exports dev.sitrep.core.airspace;
  exports dev.sitrep.core.event;
  exports dev.sitrep.core.thing;
  exports dev.sitrep.core.exercise;
  exports dev.sitrep.core.dossier;
  exports dev.sitrep.core.extension;
}
