package dev.sitrep.core.identity;

/**
 * Anything that has an {@link EntityId} and can be the target of a {@link Ref}: sources, actors,
 * events, relations.
 */
public interface Entity {
  /** @return the entity's id, unique within a dossier */
  EntityId id();
}
