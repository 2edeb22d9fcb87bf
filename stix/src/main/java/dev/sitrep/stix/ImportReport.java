package dev.sitrep.stix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What an import did with each STIX object of a bundle: read back a sitrep value from the sitrep
 * extension, mapped a standard object to a sitrep value, kept an object sitrep cannot map as it
 * was (to be written back on export), or dropped it, and why. It lists the first
 * {@value #LISTED} objects of each outcome, and counts all of them by outcome and STIX type, so
 * that a bundle of millions of objects is reported in bounded memory.
 *
 * <pre>{@code
 * ImportReport report = StixImport.defaults().read(in).report();
 * report.count(ImportReport.Outcome.KEPT);      // 3
 * report.entries(ImportReport.Outcome.KEPT);    // [indicator--… kept: sitrep has no type …]
 * }</pre>
 */
public final class ImportReport {
  /** How many objects of each outcome are listed. */
  public static final int LISTED = 100;

  /**
   * What became of one STIX object, such as {@code KEPT} for an {@code indicator}, which sitrep
   * has no type for.
   */
  public enum Outcome {
    /** A sitrep value, read back from the sitrep extension as it was written. */
    READ,
    /** A standard STIX object mapped to a sitrep value; what did not map is kept in it. */
    MAPPED,
    /** An object sitrep cannot map, kept as it was in an unrecognized value. */
    KEPT,
    /** An object left out of the dossier, with the reason. */
    DROPPED
  }

  /**
   * One object and what became of it: for an {@code indicator}, {@code reason()} is
   * {@code "kept as it was: sitrep has no type for a STIX indicator"}.
   *
   * @param stixId the object's STIX id
   * @param stixType its STIX type
   * @param outcome what became of it
   * @param sitrepId the id of the sitrep value it became or was derived from, if any
   * @param reason why, in words
   */
  public record Entry(String stixId, String stixType, Outcome outcome, Optional<String> sitrepId,
      String reason) {
    @Override
    public String toString() {
      return stixId + " " + outcome.name().toLowerCase(java.util.Locale.ROOT)
          + sitrepId.map(id -> " as " + id).orElse("") + ": " + reason;
    }
  }

  private final Map<Outcome, List<Entry>> entries = new EnumMap<>(Outcome.class);
  private final Map<Outcome, Map<String, Long>> counts = new EnumMap<>(Outcome.class);
  private final List<String> notes = new ArrayList<>();

  ImportReport() {
    for (Outcome o : Outcome.values()) {
      entries.put(o, new ArrayList<>());
      counts.put(o, new TreeMap<>());
    }
  }

  void add(Entry e) {
    List<Entry> listed = entries.get(e.outcome());
    if (listed.size() < LISTED) {
      listed.add(e);
    }
    counts.get(e.outcome()).merge(e.stixType(), 1L, Long::sum);
  }

  void note(String note) {
    if (notes.size() < LISTED) {
      notes.add(note);
    }
  }

  /**
   * @param outcome what became of the objects
   * @return the first {@value #LISTED} objects of that outcome, in bundle order
   */
  public List<Entry> entries(Outcome outcome) {
    return Collections.unmodifiableList(entries.get(outcome));
  }

  /**
   * @param outcome what became of the objects
   * @return how many objects had that outcome
   */
  public long count(Outcome outcome) {
    return counts.get(outcome).values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * @param outcome what became of the objects
   * @return how many objects of each STIX type had that outcome, by type name
   */
  public Map<String, Long> countsByType(Outcome outcome) {
    return Collections.unmodifiableMap(counts.get(outcome));
  }

  /**
   * @return the first {@value #LISTED} remarks on the bundle itself and on sitrep values read
   *     leniently: properties of the bundle that are not STIX's, and properties a newer sitrep
   *     wrote that this one skipped
   */
  public List<String> notes() {
    return Collections.unmodifiableList(notes);
  }

  /** @return the counts, then every listed object that was kept or dropped, one a line */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (Outcome o : Outcome.values()) {
      s.append(o.name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(count(o))
          .append(' ').append(counts.get(o)).append('\n');
    }
    for (Outcome o : List.of(Outcome.KEPT, Outcome.DROPPED)) {
      entries.get(o).forEach(e -> s.append("  ").append(e).append('\n'));
    }
    notes.forEach(n -> s.append("  note: ").append(n).append('\n'));
    return s.toString();
  }
}
