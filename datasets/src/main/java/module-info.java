/**
 * The conflict-event datasets PLOVER (JSON Lines), ACLED (CSV) and UCDP GED (CSV), read into
 * sitrep events and written from them: {@link dev.sitrep.datasets.Dataset}.
 */
module dev.sitrep.datasets {
  requires transitive dev.sitrep.io;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.csv;
  requires static org.immutables.value;

  exports dev.sitrep.datasets;
}
