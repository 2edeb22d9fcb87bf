package dev.sitrep.core.prisoner;

/**
 * The criteria of Resolution 1900 (2012) of the Parliamentary Assembly of the Council of Europe,
 * under which a person deprived of liberty is a political prisoner if:
 */
public enum Pace1900Criterion {
  /**
   * (a) the detention violates a fundamental guarantee of the European Convention on Human Rights,
   * in particular freedom of thought, conscience and religion, of expression and information, or
   * of assembly and association.
   */
  A,
  /** (b) the detention is imposed for purely political reasons, without connection to any offence. */
  B,
  /**
   * (c) for political motives, the length or conditions of detention are clearly out of
   * proportion to the offence.
   */
  C,
  /** (d) for political motives, the person is detained in a discriminatory manner compared to others. */
  D,
  /** (e) the detention results from proceedings that were clearly unfair and connected with political motives of the authorities. */
  E
}
