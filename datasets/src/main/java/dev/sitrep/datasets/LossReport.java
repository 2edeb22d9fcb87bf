package dev.sitrep.datasets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a conversion could not carry, per column or property, with counts; it stays small whatever
 * the input, one entry per field and reason. Written by one reader or writer as it goes; read with
 * {@link #losses()} at any time.
 *
 * <pre>{@code
 * report.losses();   // [injured: no ACLED column for people injured (12), ...]
 * report.lost("injured");   // true
 * }</pre>
 */
public final class LossReport {
  private final Map<String, Map<String, long[]>> counts = new LinkedHashMap<>();

  /** An empty report: nothing lost yet. */
  public LossReport() {}

  /**
   * Counts one row or event in which {@code field} lost what {@code reason} says.
   *
   * @param field the column of the dataset, or the sitrep property, that lost something
   * @param reason what was lost, or how it was changed
   */
  public void add(String field, String reason) {
    add(field, reason, 1);
  }

  /**
   * Counts {@code count} rows, events or values in which {@code field} lost what {@code reason}
   * says; a count of 0 or less counts nothing.
   *
   * @param field the column of the dataset, or the sitrep property, that lost something
   * @param reason what was lost, or how it was changed
   * @param count in how many rows, events or values
   */
  public void add(String field, String reason, long count) {
    if (count > 0) {
      counts.computeIfAbsent(field, f -> new LinkedHashMap<>())
          .computeIfAbsent(reason, r -> new long[1])[0] += count;
    }
  }

  /** @return every loss, in the order first met */
  public List<Loss> losses() {
    List<Loss> all = new ArrayList<>();
    counts.forEach((f, reasons) -> reasons.forEach((r, n) -> all.add(new Loss(f, r, n[0]))));
    return all;
  }

  /**
   * @param field a column of the dataset, or a sitrep property
   * @return whether {@code field} lost anything
   */
  public boolean lost(String field) {
    return counts.containsKey(field);
  }

  /** @return whether nothing was lost */
  public boolean isEmpty() {
    return counts.isEmpty();
  }

  /** @return one loss a line, or "nothing lost" */
  @Override
  public String toString() {
    if (counts.isEmpty()) {
      return "nothing lost";
    }
    StringBuilder s = new StringBuilder();
    for (Loss l : losses()) {
      s.append(l).append('\n');
    }
    return s.toString();
  }
}
