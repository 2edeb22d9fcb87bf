package dev.sitrep.cli;

import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.datasets.Dataset;
import dev.sitrep.datasets.DatasetReader;
import dev.sitrep.datasets.DatasetWriter;
import dev.sitrep.datasets.EventRecord;
import dev.sitrep.datasets.LossReport;
import dev.sitrep.io.BadLine;
import dev.sitrep.io.GeoJson;
import dev.sitrep.io.JsonLinesReader;
import dev.sitrep.io.JsonLinesWriter;
import dev.sitrep.io.SitrepJson;
import dev.sitrep.stix.ImportReport;
import dev.sitrep.stix.StixExport;
import dev.sitrep.stix.StixImport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The formats {@code sitrep convert} reads and writes, each with the endings of file names that
 * name it. Adding a format is adding one constant: its name, endings, and how it reads and writes
 * {@link EventRecord}s (a format that cannot be read or written says so with {@code null}).
 */
enum Format {
  JSON("sitrep JSON, a dossier", List.of(".json"), Format::readDossier, Format::writeDossier),
  JSONL("sitrep JSON Lines, an event a line", List.of(".jsonl", ".ndjson"), Format::readLines,
      Format::writeLines),
  STIX("STIX 2.1, a bundle", List.of(".stix.json"), Format::readStix, Format::writeStix),
  GEOJSON("GeoJSON, a point a place (write only)", List.of(".geojson"), null,
      Format::writeGeoJson),
  PLOVER("PLOVER JSON Lines", List.of(".plover.jsonl", ".plover.ndjson"),
      dataset(Dataset.PLOVER), dataset(Dataset.PLOVER)),
  ACLED("ACLED CSV", List.of(".acled.csv"), dataset(Dataset.ACLED), dataset(Dataset.ACLED)),
  UCDP("UCDP GED CSV", List.of(".ucdp.csv", ".ged.csv"), dataset(Dataset.UCDP_GED),
      dataset(Dataset.UCDP_GED));

  /**
   * Reads records, handing bad rows on, counting in a report what they cannot carry; sitrep JSON
   * Lines with {@code threads} decoding threads, the other formats on the calling thread.
   */
  interface Reader {
    Records open(InputStream in, Consumer<BadLine> onBadRow, int threads);
  }

  /** Writes records, counting in a report what the output cannot carry. */
  interface Writer {
    Sink open(OutputStream out);
  }

  /** Records as read, and what reading them lost. */
  interface Records extends Iterator<EventRecord>, AutoCloseable {
    LossReport report();

    @Override
    void close();
  }

  /**
   * Where records are written, and what writing them lost; a dossier, a bundle or a map is
   * written as the sink closes, and closing it again does nothing.
   */
  interface Sink extends AutoCloseable {
    void write(EventRecord r);

    /** @return how many events were written: once closed, for what is written as it closes */
    long written();

    LossReport report();

    @Override
    void close();
  }

  private static final SitrepJson SITREP = SitrepJson.defaults();

  final String description;
  final List<String> endings;
  final Reader reader;
  final Writer writer;

  Format(String description, List<String> endings, Reader reader, Writer writer) {
    this.description = description;
    this.endings = endings;
    this.reader = reader;
    this.writer = writer;
  }

