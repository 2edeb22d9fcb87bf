package dev.sitrep.core.actor;

import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.extension.Extensions;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A typed, directed relation from one actor to another, read "subject kind to": Belarus hosts
 * forces of Russia; Lukashenka depends on the Kremlin since 2020. An actor cannot relate to itself.
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class ActorRelation implements Relation {
  /**
   * The builder of an ActorRelation: a {@link RelationBuilder}, with the setters of its own
   * properties.
   */
  public interface Builder extends RelationBuilder<Builder> {}

  /** @return the actor the relation goes from */
  public abstract Ref<? extends Actor> subject();

  /** @return what the relation is */
  public abstract RelationKind kind();

  /** @return the actor the relation goes to */
  public abstract Ref<? extends Actor> to();

  /** @return the source's own words, such as "a key accomplice in Russia's war effort" */
  public abstract Optional<String> description();

  /** @return a new builder */
  public static ImmutableActorRelation.Builder builder() {
    return ImmutableActorRelation.builder();
  }

  @Value.Check
  void check() {
    Extensions.requireNames(extensions());
    Checks.require(!subject().id().equals(to().id()), "to",
        () -> "must differ from the subject: an actor cannot relate to itself (" + subject()
            + ")");
    description().ifPresent(d -> Checks.notBlank(d, "description"));
  }
}
