package dev.sitrep.benchmarks;

import dev.sitrep.io.SitrepJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * The streaming read of the 1,000,000-event file in a 64 MB heap: it must complete, and the heap it
 * uses is reported as counters (in KiB) next to the time of the pass.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 0)
@Measurement(iterations = 1, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx64m")
public class StreamingMemoryBenchmark {
  /** How many events the file holds. */
  @Param("1000000")
  public int events;

  private final SitrepJson json = SitrepJson.defaults();
  private Path file;
  private HeapWatch watch;

  /** What the last pass used of the heap, in KiB; the pass read {@code events} events. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Heap {
    public long peakHeapUsedKib;
    public long maxHeapAfterGcKib;
    public long maxHeapKib;
    public long collections;
    public long eventsRead;

    @Setup(Level.Iteration)
    public void clear() {
      peakHeapUsedKib = 0;
      maxHeapAfterGcKib = 0;
      maxHeapKib = 0;
      collections = 0;
      eventsRead = 0;
    }
  }

  @Setup(Level.Trial)
  public void generate() throws IOException, URISyntaxException {
    file = EventLines.shared(events, EventLines.SEED);
    watch = new HeapWatch();
  }

  @Setup(Level.Invocation)
  public void resetWatch() {
    watch.reset();
  }

  @Benchmark
  public long sitrepReadLines(Heap heap, Blackhole bh) throws IOException {
    return read(1, heap, bh);
  }

  /** The same with {@link StreamingBenchmark#THREADS} worker threads decoding lines. */
  @Benchmark
  public long sitrepReadLinesInParallel(Heap heap, Blackhole bh) throws IOException {
    return read(StreamingBenchmark.THREADS, heap, bh);
  }

  private long read(int threads, Heap heap, Blackhole bh) throws IOException {
    long n = StreamingBenchmark.readLines(json, file, events, threads, bh);
    heap.peakHeapUsedKib = watch.peakUsed() / 1024;
    heap.maxHeapAfterGcKib = watch.maxAfterGc() / 1024;
    heap.maxHeapKib = HeapWatch.max() / 1024;
    heap.collections = watch.collections();
    heap.eventsRead = n;
    System.out.printf("%n%,d events read on %d thread(s) with -Xmx%d MiB: peak heap used %.1f MiB,"
            + " most in use after a collection %.1f MiB, %d collections%n", n, threads,
        HeapWatch.max() >> 20, watch.peakUsed() / 1048576.0, watch.maxAfterGc() / 1048576.0,
        watch.collections());
    return n;
  }
}
