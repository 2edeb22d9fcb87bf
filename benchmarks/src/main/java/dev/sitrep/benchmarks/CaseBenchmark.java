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
 * One value written and read, per case: sitrep against the databind baselines (plain, and with
 * the Blackbird module) on the same data, and a raw token scan of the same bytes. Average time per operation: lower is faster.
 *
 * <p>The quick profile: 4 s of warm-up (the JIT compiler needs about 3 s for sitrep's read of the
 * dossier, which runs every codec and every validation), 2 s measured, in two forks, because
 * each fork's JIT makes different choices and one fork alone can be 20 % off.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 8, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 4, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(2)
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
    if (Runtime.version().feature() >= 25) { // Blackbird 3 needs it; on 17 its benchmarks fail
      check(Arrays.equals(RecordModel.blackbird().writeValueAsBytes(record), sitrepBytes),
          "databind with Blackbird writes other bytes than sitrep");
      check(RecordModel.blackbird().readValue(databindBytes, recordType).equals(record),
          "databind with Blackbird does not read back equal");
    }
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
  public byte[] blackbirdWrite() {
    return RecordModel.blackbird().writeValueAsBytes(record);
  }

  @Benchmark
  public Object blackbirdRead() {
    return RecordModel.blackbird().readValue(databindBytes, recordType);
  }

  /** One fork is enough: the scan varies little, and only the read ÷ scan columns use it. */
  @Benchmark
  @Fork(1)
  public long rawScan() {
    return RawScan.tokens(sitrepBytes);
  }
}
