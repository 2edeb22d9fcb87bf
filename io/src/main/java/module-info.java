/**
 * sitrep's JSON wire format: {@link dev.sitrep.io.SitrepJson} to read and write, and
 * {@link dev.sitrep.io.SitrepModule} for Jackson databind users.
 *
 * <p>Runs on jackson-core alone. Jackson databind is optional ({@code requires static}): only
 * {@code SitrepModule} uses it, and an application that registers the module has databind
 * already, and reads it. On the class path, databind's {@code findAndAddModules()} finds
 * {@code SitrepModule}; on the module path, add it by name ({@code addModule(new
 * SitrepModule())}), since a {@code provides} here would make databind required for every user.
 */
module dev.sitrep.io {
  requires transitive dev.sitrep.core;
  requires transitive tools.jackson.core;
  requires static tools.jackson.databind;
  requires static org.immutables.value;

  exports dev.sitrep.io;
}
