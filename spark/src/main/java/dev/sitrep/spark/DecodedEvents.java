package dev.sitrep.spark;

import dev.sitrep.core.event.Event;
import dev.sitrep.io.BadLine;

/**
 * The events of one input file, decoded one at a time in file order, as an {@link EventFormat}
 * reads them: each step is an event or a bad line, and nothing more is held.
 */
interface DecodedEvents extends AutoCloseable {

  /** @return whether there is another event or bad line: false at the end of the file */
  boolean advance();

  /** @return the current event, or null if the current line is bad */
  Event event();

  /** @return the current bad line, or null if the current line is an event */
  BadLine badLine();

  /** Closes the file. */
  @Override
  void close();
}
