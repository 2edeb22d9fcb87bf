package dev.sitrep.datasets;

/**
 * One kind of thing a conversion could not carry, and how often: ACLED's column
 * {@code fatalities} could not carry "3 injured" in 12 rows is
 * {@code new Loss("injured", "no ACLED column for people injured", 12)}.
 *
 * @param field the column of the dataset, or the sitrep property, that lost something
 * @param reason what was lost, or how it was changed
 * @param count in how many rows or events
 */
public record Loss(String field, String reason, long count) {
  @Override
  public String toString() {
    return field + ": " + reason + " (" + count + ")";
  }
}
