package dev.sitrep.benchmarks;

import dev.sitrep.benchmarks.baseline.ImmutablesModel;
import dev.sitrep.benchmarks.baseline.RecordModel;
import dev.sitrep.io.SitrepJson;
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
 * One value written and read, per case: sitrep against the baselines on the same data (databind on
 * records, plain and with the Blackbird module, and Immutables' values through its Jackson
 * integration), and a raw token scan of the same bytes. Average time per operation: lower is
 * faster.
 *
 * <p>The quick profile: 4 s of warm-up (the JIT compiler needs about 3 s for sitrep's read of the
 * dossier, which runs every codec and every validation), 2 s measured, in three forks (issue 22
 * asks for at least three), because each fork's JIT makes different choices and one fork alone can
 * be 20 % off.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 8, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 4, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(3)
public class CaseBenchmark {
  /** Which case: {@code incident}, {@code exercise} or {@code dossier}. */
  @Param({"incident", "exercise", "dossier"})
  public String data;

  private final SitrepJson json = SitrepJson.defaults();
  private Object value;
  private Class<?> sitrepType;
  private Object record;
  private Class<?> recordType;
  private Object immutable;
  private Class<?> immutableType;
  /** What sitrep writes, and every baseline too: each side reads these bytes. */
  private byte[] bytes;

  /**
   * Picks the case and checks that the baselines are honest ({@link Honesty}): each writes the
   * very bytes sitrep writes, and each side reads them back equal to what it wrote.
   */
  @Setup
  public void setup() {
    Cases c = Cases.valueOf(data.toUpperCase(Locale.ROOT));
    value = c.value;
    sitrepType = c.sitrepType;
    record = c.record;
    recordType = c.recordType;
    immutable = c.immutable;
    immutableType = c.immutableType;
    bytes = json.writeBytes(value);
    if (!json.read(bytes, sitrepType).equals(value)) {
      throw new IllegalStateException("sitrep does not read back equal");
    }
    Honesty.check("databind", RecordModel.MAPPER, record, recordType, bytes);
    Honesty.check("Immutables", ImmutablesModel.MAPPER, immutable, immutableType, bytes);
    if (Runtime.version().feature() >= 25) { // Blackbird 3 needs it; on 17 its benchmarks fail
      Honesty.check("databind with Blackbird", RecordModel.blackbird(), record, recordType, bytes);
    }
  }

  @Benchmark
  public byte[] sitrepWrite() {
    return json.writeBytes(value);
  }

  @Benchmark
  public Object sitrepRead() {
    return json.read(bytes, sitrepType);
  }

  @Benchmark
  public byte[] databindWrite() {
    return RecordModel.MAPPER.writeValueAsBytes(record);
  }

  @Benchmark
  public Object databindRead() {
    return RecordModel.MAPPER.readValue(bytes, recordType);
  }

  @Benchmark
  public byte[] blackbirdWrite() {
    return RecordModel.blackbird().writeValueAsBytes(record);
  }

  @Benchmark
  public Object blackbirdRead() {
    return RecordModel.blackbird().readValue(bytes, recordType);
  }

  @Benchmark
  public byte[] immutablesWrite() {
    return ImmutablesModel.MAPPER.writeValueAsBytes(immutable);
  }

  @Benchmark
  public Object immutablesRead() {
    return ImmutablesModel.MAPPER.readValue(bytes, immutableType);
  }

  /** One fork is enough: the scan varies little, and only the read ÷ scan columns use it. */
  @Benchmark
  @Fork(1)
  public long rawScan() {
    return RawScan.tokens(bytes);
  }
}
