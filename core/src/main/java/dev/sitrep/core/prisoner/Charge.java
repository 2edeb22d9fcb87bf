package dev.sitrep.core.prisoner;

import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A criminal charge, by code, article and part, or in the source's words where it gives no
 * article: Article 342, part 1, of the Criminal Code of Belarus ("organisation and preparation of
 * actions that grossly violate public order"), or simply "extremism". A charge names an article,
 * says what it is about, or both; a part needs its article.
 *
 * <pre>{@code
 * Charge.builder().code("Criminal Code of Belarus").article("342").part("1").build();
 * Charge.builder().description("treason").build();
 * }</pre>
 */
@Value.Immutable
@SitrepStyle
public abstract class Charge {
  /** @return the code, such as "Criminal Code of Belarus", where the source names it */
  public abstract Optional<String> code();

  /** @return the article, such as "342", where the source gives it */
  public abstract Optional<String> article();

  /** @return the part of the article, such as "1" */
  public abstract Optional<String> part();

  /** @return what the charge is about, in the source's words: "treason" */
  public abstract Optional<String> description();

  /** @return a new builder */
  public static ImmutableCharge.Builder builder() {
    return ImmutableCharge.builder();
  }

  @Value.Check
  void check() {
    code().ifPresent(c -> Checks.notBlank(c, "code"));
    article().ifPresent(a -> Checks.notBlank(a, "article"));
    part().ifPresent(p -> Checks.notBlank(p, "part"));
    description().ifPresent(d -> Checks.notBlank(d, "description"));
    Checks.require(article().isPresent() || description().isPresent(), "article",
        "must be given, or a description of what the charge is about");
    Checks.require(part().isEmpty() || article().isPresent(), "article",
        () -> "must be given with a part (part=" + part().get() + ")");
  }
}
