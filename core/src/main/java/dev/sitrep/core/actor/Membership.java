package dev.sitrep.core.actor;

import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.extension.Extensions;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import org.immutables.value.Value;

/** An actor's membership of an organization: Poland in NATO since 1999; Lithuania in the EU. */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class Membership implements Relation {
  /**
   * The builder of a Membership: a {@link RelationBuilder}, with the setters of its own
   * properties.
   */
  public interface Builder extends RelationBuilder<Builder> {}

  /** @return the member */
  public abstract Ref<? extends Actor> member();

  /** @return the organization it is a member of */
  public abstract Ref<Organization> organization();

  /** @return a new builder */
  public static ImmutableMembership.Builder builder() {
    return ImmutableMembership.builder();
  }

  @Value.Check
  void check() {
    Extensions.requireNames(extensions());
    Checks.require(!member().id().equals(organization().id()), "member",
        () -> "must not be the organization itself (" + member() + ")");
  }
}
