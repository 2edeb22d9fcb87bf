package dev.sitrep.datasets;

import dev.sitrep.core.InvalidDataException;

/**
 * A row of a dataset that could not be read, and why; reading went on past it. For CSV, the line
 * is where the row begins (the header is line 1); for JSON Lines, the row's line.
 *
 * @param line the 1-based line number in the input
 * @param error what is wrong, naming the column or property and the rule
 */
public record BadRow(long line, InvalidDataException error) {
  @Override
  public String toString() {
    return "line " + line + ": " + error.getMessage();
  }
}
