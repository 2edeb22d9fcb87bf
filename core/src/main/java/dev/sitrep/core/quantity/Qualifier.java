package dev.sitrep.core.quantity;

/**
 * How a source qualifies a count: the words around the number. The qualifier says which bounds a
 * count has, and which figure the source means when taken at its word
 * ({@link UncertainCount#stated()}): "up to 150,000" is {@link #UP_TO}, strictly at most 150,000,
 * and as stated 150,000.
 */
public enum Qualifier {
  /** "19 drones": the count is known; as stated, 19. */
  EXACTLY,
  /** "at least nineteen drones": as stated, 19. */
  AT_LEAST,
  /**
   * "over a thousand political prisoners": more than the number said, that is at least 1,001; as
   * stated, 1,001.
   */
  MORE_THAN,
  /**
   * "almost 300 state enterprises": close to, but below, the number said, that is at most 299; as
   * stated, 299, the closest count below 300.
   */
  ALMOST,
  /**
   * "at most 20": a ceiling, not a size; no figure is stated unless the source also gives a best
   * guess. See {@link #UP_TO} for a ceiling the source means as the size.
   */
  AT_MOST,
  /**
   * "up to 150,000 troops": at most the number said, and meant as the size; strictly at most
   * 150,000, as stated 150,000.
   */
  UP_TO,
  /** "about 200", "some 13,000": a best guess without bounds; as stated, the best guess. */
  ABOUT,
  /**
   * "3 or 4", "between 8,000 and 10,000": no single figure is stated unless the source also gives
   * a best guess.
   */
  BETWEEN,
  /** "a number of drones", "some of these drones": at least one, how many not said. */
  SOME,
  /** No count is given at all. */
  UNKNOWN
}
