package dev.sitrep.core.actor;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds actors by any of their names, ignoring case and diacritics: "lukashenko" finds Alyaksandr
 * Lukashenka through his other name "Alexander Lukashenko". Exact names come before partial ones.
 */
public final class ActorDirectory {
  private final List<Actor> actors;

  private ActorDirectory(List<Actor> actors) {
    this.actors = actors;
  }

  /**
   * @param actors the actors, such as a dossier's
   * @return a directory of {@code actors}, in their order
   */
  public static ActorDirectory of(Collection<? extends Actor> actors) {
    return new ActorDirectory(List.copyOf(actors));
  }

  /**
   * @param query a name, or whole words of one
   * @return the actors so named: those named exactly so first, then those whose names contain the
   *     query's words
   */
  public List<Actor> find(String query) {
    return actors.stream()
        .filter(a -> a.isNamed(query))
        .sorted(Comparator.comparing(a -> !Names.isExactly(a, query)))
        .collect(Collectors.toUnmodifiableList());
  }
}
