package dev.sitrep.core.identity;

import dev.sitrep.core.internal.SitrepStyle;
import org.immutables.value.Value;

/**
 * A typed reference to an entity by its id. References are ids, never embedded objects: an
 * exercise's hosts are {@code Ref<State>}s such as {@code state/blr}, resolved against a dossier.
 *
 * <p>The type argument is checked by the compiler; two references are equal when their ids are.
 *
 * @param <T> the kind of entity referred to
 */
@Value.Immutable
@SitrepStyle
public abstract class Ref<T extends Entity> {
  /** @return the id referred to */
  @Value.Parameter
  public abstract EntityId id();

  /**
   * @param id the id referred to
   * @param <T> the kind of entity referred to
   * @return the reference
   */
  public static <T extends Entity> Ref<T> of(EntityId id) {
    return ImmutableRef.of(id);
  }

  /**
   * @param id the id referred to, such as {@code state/blr}
   * @param <T> the kind of entity referred to
   * @return the reference
   * @throws dev.sitrep.core.InvalidDataException if the id is not a valid slug
   */
  public static <T extends Entity> Ref<T> of(String id) {
    return of(EntityId.of(id));
  }

  /**
   * @param entity the entity referred to
   * @param <T> the kind of entity referred to
   * @return a reference to the entity's id
   */
  public static <T extends Entity> Ref<T> to(T entity) {
    return of(entity.id());
  }

  @Override
  public String toString() {
    return id().value();
  }
}
