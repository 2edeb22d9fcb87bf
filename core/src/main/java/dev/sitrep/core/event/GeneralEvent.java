package dev.sitrep.core.event;

import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.EventRules;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Any other event, by a PLOVER-aligned {@link EventKind} and an optional mode: Russia's full-scale
 * invasion of Ukraine, February 2022 ({@code assault}); the brutal suppression of anti-regime
 * protests across Belarus, 2020 ({@code coerce}); Lithuania and Poland accelerating construction
 * of enhanced border defenses ({@code mobilize}, mode {@code fortify}).
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class GeneralEvent implements Event {
  /**
   * The builder of a GeneralEvent: an {@link EventBuilder}, with the setters of its own
   * properties.
   */
  public interface Builder extends EventBuilder<Builder> {}

  /** @return what kind of event */
  public abstract EventKind kind();

  /** @return the PLOVER mode within the kind, such as {@code fortify}, in lowercase kebab-case */
  public abstract Optional<String> mode();

  /** @return a new builder */
  public static ImmutableGeneralEvent.Builder builder() {
    return ImmutableGeneralEvent.builder();
  }

  @Value.Check
  void check() {
    EventRules.check(this);
    mode().ifPresent(m -> Checks.code(m, "mode"));
  }
}
