package dev.sitrep.core.actor;

import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organization: NATO (an alliance), the EU, the Polish parliament (a legislature of Poland),
 * the Russian military, the Atlantic Council (a think tank). It may belong to a parent organization
 * and to a state.
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class Organization implements Actor {
  /**
   * The builder of an Organization: an {@link ActorBuilder}, with the setters of its own
   * properties.
   */
  public interface Builder extends ActorBuilder<Builder> {}

  /** @return what the organization is */
  public abstract OrganizationKind kind();

  /** @return the organization it is part of, if any */
  public abstract Optional<Ref<Organization>> parent();

  /** @return the state it belongs to, if any */
  public abstract Optional<Ref<State>> state();

  /** @return a new builder */
  public static ImmutableOrganization.Builder builder() {
    return ImmutableOrganization.builder();
  }

  @Value.Check
  void check() {
    Names.checkActor(this);
    parent().ifPresent(p -> Checks.require(!p.id().equals(id()), "parent",
        () -> "must not be the organization itself (" + id() + ")"));
  }
}
