package dev.sitrep.datasets;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.time.TimePoint;
import java.time.LocalDate;

/** A dataset's days as sitrep holds them: in the years 0001 to 9999, as {@link TimePoint} does. */
final class Days {
  private Days() {}

  /**
   * @param day a day read from a row, such as {@code 0000-01-01}
   * @param field the column or property it was read from, for the message
   * @return {@code day}, if sitrep holds its year
   * @throws InvalidDataException naming {@code field} if it does not
   */
  static LocalDate held(LocalDate day, String field) {
    try {
      TimePoint.of(day);
    } catch (InvalidDataException e) {
      throw new InvalidDataException(field, e.rule());
    }
    return day;
  }
}
