package dev.sitrep.core.thing;

import dev.sitrep.core.actor.State;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.IdScheme;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A ship, by the name reports give it, with its kind, flag state and IMO number where known: the
 * Eagle S, a tanker under the flag of the Cook Islands, IMO 9329760, suspected of cutting the
 * Estlink 2 power cable on 25 December 2024 and seized by Finland the next day.
 *
 * <pre>{@code
 * Vessel eagleS = Vessel.builder().id(EntityId.of("vessel/eagle-s")).name("Eagle S")
 *     .kind(VesselKind.TANKER).flagState(Ref.of("state/cok"))
 *     .addExternalIds(ExternalId.imo("9329760")).build();
 * eagleS.imoNumber();   // Optional[9329760]
 * }</pre>
 *
 * <p>A ship keeps its IMO number for life, whatever its name and flag: a vessel has at most one.
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class Vessel implements Thing {
  /**
   * The builder of a Vessel: a {@link ThingBuilder}, with the setters of its own properties.
   */
  public interface Builder extends ThingBuilder<Builder> {}

  /** @return the ship's name, as reports give it: "Eagle S" */
  public abstract String name();

  /** @return what kind of ship it is, if reported: a tanker */
  public abstract Optional<VesselKind> kind();

  /** @return the state whose flag it flies, if reported */
  public abstract Optional<Ref<State>> flagState();

  /** @return its IMO number, if it is among its {@linkplain #externalIds() external ids} */
  public Optional<String> imoNumber() {
    return externalIds().stream().filter(id -> id.scheme().equals(IdScheme.IMO))
        .map(ExternalId::value).findFirst();
  }

  /** @return a new builder */
  public static ImmutableVessel.Builder builder() {
    return ImmutableVessel.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
    Things.check(this);
    List<String> imo = externalIds().stream().filter(id -> id.scheme().equals(IdScheme.IMO))
        .map(ExternalId::value).collect(Collectors.toList());
    Checks.require(imo.size() <= 1, "externalIds",
        () -> "must hold at most one IMO number, a ship's for life, was " + imo);
  }
}
