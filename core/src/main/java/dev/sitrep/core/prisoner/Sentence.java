package dev.sitrep.core.prisoner;

import dev.sitrep.core.internal.SitrepStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A sentence: a term, where there is one, and the regime it is served in. */
@Value.Immutable
@SitrepStyle
public abstract class Sentence {
  /** @return how long, if the sentence has a length (a fine has none) */
  public abstract Optional<Term> term();

  /** @return how it is served */
  public abstract Regime regime();

  /** @return a new builder */
  public static ImmutableSentence.Builder builder() {
    return ImmutableSentence.builder();
  }

  /** @return {@code term} served in {@code regime} */
  public static Sentence of(Term term, Regime regime) {
    return builder().term(term).regime(regime).build();
  }
}
