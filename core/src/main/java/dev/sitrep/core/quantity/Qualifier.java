package dev.sitrep.core.quantity;

/** How a source qualifies a count: the words around the number. */
public enum Qualifier {
  /** "19 drones": the count is known. */
  EXACTLY,
  /** "at least nineteen drones". */
  AT_LEAST,
  /** "over a thousand political prisoners": more than the number said. */
  MORE_THAN,
  /** "almost 300 state enterprises": close to, but below, the number said. */
  ALMOST,
  /** "at most 20". */
  AT_MOST,
  /** "about 200", "some 13,000": a best guess without bounds. */
  ABOUT,
  /** "3 or 4", "between 8,000 and 10,000". */
  BETWEEN,
  /** "a number of drones", "some of these drones": at least one, how many not said. */
  SOME,
  /** No count is given at all. */
  UNKNOWN
}
