package dev.sitrep.datasets;

import dev.sitrep.core.InvalidDataException;

/**
 * A row as read: its line, and the record made of it or why none could be.
 *
 * @param line the 1-based line where the row begins
 * @param record the record, or null when the row is bad
 * @param error why the row is bad, or null
 */
record Decoded(long line, EventRecord record, InvalidDataException error) {}
