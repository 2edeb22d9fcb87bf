package dev.sitrep.io;

import java.util.List;

/**
 * A value read, with what lenient reading skipped to get it: each entry a JSON path and the
 * reason, such as {@code $.events[2]: unknown type 'cyber-attack'}. The first 100 skipped values
 * are listed one by one; the rest are counted by place and reason, one entry each, such as
 * {@code $.events[*]: 3399900 more unknown properties}, so the report stays small whatever the
 * input.
 *
 * <pre>{@code
 * ReadResult<Dossier> result = SitrepJson.builder().lenient(true).build()
 *     .readWithReport(text, Dossier.class);
 * result.skipped().forEach(System.err::println);
 * Dossier dossier = result.value();
 * }</pre>
 *
 * @param value the value read
 * @param skipped what was skipped; always empty in strict mode
 * @param <T> the type read
 */
public record ReadResult<T>(T value, List<String> skipped) {
  /**
   * A value read and what was skipped; {@code skipped} is copied.
   *
   * @param value the value read
   * @param skipped what was skipped
   */
  public ReadResult {
    skipped = List.copyOf(skipped);
  }
}
