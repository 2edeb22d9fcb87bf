/**
 * sitrep's types for Jackson 2 ({@code com.fasterxml.jackson}):
 * {@link dev.sitrep.jackson2.SitrepJackson2Module}, the same bytes as sitrep-io writes.
 */
// Named for Jackson 2's namespace, com.fasterxml: a module name ending in a digit (jackson2)
// would make javac -Xlint warn in every user's module-info that requires it.
module dev.sitrep.fasterxml {
  requires transitive dev.sitrep.io;
  requires transitive com.fasterxml.jackson.databind;

  exports dev.sitrep.jackson2;

  provides com.fasterxml.jackson.databind.Module with dev.sitrep.jackson2.SitrepJackson2Module;
}
