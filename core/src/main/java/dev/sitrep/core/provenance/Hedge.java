package dev.sitrep.core.provenance;

/** How firmly a source asserts something: "reportedly shot down" is {@link #REPORTED}. */
public enum Hedge {
  /** Established, for example by several independent sources or on the record. */
  CONFIRMED,
  /** Said plainly, without a hedge: the article's "at least nineteen Russian drones penetrated". */
  STATED,
  /** Said officially by the party concerned: Minsk's declared troop numbers; "officials stated". */
  DECLARED,
  /** Passed on by the source without its own confirmation: "reportedly". */
  REPORTED,
  /** Asserted by someone with a stake: Moscow's claimed strength of an exercise. */
  CLAIMED,
  /** Accused, not proven. */
  ALLEGED,
  /** An analyst's or observer's estimate or assessment. */
  ESTIMATED,
  /** Contested by others. */
  DISPUTED,
  /** Denied by the party concerned. */
  DENIED
}
