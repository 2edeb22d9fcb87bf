package dev.sitrep.core.exercise;

/**
 * What the Vienna Document 2011 requires of a military activity above a threshold: an exercise of
 * 9,000 troops or more must be notified ({@link #NOTIFICATION}), one of 13,000 or more observed
 * ({@link #OBSERVATION}). See {@link ViennaDocument2011#THRESHOLDS}.
 */
public enum Obligation {
  /** Prior notification, 42 days or more in advance (paragraphs 38 and 40). */
  NOTIFICATION,
  /** Inviting observers from all other participating States (paragraph 47). */
  OBSERVATION
}
