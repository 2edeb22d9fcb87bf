package dev.sitrep.core.actor;

import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.quantity.UncertainCount;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A group the source names only by description, with its affiliation and size where given:
 * "officials in Minsk" (of Belarus), "Polish military officials", "almost 300 Belarusian state
 * enterprises" (of Belarus, kind state enterprise, size almost 300).
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class Collective implements Actor {
  /**
   * The builder of a Collective: an {@link ActorBuilder}, with the setters of its own
   * properties.
   */
  public interface Builder extends ActorBuilder<Builder> {}

  /** @return the actor the group belongs to, such as Belarus for "officials in Minsk" */
  public abstract Optional<Ref<? extends Actor>> affiliation();

  /** @return what its members are, such as state enterprises */
  public abstract Optional<OrganizationKind> kind();

  /** @return how many members it has, as the source says */
  public abstract Optional<UncertainCount> size();

  /** @return a new builder */
  public static ImmutableCollective.Builder builder() {
    return ImmutableCollective.builder();
  }

  @Value.Check
  void check() {
    Names.checkActor(this);
  }
}
