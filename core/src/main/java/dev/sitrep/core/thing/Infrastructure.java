package dev.sitrep.core.thing;

import dev.sitrep.core.geo.Place;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A piece of infrastructure, by its kind, with its name, operators and places where known: the
 * Estlink 2 power cable between Finland and Estonia, run by Fingrid and Elering; "a power line
 * near the border", kind only.
 *
 * <pre>{@code
 * Infrastructure estlink2 = Infrastructure.builder().id(EntityId.of("infrastructure/estlink-2"))
 *     .kind(InfrastructureKind.POWER_CABLE).name("Estlink 2")
 *     .addOperators(Ref.of("organization/fingrid"), Ref.of("organization/elering"))
 *     .addPlaces(anttila, pussi).build();
 * }</pre>
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class Infrastructure implements Thing {
  /**
   * The builder of an Infrastructure: a {@link ThingBuilder}, with the setters of its own
   * properties.
   */
  public interface Builder extends ThingBuilder<Builder> {}

  /** @return what it is: a power cable, a pipeline, an airport */
  public abstract InfrastructureKind kind();

  /** @return its name, if reported: "Estlink 2" */
  public abstract Optional<String> name();

  /** @return where it is: an airport's town, a cable's landing points */
  public abstract List<Place> places();

  /** @return a new builder */
  public static ImmutableInfrastructure.Builder builder() {
    return ImmutableInfrastructure.builder();
  }

  @Value.Check
  void check() {
    name().ifPresent(n -> Checks.notBlank(n, "name"));
    Things.check(this);
  }
}
