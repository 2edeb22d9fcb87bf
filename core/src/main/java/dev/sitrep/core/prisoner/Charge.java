package dev.sitrep.core.prisoner;

import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A criminal charge, by code, article and part: Article 342, part 1, of the Criminal Code of
 * Belarus ("organisation and preparation of actions that grossly violate public order").
 */
@Value.Immutable
@SitrepStyle
public abstract class Charge {
  /** @return the code, such as "Criminal Code of Belarus" */
  public abstract String code();

  /** @return the article, such as "342" */
  public abstract String article();

  /** @return the part of the article, such as "1" */
  public abstract Optional<String> part();

  /** @return what the article is about, in the source's words */
  public abstract Optional<String> description();

  /** @return a new builder */
  public static ImmutableCharge.Builder builder() {
    return ImmutableCharge.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(code(), "code");
    Checks.notBlank(article(), "article");
    part().ifPresent(p -> Checks.notBlank(p, "part"));
    description().ifPresent(d -> Checks.notBlank(d, "description"));
  }
}
