package dev.sitrep.datasets;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.quantity.UncertainCount;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * One row of a CSV dataset, its cells by column name; the readers of cells fail with an
 * {@link InvalidDataException} that names the column and the rule.
 */
final class CsvRow {
  private static final java.util.regex.Pattern MIDNIGHT =
      java.util.regex.Pattern.compile("00:00(:00(\\.0+)?)?Z?");
  private final Map<String, Integer> index;
  private final String[] cells;

  CsvRow(Map<String, Integer> index, String[] cells) {
    this.index = index;
    this.cells = cells;
  }

  /**
   * @return the cell of {@code column} as it is (text keeps its white space); empty when blank
   *     or absent
   */
  String get(String column) {
    Integer i = index.get(column);
    return i == null || i >= cells.length || cells[i] == null || Text.isBlank(cells[i]) ? ""
        : cells[i];
  }

  /** @return the cell of a number, code or date, trimmed */
  private String value(String column) {
    return get(column).trim();
  }

  /** @return the non-empty cell of {@code column} */
  String required(String column) {
    String v = get(column);
    if (v.isEmpty()) {
      throw new InvalidDataException(column, "is required by the codebook but empty");
    }
    return v;
  }

  /** @return the cell as a whole number, or -1 when empty */
  long count(String column) {
    String v = value(column);
    if (v.isEmpty()) {
      return -1;
    }
    try {
      // R and pandas write whole numbers as 12.0
      long n = v.endsWith(".0") ? Long.parseLong(v.substring(0, v.length() - 2)) : Long.parseLong(v);
      if (n < 0 || n > UncertainCount.MAX) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new InvalidDataException(column, "must be a whole number from 0 to "
          + UncertainCount.MAX + ", was '" + v + "'");
    }
  }

  /** @return the cell as a number, or NaN when empty */
  double number(String column) {
    String v = value(column);
    if (v.isEmpty()) {
      return Double.NaN;
    }
    try {
      if (!JsonTrees.DECIMAL.matcher(v.trim()).matches()) { // not 0x1p3 nor 49.9d
        throw new NumberFormatException();
      }
      double d = Double.parseDouble(v);
      if (!Double.isFinite(d)) {
        throw new NumberFormatException();
      }
      return d;
    } catch (NumberFormatException e) {
      throw new InvalidDataException(column, "must be a decimal number, was '" + v + "'");
    }
  }

  /** @return the cell's code, one of {@code codes} as the codebook numbers them from 1 */
  int code(String column, int codes) {
    String v = required(column).trim();
    long n;
    try {
      n = count(column);
    } catch (InvalidDataException e) {
      n = -1;
    }
    if (n < 1 || n > codes) {
      throw new InvalidDataException(column, "must be a code from 1 to " + codes
          + " of the codebook, was '" + v + "'");
    }
    return (int) n;
  }

  /**
   * @return the cell's date: {@code 2025-09-10}, or with a time of midnight after it as UCDP
   *     writes ({@code 2025-09-10 00:00:00.000})
   */
  LocalDate date(String column) {
    String v = required(column).trim();
    String day = v.length() > 10 && (v.charAt(10) == ' ' || v.charAt(10) == 'T')
        && MIDNIGHT.matcher(v).region(11, v.length()).matches() ? v.substring(0, 10) : v;
    try {
      return Days.held(LocalDate.parse(day), column);
    } catch (DateTimeParseException e) {
      throw new InvalidDataException(column, "must be a date such as 2025-09-10, was '" + v + "'");
    }
  }
}
