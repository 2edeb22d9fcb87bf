package dev.sitrep.core.provenance;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.time.TimePoint;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who asserts something, where, when and how firmly: "officials stated" (the article, asserted by
 * "officials", declared); "reportedly shot down" (the article, reported); Moscow's claim of
 * 100,000 troops (asserted by Russia, claimed). With no asserter, the source speaks for itself.
 * Several actors may assert something jointly, as two heads of government in one statement:
 *
 * <pre>{@code
 * Attribution joint = Attribution.builder().source(Ref.of("source/joint-statement"))
 *     .assertedBy(Ref.of("person/donald-tusk")).addAlsoAssertedBy(Ref.of("person/gitanas-nauseda"))
 *     .hedge(Hedge.STATED).build();
 * }</pre>
 */
@Value.Immutable
@SitrepStyle
public abstract class Attribution {
  /** @return the source the assertion is found in */
  public abstract Ref<Source> source();

  /** @return the actor who asserts it, if the source names one */
  public abstract Optional<Ref<? extends Actor>> assertedBy();

  /**
   * @return the other actors asserting it jointly with {@link #assertedBy()}, such as the second
   *     head of government of a joint statement
   */
  public abstract List<Ref<? extends Actor>> alsoAssertedBy();

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

  /**
   * @param source the source
   * @param hedge how firmly it asserts
   * @return the source speaking for itself with the given hedge
   */
  public static Attribution of(Ref<Source> source, Hedge hedge) {
    return builder().source(source).hedge(hedge).build();
  }

  @Value.Check
  void check() {
    assertedByDescription().ifPresent(d -> Checks.notBlank(d, "assertedByDescription"));
    if (!alsoAssertedBy().isEmpty()) {
      Checks.require(assertedBy().isPresent(), "alsoAssertedBy",
          "must come with assertedBy, the first of the actors asserting it jointly");
      for (int i = 0; i < alsoAssertedBy().size(); i++) {
        Ref<? extends Actor> actor = alsoAssertedBy().get(i);
        Checks.require(!actor.equals(assertedBy().get()), "alsoAssertedBy[" + i + "]",
            () -> "must not repeat assertedBy (" + actor + ")");
      }
      int repeat = Checks.firstRepeat(alsoAssertedBy());
      Checks.require(repeat < 0, "alsoAssertedBy[" + repeat + "]",
          () -> "must not repeat " + alsoAssertedBy().get(repeat));
    }
  }
}
