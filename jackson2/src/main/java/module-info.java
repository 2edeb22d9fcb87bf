/**
 * sitrep's types for Jackson 2 ({@code com.fasterxml.jackson}):
 * {@link dev.sitrep.jackson2.SitrepJackson2Module}, the same bytes as sitrep-io writes.
 */
@SuppressWarnings("module") // the name is the artifact's: jackson2, as Jackson 2 is named
module dev.sitrep.jackson2 {
  requires transitive dev.sitrep.io;
  requires transitive com.fasterxml.jackson.databind;

  exports dev.sitrep.jackson2;

  provides com.fasterxml.jackson.databind.Module with dev.sitrep.jackson2.SitrepJackson2Module;
}
