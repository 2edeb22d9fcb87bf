package dev.sitrep.io;

/**
 * Limits on what {@link SitrepJson} reads, so that hostile input is refused early and in bounded
 * memory. The defaults suit documents of many thousands of records.
 *
 * <p>What a read holds grows with the document, by at most about 20 bytes for each byte of it:
 * the most is a long array of short values in an extension property, such as {@code -1},
 * {@code "a"} or {@code 1.5} (measured on 2026-11-28: 20, 17 and 15 bytes a byte; sitrep's own
 * values, and integers from 0 to 255, hold less). So the default document limit of 100 MB may
 * take up to about 2 GB of heap: for untrusted input, give {@code maxDocumentLength} at most a
 * twentieth of the heap a read may have.
 *
 * <pre>{@code
 * SitrepJson json = SitrepJson.builder()
 *     .limits(new ReadLimits(32, 10_000, 50, 1_000_000))
 *     .build();
 * }</pre>
 *
 * @param maxNestingDepth the deepest nesting of objects and arrays (default 64)
 * @param maxStringLength the longest string, in characters (default 1,000,000)
 * @param maxNumberLength the longest number, in characters (default 100)
 * @param maxDocumentLength the longest document, in bytes or characters (default 100,000,000)
 */
public record ReadLimits(
    int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxDocumentLength) {

  /** The defaults. */
  public static final ReadLimits DEFAULTS = new ReadLimits(64, 1_000_000, 100, 100_000_000L);

  /**
   * Limits for reading.
   *
   * @param maxNestingDepth the deepest nesting of objects and arrays
   * @param maxStringLength the longest string, in characters
   * @param maxNumberLength the longest number, in characters
   * @param maxDocumentLength the longest document, in bytes or characters
   * @throws IllegalArgumentException if any limit is not positive
   */
  public ReadLimits {
    if (maxNestingDepth <= 0 || maxStringLength <= 0 || maxNumberLength <= 0
        || maxDocumentLength <= 0) {
      throw new IllegalArgumentException("read limits must be positive: " + this);
    }
  }
}
