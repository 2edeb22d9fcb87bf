package dev.sitrep.io;

import dev.sitrep.core.InvalidDataException;
import java.io.UncheckedIOException;

/**
 * The lines of a JSON Lines input, decoded, one at a time in input order, as a
 * {@link JsonLinesReader} asks for them: each line is a value, bad, or blank.
 *
 * @param <T> the type of every line
 */
interface DecodedLines<T> extends AutoCloseable {

  /**
   * Moves to the next line.
   *
   * @return whether there is one: false at the end of the input
   * @throws UncheckedIOException if reading the input fails
   */
  boolean next();

  /** @return the current line's value, or null if the line is blank or bad */
  T value();

  /** @return why the current line is bad, with its line number, or null if it is not bad */
  InvalidDataException error();

  /** Stops decoding and closes the input. */
  @Override
  void close();
}
