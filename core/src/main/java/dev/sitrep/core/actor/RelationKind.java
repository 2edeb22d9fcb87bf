package dev.sitrep.core.actor;

import dev.sitrep.core.Code;

/**
 * The kind of a directed {@link ActorRelation}, read "from kind to": Belarus
 * {@link #HOSTS_FORCES_OF} Russia; Belarusian state enterprises {@link #SUPPLIES_WEAPONS_TO} the
 * Russian military; Lukashenka {@link #DEPENDS_ON} the Kremlin. An open vocabulary.
 */
public final class RelationKind extends Code {
  public static final RelationKind HOSTS_FORCES_OF = new RelationKind("hosts-forces-of");
  public static final RelationKind SUPPLIES_WEAPONS_TO = new RelationKind("supplies-weapons-to");
  public static final RelationKind DEPENDS_ON = new RelationKind("depends-on");
  public static final RelationKind ALLIED_WITH = new RelationKind("allied-with");
  public static final RelationKind SANCTIONS = new RelationKind("sanctions");
  public static final RelationKind SUPPORTS = new RelationKind("supports");
  public static final RelationKind INFLUENCES = new RelationKind("influences");

  private RelationKind(String code) {
    super("kind", code);
  }

  /** @return the kind for {@code code}, well-known or not */
  public static RelationKind of(String code) {
    return new RelationKind(code);
  }
}
