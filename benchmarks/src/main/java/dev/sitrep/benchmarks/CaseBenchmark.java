package dev.sitrep.benchmarks;

import dev.sitrep.benchmarks.baseline.RecordModel;
import dev.sitrep.io.SitrepJson;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One value written and read, per case: sitrep against the databind baseline on the same data,
 * and a raw token scan of the same bytes. Average time per operation: lower is faster.
 *
 * <p>Warm-up is long because the machine is shared: until the JIT compiler has finished (it takes
 * longest for sitrep's read of the dossier, which runs every codec and every validation), the
 * compiler threads take CPU from the benchmark. {@code CpuTimeProfiler} shows it: while they run,
 * the JVM's CPU time per operation is about twice the benchmark thread's.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CaseBenchmark {
  /** Which case: {@code incident}, {@code exercise} or {@code dossier}. */
  @Param({"incident", "exercise", "dossier"})
  public String data;

  private final SitrepJson json = SitrepJson.defaults();
  private Object value;
  private Class<?> sitrepType;
  private Object record;
  private Class<?> recordType;
  private byte[] sitrepBytes;
  private byte[] databindBytes;

  /**
   * Picks the case and checks that the baseline is honest: databind writes the records to the very
   * bytes sitrep writes, and each side reads its bytes back equal to what it wrote.
   */
  @Setup
  public void setup() {
    Cases c = Cases.valueOf(data.toUpperCase(Locale.ROOT));
    value = c.value;
    sitrepType = c.sitrepType;
    record = c.record;
    recordType = c.recordType;
    sitrepBytes = json.writeBytes(value);
    databindBytes = RecordModel.MAPPER.writeValueAsBytes(record);
    check(Arrays.equals(sitrepBytes, databindBytes), "databind's bytes differ from sitrep's:\n"
        + new String(sitrepBytes, StandardCharsets.UTF_8) + "\n"
        + new String(databindBytes, StandardCharsets.UTF_8));
    check(json.read(sitrepBytes, sitrepType).equals(value), "sitrep does not read back equal");
    check(RecordModel.MAPPER.readValue(databindBytes, recordType).equals(record),
        "databind does not read back equal");
  }

  static void check(boolean ok, String message) {
    if (!ok) {
      throw new IllegalStateException(message);
    }
  }

  @Benchmark
  public byte[] sitrepWrite() {
    return json.writeBytes(value);
  }

  @Benchmark
  @Warmup(iterations = 25, time = 1)
  public Object sitrepRead() {
    return json.read(sitrepBytes, sitrepType);
  }

  @Benchmark
  public byte[] databindWrite() {
    return RecordModel.MAPPER.writeValueAsBytes(record);
  }

  @Benchmark
  public Object databindRead() {
    return RecordModel.MAPPER.readValue(databindBytes, recordType);
  }

  @Benchmark
  public long rawScan() {
    return RawScan.tokens(sitrepBytes);
  }
}
