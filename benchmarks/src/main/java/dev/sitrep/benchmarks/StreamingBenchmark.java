package dev.sitrep.benchmarks;

import dev.sitrep.benchmarks.baseline.RecordModel;
import dev.sitrep.core.event.Event;
import dev.sitrep.io.JsonLinesReader;
import dev.sitrep.io.SitrepJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.MappingIterator;

/**
 * A JSON Lines file of 1,000,000 events (generated once per build, {@link EventLines#shared}) read
 * with sitrep's streaming reader, against a raw token scan of the same file, and, for reference,
 * databind reading the same file as the baseline's records. One operation is one pass over the
 * whole file (about 1 GB): average time per pass, lower is faster. One pass warms up, one is
 * measured.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 1, time = 1)
@Measurement(iterations = 1, time = 1)
@Fork(1)
public class StreamingBenchmark {
  /** How many events the file holds. */
  @Param("1000000")
  public int events;

  /** How many threads decode lines in the parallel read: one per processor. */
  static final int THREADS = Runtime.getRuntime().availableProcessors();

  private final SitrepJson json = SitrepJson.defaults();
  private Path file;

  @Setup(Level.Trial)
  public void generate() throws IOException, URISyntaxException {
    long start = System.nanoTime();
    file = EventLines.shared(events, EventLines.SEED);
    System.out.printf("%n%,d events, %,d bytes, generated or found in %.1f s%n", events,
        Files.size(file),
        (System.nanoTime() - start) / 1e9);
  }

  @Benchmark
  public long sitrepReadLines(Blackhole bh) throws IOException {
    return readLines(json, file, events, 1, bh);
  }

  /**
   * The same read with {@link #THREADS} worker threads decoding lines while this thread reads
   * ahead: {@code readLines(in, Event.class, null, THREADS)}.
   */
  @Benchmark
  public long sitrepReadLinesInParallel(Blackhole bh) throws IOException {
    return readLines(json, file, events, THREADS, bh);
  }

  /** The baseline's way: databind reading every line as a record, with a {@code MappingIterator}. */
  @Benchmark
  public long databindReadLines(Blackhole bh) throws IOException {
    long n = 0;
    try (InputStream in = Files.newInputStream(file);
        MappingIterator<RecordModel.Event> lines =
            RecordModel.MAPPER.readerFor(RecordModel.Event.class).readValues(in)) {
      while (lines.hasNextValue()) {
        bh.consume(lines.nextValue());
        n++;
      }
    }
    if (n != events) {
      throw new IllegalStateException("read " + n + " events, expected " + events);
    }
    return n;
  }

  @Benchmark
  public long rawScan() throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return RawScan.tokens(in);
    }
  }

  /** Reads every line as an {@link Event}, and checks that all {@code expected} were read. */
  static long readLines(SitrepJson json, Path file, int expected, int threads, Blackhole bh)
      throws IOException {
    long n = 0;
    try (InputStream in = Files.newInputStream(file);
        JsonLinesReader<Event> lines = json.readLines(in, Event.class, null, threads)) {
      while (lines.hasNext()) {
        bh.consume(lines.next());
        n++;
      }
    }
    if (n != expected) {
      throw new IllegalStateException("read " + n + " events, expected " + expected);
    }
    return n;
  }
}
