package dev.sitrep.stix;

import dev.sitrep.core.actor.Relation;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.prisoner.PoliticalPrisoner;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.statistic.Statistic;
import dev.sitrep.core.time.TimePoint;
import dev.sitrep.io.SitrepJson;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;

/**
 * Writes sitrep dossiers as STIX 2.1 bundles. Immutable and thread-safe.
 *
 * <pre>{@code
 * StixExport.builder().pretty(true).build().write(dossier, out);
 * }</pre>
 *
 * <p>Every value becomes the STIX object closest to it (a state an {@code identity} with a
 * {@code location} of its country, a relation a {@code relationship}, a source a {@code report},
 * an exercise a {@code campaign}, another event an {@code incident}), with the value itself in
 * the {@linkplain SitrepExtension sitrep extension}, so that {@link StixImport} reads back an
 * equal dossier. Ids are {@linkplain StixIds made from sitrep's ids}, and every object's {@code
 * created} and {@code modified} are the export's timestamp: unless one is given, the latest
 * publication date of the dossier's sources (the start of the day, month or year given), else
 * 1970-01-01. So the same dossier is always the same bytes, and exporting it again updates its
 * objects instead of duplicating them. Values imported from another tool's STIX keep their own
 * ids and versions.
 */
public final class StixExport {
  private static final SitrepJson COMPACT = SitrepJson.defaults();
  private static final SitrepJson PRETTY = SitrepJson.builder().pretty(true).build();

  private final boolean pretty;
  private final Optional<Instant> timestamp;

  private StixExport(Builder b) {
    this.pretty = b.pretty;
    this.timestamp = b.timestamp;
  }

  /** @return a compact export, timestamped from the dossier */
  public static StixExport defaults() {
    return builder().build();
  }

  /** @return a builder, with the defaults set */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Configures a {@link StixExport}, such as
   * {@code StixExport.builder().pretty(true).timestamp(Instant.parse("2025-09-12T00:00:00Z"))}.
   */
  public static final class Builder {
    private boolean pretty;
    private Optional<Instant> timestamp = Optional.empty();

    private Builder() {}

    /**
     * Writes with two-space indentation and {@code \n} line ends.
     *
     * @param pretty {@code true} to indent, {@code false} (the default) for compact output
     * @return this builder
     */
    public Builder pretty(boolean pretty) {
      this.pretty = pretty;
      return this;
    }

    /**
     * Sets the {@code created} and {@code modified} of every object sitrep writes (not of those
     * imported from another tool, which keep theirs); written to the millisecond.
     *
     * @param timestamp the time of every object sitrep writes; by default, taken from the dossier
     * @return this builder
     */
    public Builder timestamp(Instant timestamp) {
      this.timestamp = Optional.of(Objects.requireNonNull(timestamp, "timestamp"));
      return this;
    }

    /** @return the export */
    public StixExport build() {
      return new StixExport(this);
    }
  }

  /**
   * @param dossier a dossier
   * @return it as a STIX 2.1 bundle
   */
  public String write(Dossier dossier) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(dossier, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes {@code dossier} as a STIX 2.1 bundle in UTF-8, object by object: no tree of the bundle
   * is built. Does not close {@code out}.
   *
   * @param dossier a dossier
   * @param out where to write
   * @throws java.io.UncheckedIOException if writing to {@code out} fails
   */
  public void write(Dossier dossier, OutputStream out) {
    Map<EntityId, Entity> byId = new HashMap<>();
    for (Entity e : dossier.entities()) {
      byId.putIfAbsent(e.id(), e);
    }
    Map<EntityId, List<String>> attributed = new HashMap<>();
    for (Entity e : dossier.entities()) {
      for (EntityId source : sourcesOf(e)) {
        attributed.computeIfAbsent(source, k -> new ArrayList<>()).add(StixWriter.primaryId(e));
      }
    }
    Instant at = timestamp.orElseGet(() -> latestSource(dossier));
    try (StixWriter writer = new StixWriter(generator(out),
        "dossier#" + dossier.title().orElse(""), at,
        id -> Optional.ofNullable(byId.get(id)), attributed)) {
      dossier.entities().forEach(writer::write);
      writer.dossier(dossier);
    }
  }

  /**
   * Opens a bundle on {@code out} to write sitrep values one at a time, in flat memory. Its
   * objects are timestamped with the timestamp given, else 1970-01-01. The bundle ends when the
   * writer is closed, which does not close {@code out}.
   *
   * @param out where to write, in UTF-8
   * @return the writer
   */
  public StixWriter writer(OutputStream out) {
    return new StixWriter(generator(out), "stream", timestamp.orElse(Instant.EPOCH),
        id -> Optional.empty(), Map.of());
  }

  private JsonGenerator generator(OutputStream out) {
    return (pretty ? PRETTY : COMPACT).generator(out);
  }

  /** @return the sources whose attributions assert the value, in order */
  private static Set<EntityId> sourcesOf(Entity e) {
    List<Attribution> attributions = e instanceof Event v ? v.attributions()
        : e instanceof Relation r ? r.attributions()
        : e instanceof PoliticalPrisoner p ? p.attributions()
        : e instanceof Statistic s ? List.of(s.attribution()) : List.of();
    Set<EntityId> sources = new LinkedHashSet<>();
    attributions.forEach(a -> sources.add(a.source().id()));
    return sources;
  }

  private static Instant latestSource(Dossier d) {
    return d.sources().stream().flatMap(s -> s.published().stream())
        .map(TimePoint::earliest)
        .filter(i -> StixWriter.stamp(i).isPresent())
        .max(Instant::compareTo).orElse(Instant.EPOCH);
  }
}
