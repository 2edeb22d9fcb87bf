package dev.sitrep.core.actor;

import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.ExternalId;
import java.util.List;

/**
 * Someone who acts or is acted upon: a {@link State} (Belarus), a {@link Person} (Alyaksandr
 * Lukashenka), an {@link Organization} (NATO, the Polish parliament) or a {@link Collective} named
 * only by description ("officials in Minsk").
 */
public sealed interface Actor extends Entity permits State, Person, Organization, Collective,
    UnrecognizedActor {
  /** @return the name the actor is best known by */
  String name();

  /** @return other names, transliterations and spellings */
  List<Name> otherNames();

  /** @return ids of the same actor in other systems (Wikidata, ISO 3166…) */
  List<ExternalId> externalIds();

  /**
   * @param query a name in any case, with or without diacritics
   * @return whether the name or one of the other names matches the query, as a whole or as
   *     whole words: "lukashenko" matches "Alexander Lukashenko"
   */
  default boolean isNamed(String query) {
    return Names.matches(this, query);
  }
}
