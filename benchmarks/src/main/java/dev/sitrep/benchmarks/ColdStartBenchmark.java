package dev.sitrep.benchmarks;

import dev.sitrep.benchmarks.baseline.ImmutablesModel;
import dev.sitrep.benchmarks.baseline.RecordModel;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.io.SitrepJson;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first read of the article's dossier in a fresh JVM, what a short command-line run sees:
 * sitrep against the same baselines as {@link CaseBenchmark}. Single-shot time, no warm-up: each of
 * the 20 forks reads the dossier once, and the score is the mean of the 20 reads.
 *
 * <p>The measured operation is all a program pays for its first read, from bytes in memory to a
 * value: making the reader ({@code SitrepJson.defaults()}, or the baseline's mapper, built when its
 * model's class is first used), loading and initializing every class the read needs, sitrep's,
 * Jackson's and the model's, and reading in the interpreter and the JIT's first tiers. The setup
 * only takes the dossier's bytes from a resource the build wrote ({@link DossierResource}), so
 * that nothing of sitrep or Jackson has run before. Starting the JVM and reading the file are
 * outside, and the same for every reader. After the read, the fork checks that the value read is
 * the dossier.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
@Fork(20)
public class ColdStartBenchmark {
  private byte[] bytes;
  private Object read;

  @Setup(Level.Trial)
  public void load() {
    bytes = DossierResource.bytes();
  }

  @Benchmark
  public Object sitrep() {
    return read = SitrepJson.defaults().read(bytes, Dossier.class);
  }

  @Benchmark
  public Object databind() {
    return read = RecordModel.MAPPER.readValue(bytes, RecordModel.Dossier.class);
  }

  /**
   * Databind with Blackbird (Java 25 or newer). Its mapper is made from {@link RecordModel}'s
   * first use, so this also builds the plain mapper, {@link RecordModel#MAPPER}.
   */
  @Benchmark
  public Object blackbird() {
    return read = RecordModel.blackbird().readValue(bytes, RecordModel.Dossier.class);
  }

  @Benchmark
  public Object immutables() {
    return read = ImmutablesModel.MAPPER.readValue(bytes, ImmutablesModel.Dossier.class);
  }

  /** Fails the fork unless the value read is the dossier, in the model it was read as. */
  @TearDown(Level.Trial)
  public void check() {
    Cases dossier = Cases.DOSSIER;
    if (!List.of(dossier.value, dossier.record, dossier.immutable).contains(read)) {
      throw new IllegalStateException("the dossier read is not the article's dossier: " + read);
    }
  }
}
