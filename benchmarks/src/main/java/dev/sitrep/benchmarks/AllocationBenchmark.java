package dev.sitrep.benchmarks;

import dev.sitrep.io.SitrepJson;
import java.io.IOException;
import java.net.URISyntaxException;
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

/**
 * Allocation per event of sitrep's streaming reads, for files of different sizes (the files of
 * {@link EventLines#shared}, one per size): with {@code -prof gc}, JMH's {@code gc.alloc.rate.norm}
 * (bytes allocated per pass, by every thread of the JVM) divided by the number of events. If it
 * does not grow with the file, the reader keeps no work per event it has read.
 *
 * <p>The warm-up is in time, not in passes: at least 10 s for every size, so that the JIT compiler,
 * whose escape analysis removes allocations, has settled alike for the small file and the large
 * one.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 2, time = 5)
@Fork(1)
public class AllocationBenchmark {
  /** How many events the file holds. */
  @Param({"100000", "1000000"})
  public int events;

  private final SitrepJson json = SitrepJson.defaults();
  private Path file;

  @Setup(Level.Trial)
  public void generate() throws IOException, URISyntaxException {
    file = EventLines.shared(events, EventLines.SEED);
  }

  @Benchmark
  public long sitrepReadLines(Blackhole bh) throws IOException {
    return StreamingBenchmark.readLines(json, file, events, 1, bh);
  }

  /** The same with {@link StreamingBenchmark#THREADS} worker threads decoding lines. */
  @Benchmark
  public long sitrepReadLinesInParallel(Blackhole bh) throws IOException {
    return StreamingBenchmark.readLines(json, file, events, StreamingBenchmark.THREADS, bh);
  }
}
