/** A user's program, as a module. */
module dev.sitrep.consumer {
  requires dev.sitrep.datasets;
  requires dev.sitrep.stix;
  requires dev.sitrep.fasterxml;
  requires tools.jackson.databind;
}
