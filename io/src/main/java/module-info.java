/**
 * sitrep's JSON wire format: {@link dev.sitrep.io.SitrepJson} to read and write, and
 * {@link dev.sitrep.io.SitrepModule} for Jackson databind users.
 */
module dev.sitrep.io {
  requires transitive dev.sitrep.core;
  requires tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires static org.immutables.value;

  exports dev.sitrep.io;

  provides tools.jackson.databind.JacksonModule with dev.sitrep.io.SitrepModule;
}
