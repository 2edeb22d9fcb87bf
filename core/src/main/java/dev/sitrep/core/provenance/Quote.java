package dev.sitrep.core.provenance;

import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Words as spoken or written, and who said them: Donald Tusk, "the closest we have been to open
 * conflict since World War II", to members of the Polish parliament.
 */
@Value.Immutable
@SitrepStyle
public abstract class Quote {
  /** @return the words */
  public abstract String text();

  /** @return the BCP 47 language of the words as given, if known */
  public abstract Optional<String> language();

  /** @return who said them (the asserter), in which source, how firmly */
  public abstract Attribution attribution();

  /** @return a new builder */
  public static ImmutableQuote.Builder builder() {
    return ImmutableQuote.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(text(), "text");
    language().ifPresent(l -> Checks.language(l, "language"));
  }
}
