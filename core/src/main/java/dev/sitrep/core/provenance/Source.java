package dev.sitrep.core.provenance;

import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.extension.Extensions;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.time.TimePoint;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a fact comes from: the article "Zapad 2025" by Hanna Liubakova in the Atlantic Council's
 * UkraineAlert, September 2025; or its photograph, by Vitaly Nevar for Reuters, 13 September 2021.
 */
@Value.Immutable
@SitrepStyle
public abstract class Source implements Entity {
  /** @return what the source is */
  public abstract SourceKind kind();

  /** @return its title or caption, if the source has one that is known */
  public abstract Optional<String> title();

  /** @return who published it, such as "Atlantic Council" or "Reuters" */
  public abstract Optional<String> publisher();

  /** @return its authors, in the order given */
  public abstract List<String> authors();

  /** @return when it was published, at the precision known */
  public abstract Optional<TimePoint> published();

  /** @return where it can be read, an absolute http or https URL */
  public abstract Optional<String> url();

  /** @return a new builder */
  public static ImmutableSource.Builder builder() {
    return ImmutableSource.builder();
  }

  @Value.Check
  void check() {
    Extensions.requireNames(extensions());
    title().ifPresent(t -> Checks.notBlank(t, "title"));
    publisher().ifPresent(p -> Checks.notBlank(p, "publisher"));
    Checks.notBlankElements(authors(), "authors");
    url().ifPresent(u -> Checks.webUrl(u, "url"));
  }
}
