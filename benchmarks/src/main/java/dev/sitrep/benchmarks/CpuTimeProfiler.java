package dev.sitrep.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation, next to JMH's wall-clock time: {@code cpu.thread} is the benchmark
 * thread's own CPU time, {@code cpu.process} the whole JVM's (with the garbage collector and the
 * JIT compiler). On a machine shared with other busy processes, wall-clock time also counts the
 * time the benchmark thread waited for a core; CPU time does not, so its ratios are steadier.
 *
 * <p>Use: {@code java -jar benchmarks.jar -prof dev.sitrep.benchmarks.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long threadStart;
  private long processStart;

  @Override
  public String getDescription() {
    return "CPU time per operation: the benchmark thread's and the whole JVM's";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    threadStart = workerCpuNanos();
    processStart = os.getProcessCpuTime();
  }

  @Override
  public Collection<? extends Result<?>> afterIteration(BenchmarkParams benchmark,
      IterationParams iteration, IterationResult result) {
    long thread = workerCpuNanos() - threadStart;
    long process = os.getProcessCpuTime() - processStart;
    long ops = Math.max(1, result.getMetadata().getAllOps());
    TimeUnit unit = benchmark.getTimeUnit();
    double perUnit = TimeUnit.NANOSECONDS.convert(1, unit);
    String label = unitName(unit) + "/op";
    return List.of(
        new ScalarResult("cpu.thread", thread / perUnit / ops, label, AggregationPolicy.AVG),
        new ScalarResult("cpu.process", process / perUnit / ops, label, AggregationPolicy.AVG));
  }

  /** @return the CPU time of JMH's benchmark threads, in nanoseconds */
  private long workerCpuNanos() {
    long sum = 0;
    for (ThreadInfo t : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (t != null && t.getThreadName().contains("jmh-worker")) {
        long cpu = threads.getThreadCpuTime(t.getThreadId());
        if (cpu > 0) {
          sum += cpu;
        }
      }
    }
    return sum;
  }

  private static String unitName(TimeUnit unit) {
    switch (unit) {
      case NANOSECONDS:
        return "ns";
      case MICROSECONDS:
        return "us";
      case MILLISECONDS:
        return "ms";
      case SECONDS:
        return "s";
      default:
        return unit.toString();
    }
  }
}
