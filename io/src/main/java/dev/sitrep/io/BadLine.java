package dev.sitrep.io;

import dev.sitrep.core.InvalidDataException;

/**
 * A line of JSON Lines that could not be read, or a row of a dataset (on the line it begins), and
 * why; reading went on past it.
 *
 * <pre>{@code
 * List<BadLine> bad = new ArrayList<>();
 * try (JsonLinesReader<Event> events = json.readLines(in, Event.class, bad::add)) {
 *   events.forEachRemaining(this::store);
 * }
 * bad.forEach(System.err::println);  // line 3: $.when.end: must not be before start ...
 * }</pre>
 *
 * @param lineNumber the 1-based line number in the input
 * @param error what is wrong with it, with the JSON path within the line
 */
public record BadLine(long lineNumber, InvalidDataException error) {
  /** @return {@code line 3: $.when.end: must not be before start ...} */
  @Override
  public String toString() {
    return "line " + lineNumber + ": " + error.getMessage();
  }
}
