package dev.sitrep.core.thing;

import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An aircraft, by the type or model reports give, with its registration and operator where known:
 * the Boeing 737-8AS registered SP-RSM, operated by Ryanair, forced to land in Minsk on 23 May
 * 2021; "a Russian Il-20 reconnaissance aircraft", model only.
 *
 * <pre>{@code
 * Aircraft fr4978 = Aircraft.builder().id(EntityId.of("aircraft/sp-rsm")).model("Boeing 737-8AS")
 *     .registration("SP-RSM").addOperators(Ref.of("organization/ryanair")).build();
 * }</pre>
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class Aircraft implements Thing {
  /**
   * The builder of an Aircraft: a {@link ThingBuilder}, with the setters of its own properties.
   */
  public interface Builder extends ThingBuilder<Builder> {}

  /** @return its type or model, as reported: "Boeing 737-8AS", "Il-20M", "fighter jet" */
  public abstract String model();

  /** @return its registration, if reported, as painted on it: "SP-RSM" */
  public abstract Optional<String> registration();

  /** @return a new builder */
  public static ImmutableAircraft.Builder builder() {
    return ImmutableAircraft.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(model(), "model");
    registration().ifPresent(r -> Checks.notBlank(r, "registration"));
    Things.check(this);
  }
}
