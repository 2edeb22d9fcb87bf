package dev.sitrep.core.quantity;

/**
 * A three-valued answer to a question about an uncertain count: "does at least 19 reach 13?" is
 * {@link #YES}, "does at least 19 reach 25?" is {@link #CANNOT_TELL}.
 */
public enum Answer {
  /** Certainly so, whatever the true count within its bounds. */
  YES,
  /** Certainly not. */
  NO,
  /** The bounds allow both. */
  CANNOT_TELL
}
