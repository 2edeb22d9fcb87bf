package dev.sitrep.core.provenance;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.time.TimePoint;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who asserts something, where, when and how firmly: "officials stated" (the article, asserted by
 * "officials", declared); "reportedly shot down" (the article, reported); Moscow's claim of
 * 100,000 troops (asserted by Russia, claimed). With no asserter, the source speaks for itself.
 */
@Value.Immutable
@SitrepStyle
public abstract class Attribution {
  /** @return the source the assertion is found in */
  public abstract Ref<Source> source();

  /** @return the actor who asserts it, if the source names one */
  public abstract Optional<Ref<? extends Actor>> assertedBy();

  /** @return the asserter as the source describes them, such as "officials in Minsk" */
  public abstract Optional<String> assertedByDescription();

  /** @return how firmly it is asserted */
  public abstract Hedge hedge();

  /** @return when it was asserted, if known */
  public abstract Optional<TimePoint> date();

  /** @return a new builder */
  public static ImmutableAttribution.Builder builder() {
    return ImmutableAttribution.builder();
  }

  /** @return the source speaking for itself with the given hedge */
  public static Attribution of(Ref<Source> source, Hedge hedge) {
    return builder().source(source).hedge(hedge).build();
  }

  @Value.Check
  void check() {
    assertedByDescription().ifPresent(d -> Checks.notBlank(d, "assertedByDescription"));
  }
}