  /** @return the format a file's name ends in ({@code .gz} aside), the longest ending first */
  static Optional<Format> guess(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
    Format best = null;
    int length = 0;
    for (Format f : values()) {
      for (String e : f.endings) {
        if (n.endsWith(e) && e.length() > length) {
          best = f;
          length = e.length();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * @param command the command line, for a usage error
   * @param given the format's name as an option gives it, such as {@code acled}, or null
   * @param file the file's name, whose ending names the format where no option does
   * @param option the option, such as {@code --from}, for the messages
   * @return the format named by the option, or else by the file's name
   * @throws ParameterException for an unknown name, or a file's name that names no format
   */
  static Format of(CommandLine command, String given, String file, String option) {
    if (given != null) {
      try {
        return valueOf(given.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(command, option + ": unknown format '" + given
            + "'; one of " + names());
      }
    }
    return guess(file).orElseThrow(() -> new ParameterException(command, "cannot tell the format"
        + " of '" + file + "' from its name; give " + option + ", one of " + names()));
  }

  /**
   * @param command the command line, for a usage error
   * @return how this format is read
   * @throws ParameterException if it is written only
   */
  Reader reading(CommandLine command) {
    if (reader == null) {
      throw new ParameterException(command, name().toLowerCase(Locale.ROOT)
          + " can be written, not read");
    }
    return reader;
  }

  /**
   * @param command the command line, for a usage error
   * @return how this format is written
   * @throws ParameterException if it is read only
   */
  Writer writing(CommandLine command) {
    if (writer == null) {
      throw new ParameterException(command, name().toLowerCase(Locale.ROOT)
          + " can be read, not written");
    }
    return writer;
  }

  /** @return the names of the formats, for help and messages */
  static String names() {
    StringBuilder s = new StringBuilder();
    for (Format f : values()) {
      s.append(s.length() == 0 ? "" : ", ").append(f.name().toLowerCase(Locale.ROOT));
    }
    return s.toString();
  }

  private static Records readDossier(InputStream in, Consumer<BadLine> onBadRow, int threads) {
    return records(SITREP.read(in, Dossier.class), new LossReport());
  }

  /**
   * @return the dossier's events as records, each with the actors and sources it refers to; what
   *     else the dossier holds, which records cannot carry, counted in {@code report}
   */
  private static Records records(Dossier dossier, LossReport report) {
    List<EventRecord> records = EventRecord.of(dossier);
    Set<EntityId> carried = new HashSet<>();
    records.forEach(r -> {
      r.actors().forEach(a -> carried.add(a.id()));
      r.sources().forEach(s -> carried.add(s.id()));
    });
    String reason = "events are converted, with the actors and sources they refer to; dropped";
    report.add("actors", reason, dossier.actors().stream()
        .filter(a -> !carried.contains(a.id())).count());
    report.add("sources", reason, dossier.sources().stream()
        .filter(s -> !carried.contains(s.id())).count());
    report.add("things", reason, dossier.things().size());
    report.add("relations", reason, dossier.relations().size());
    report.add("prisoners", reason, dossier.prisoners().size());
    report.add("statistics", reason, dossier.statistics().size());
    return records(records.iterator(), report, () -> { });
  }

  /** A bundle as a dossier; what the import did not read or map counted by type and reason. */
  private static Records readStix(InputStream in, Consumer<BadLine> onBadRow, int threads) {
    StixImport.Result bundle = StixImport.defaults().read(in);
    LossReport report = new LossReport();
    bundle.report().countsByType(ImportReport.Outcome.DROPPED).forEach((type, n) ->
        report.add(type, "STIX objects the import dropped (StixImport's report says why)", n));
    return records(bundle.dossier(), report);
  }

  private static Records readLines(InputStream in, Consumer<BadLine> onBadRow, int threads) {
    JsonLinesReader<Event> lines = SITREP.readLines(in, Event.class, onBadRow::accept, threads);
    Iterator<EventRecord> records = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return lines.hasNext();
      }

      @Override
      public EventRecord next() {
        return new EventRecord(lines.next(), List.of(), List.of());
      }
    };
    return records(records, new LossReport(), lines::close);
  }

  private static Records records(Iterator<EventRecord> it, LossReport report, Runnable close) {
    return new Records() {
      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public EventRecord next() {
        return it.next();
      }

      @Override
      public LossReport report() {
        return report;
      }

      @Override
      public void close() {
        close.run();
      }
    };
  }

  private static Sink writeDossier(OutputStream out) {
    return dossierSink(out, SITREP::write);
  }

  private static Sink writeStix(OutputStream out) {
    return dossierSink(out, StixExport.defaults()::write);
  }

  /** @return a sink that makes one dossier of the records, written by {@code write} as it closes */
  private static Sink dossierSink(OutputStream out, BiConsumer<Dossier, OutputStream> write) {
    java.util.List<EventRecord> all = new java.util.ArrayList<>();
    LossReport report = new LossReport();
    long[] kept = new long[1];
    return sink(all::add, () -> {
      Dossier dossier = EventRecord.toDossier(all.iterator(), report);
      kept[0] = dossier.events().size();
      write.accept(dossier, out);
      closeQuietly(out);
    }, report, () -> kept[0]);
  }

  private static Sink writeLines(OutputStream out) {
    JsonLinesWriter lines = SITREP.writeLines(out);
    LossReport report = new LossReport();
    long[] written = new long[1];
    return sink(r -> {
      if (!r.actors().isEmpty() || !r.sources().isEmpty()) {
        report.add("actors, sources",
            "sitrep JSON Lines holds the events only; write .json to keep them");
      }
      lines.write(r.event());
      written[0]++;
    }, lines::close, report, () -> written[0]);
  }

  private static Sink writeGeoJson(OutputStream out) {
    java.util.List<Event> all = new java.util.ArrayList<>();
    LossReport report = new LossReport();
    return sink(r -> {
      report.add("event", "GeoJSON keeps a point a place with its time and roles;"
          + " the rest dropped");
      all.add(r.event());
    }, () -> {
      GeoJson.write(all.iterator(), out);
      closeQuietly(out);
    }, report, all::size);
  }

  private static void closeQuietly(OutputStream out) {
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Sink sink(Consumer<EventRecord> write, Runnable close, LossReport report,
      LongSupplier written) {
    return new Sink() {
      private boolean closed;

      @Override
      public void write(EventRecord r) {
        write.accept(r);
      }

      @Override
      public long written() {
        return written.getAsLong();
      }

      @Override
      public LossReport report() {
        return report;
      }

      @Override
      public void close() {
        if (!closed) {
          closed = true;
          close.run();
        }
      }
    };
  }

  private static DatasetFormat dataset(Dataset d) {
    return new DatasetFormat(d);
  }

  /** A dataset of {@code sitrep-datasets}, read and written by its codebook. */
  private record DatasetFormat(Dataset dataset) implements Reader, Writer {
    @Override
    public Records open(InputStream in, Consumer<BadLine> onBadRow, int threads) {
      DatasetReader r = dataset.reader(in, onBadRow);
      return records(r, r.report(), r::close);
    }

    @Override
    public Sink open(OutputStream out) {
      DatasetWriter w = dataset.writer(out);
      return sink(w::write, w::close, w.report(), w::written);
    }
  }
}
