package dev.sitrep.io;

import java.util.List;

/**
 * A value read, with what lenient reading skipped to get it: each entry a JSON path and the
 * reason, such as {@code $.events[2]: unknown type 'cyber-attack'}.
 *
 * @param value the value read
 * @param skipped what was skipped; always empty in strict mode
 * @param <T> the type read
 */
public record ReadResult<T>(T value, List<String> skipped) {
  /** Copies {@code skipped}. */
  public ReadResult {
    skipped = List.copyOf(skipped);
  }
}
