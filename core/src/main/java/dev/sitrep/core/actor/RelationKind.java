package dev.sitrep.core.actor;

import dev.sitrep.core.Code;

/**
 * The kind of a directed {@link ActorRelation}, read "from kind to": Belarus
 * {@link #HOSTS_FORCES_OF} Russia; Belarusian state enterprises {@link #SUPPLIES_WEAPONS_TO} the
 * Russian military; Lukashenka {@link #DEPENDS_ON} the Kremlin. An open vocabulary.
 */
public final class RelationKind extends Code {
  /** The subject hosts the armed forces of the other: Belarus hosts forces of Russia. */
  public static final RelationKind HOSTS_FORCES_OF = new RelationKind("hosts-forces-of");
  /** The subject supplies weapons or munitions to the other. */
  public static final RelationKind SUPPLIES_WEAPONS_TO = new RelationKind("supplies-weapons-to");
  /** The subject depends on the other, politically or economically: Lukashenka on the Kremlin. */
  public static final RelationKind DEPENDS_ON = new RelationKind("depends-on");
  /** The subject is allied with the other. */
  public static final RelationKind ALLIED_WITH = new RelationKind("allied-with");
  /** The subject imposes sanctions on the other. */
  public static final RelationKind SANCTIONS = new RelationKind("sanctions");
  /**
   * The subject supports the other, without saying how: "a key accomplice in Russia's war effort".
   */
  public static final RelationKind SUPPORTS = new RelationKind("supports");
  /** The subject exerts influence over the other: Russia over Belarus. */
  public static final RelationKind INFLUENCES = new RelationKind("influences");

  private RelationKind(String code) {
    super("kind", code);
  }

  /**
   * @param code a lowercase code, well-known or not
   * @return the kind for {@code code}, well-known or not
   */
  public static RelationKind of(String code) {
    return new RelationKind(code);
  }
}
