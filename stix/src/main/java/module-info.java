/**
 * STIX 2.1 bundles out of and into sitrep dossiers: {@link dev.sitrep.stix.StixExport} writes,
 * {@link dev.sitrep.stix.StixImport} reads, losslessly for sitrep's own bundles through the sitrep
 * extension-definition.
 */
module dev.sitrep.stix {
  requires transitive dev.sitrep.io;
  requires tools.jackson.core;
  requires static org.immutables.value;

  exports dev.sitrep.stix;
}
