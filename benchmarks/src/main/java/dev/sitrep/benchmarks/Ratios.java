package dev.sitrep.benchmarks;

import java.io.File;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results ({@code -rf json}) into the Markdown tables of {@code README.md}: every
 * result as a ratio to its baseline in the same run, and each target met or missed.
 *
 * <p>Speed ratios are baseline time / sitrep time, so above 1.0 sitrep is faster. "wall" is JMH's
 * own score; "CPU" uses {@link CpuTimeProfiler}'s {@code cpu.thread}, when the run had it.
 *
 * <p>Use: {@code java -cp benchmarks/target/benchmarks.jar dev.sitrep.benchmarks.Ratios
 * benchmarks/target/results.json}
 */
public final class Ratios {
  private static final String PKG = "dev.sitrep.benchmarks.";
  private static final String[] CASES = {"incident", "exercise", "dossier"};

  private final Map<String, JsonNode> results = new LinkedHashMap<>();
  private boolean allMet = true;

  private Ratios(JsonNode root) {
    for (JsonNode r : root) {
      String name = r.path("benchmark").asString().replace(PKG, "");
      String data = r.path("params").path("data").asString("");
      results.put(data.isEmpty() ? name : name + "/" + data, r);
    }
  }

  public static void main(String[] args) {
    JsonNode root = JsonMapper.builder().build().readTree(new File(args[0]));
    new Ratios(root).print();
  }

  private void print() {
    printCases();
    printStreaming();
    printMemory();
    System.out.println();
    System.out.println(results.isEmpty() ? "No results: every benchmark failed (see JMH's output)."
        : allMet ? "Every target is met." : "Some targets are missed (see above).");
  }

  private void printCases() {
    if (!results.containsKey("CaseBenchmark.sitrepRead/incident")) {
      return;
    }
    System.out.println("| case | write speed, sitrep ÷ databind (wall) | (CPU) "
        + "| read speed, sitrep ÷ databind (wall) | (CPU) | sitrep read ÷ raw scan (wall) "
        + "| databind read ÷ raw scan (wall) |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (String c : CASES) {
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |%n", c,
          ratio("databindWrite", "sitrepWrite", c, null), ratio("databindWrite", "sitrepWrite", c,
              "cpu.thread"),
          ratio("databindRead", "sitrepRead", c, null),
          ratio("databindRead", "sitrepRead", c, "cpu.thread"),
          ratio("rawScan", "sitrepRead", c, null), ratio("rawScan", "databindRead", c, null));
    }
    caseTable(this::absolute);
    if (results.get("CaseBenchmark.sitrepRead/incident").path("secondaryMetrics")
        .has("gc.alloc.rate.norm")) {
      caseTable(this::allocated);
    }
    System.out.println();
    System.out.println("| case | write speed, sitrep ÷ databind with Blackbird (wall) | (CPU) "
        + "| read speed, sitrep ÷ databind with Blackbird (wall) | (CPU) |");
    System.out.println("|---|---|---|---|---|");
    for (String c : CASES) {
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", c,
          ratio("blackbirdWrite", "sitrepWrite", c, null),
          ratio("blackbirdWrite", "sitrepWrite", c, "cpu.thread"),
          ratio("blackbirdRead", "sitrepRead", c, null),
          ratio("blackbirdRead", "sitrepRead", c, "cpu.thread"));
    }
    System.out.println();
    for (String c : CASES) {
      target("write " + c + " >= 1.3x the fastest baseline", fastest(c, "Write"), 1.3);
      target("read " + c + " >= 1.3x the fastest baseline", fastest(c, "Read"), 1.3);
    }
    for (String c : CASES) {
      target("write " + c + " >= 1.0x databind",
          speed("CaseBenchmark.databindWrite/" + c, "CaseBenchmark.sitrepWrite/" + c, null), 1.0);
      target("read " + c + " >= 1.0x databind",
          speed("CaseBenchmark.databindRead/" + c, "CaseBenchmark.sitrepRead/" + c, null), 1.0);
    }
  }

  private void printStreaming() {
    if (!results.containsKey("StreamingBenchmark.sitrepReadLines")) {
      return;
    }
    System.out.println();
    // the whole JVM's CPU time: the parallel read decodes on threads other than the benchmark's
    System.out.println("| 1,000,000 events, JSON Lines | time per pass | vs raw scan, wall "
        + "| vs raw scan, CPU of the whole JVM |");
    System.out.println("|---|---|---|---|");
    for (String b : new String[] {"rawScan", "sitrepReadLines", "sitrepReadLinesInParallel",
        "databindReadLines"}) {
      String key = "StreamingBenchmark." + b;
      if (results.containsKey(key)) {
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", b, absolute(key),
            format(speed("StreamingBenchmark.rawScan", key, null)),
            format(speed("StreamingBenchmark.rawScan", key, "cpu.process")));
      }
    }
    System.out.println();
    target("streaming read >= 0.6x raw scan, one thread",
        speed("StreamingBenchmark.rawScan", "StreamingBenchmark.sitrepReadLines", null), 0.6);
    target("streaming read >= 1.0x the one-thread raw scan, a decoding thread per processor",
        speed("StreamingBenchmark.rawScan", "StreamingBenchmark.sitrepReadLinesInParallel", null),
        1.0);
  }

  private void printMemory() {
    printMemory("sitrepReadLines");
    printMemory("sitrepReadLinesInParallel");
  }

  private void printMemory(String benchmark) {
    String key = "StreamingMemoryBenchmark." + benchmark;
    JsonNode r = results.get(key);
    if (r == null) {
      return;
    }
    JsonNode s = r.path("secondaryMetrics");
    double events = s.path("eventsRead").path("score").asDouble();
    double max = s.path("maxHeapKib").path("score").asDouble() / 1024;
    System.out.println();
    System.out.printf(Locale.ROOT, "1M-event streaming read (%s) with -Xmx%.0fm: %,.0f events "
            + "read in %s; peak heap used %.1f MiB (sum of the heap pools' peaks); most in use "
            + "after a collection %.1f MiB; %,.0f collections%n", benchmark, max, events,
        absolute(key),
        s.path("peakHeapUsedKib").path("score").asDouble() / 1024,
        s.path("maxHeapAfterGcKib").path("score").asDouble() / 1024,
        s.path("collections").path("score").asDouble());
    boolean met = events == 1_000_000 && max <= 64;
    allMet &= met;
    System.out.println("- target: 1,000,000-event read (" + benchmark
        + ") completes in a 64 MB heap: " + (met ? "met" : "MISSED"));
  }

  /** @return baseline time / measured time, for the named metric or JMH's score */
  private Double speed(String baseline, String measured, String metric) {
    JsonNode b = results.get(baseline);
    JsonNode m = results.get(measured);
    if (b == null || m == null) {
      return null;
    }
    double bs = score(b, metric);
    double ms = score(m, metric);
    return Double.isNaN(bs) || Double.isNaN(ms) || ms == 0 ? null : bs / ms;
  }

  /**
   * @return sitrep's speed against the faster of databind and databind with Blackbird, for one
   *     case and {@code Write} or {@code Read}
   */
  private Double fastest(String c, String op) {
    Double plain = caseSpeed("databind", op, c);
    Double blackbird = caseSpeed("blackbird", op, c);
    return plain == null || blackbird == null ? null : Math.min(plain, blackbird);
  }

  private Double caseSpeed(String baseline, String op, String c) {
    return speed("CaseBenchmark." + baseline + op + "/" + c, "CaseBenchmark.sitrep" + op + "/" + c,
        null);
  }

  private String ratio(String baseline, String measured, String c, String metric) {
    return format(speed("CaseBenchmark." + baseline + "/" + c, "CaseBenchmark." + measured + "/"
        + c, metric));
  }

  private static double score(JsonNode r, String metric) {
    JsonNode m = metric == null ? r.path("primaryMetric")
        : r.path("secondaryMetrics").path(metric);
    return m.isMissingNode() ? Double.NaN : m.path("score").asDouble();
  }

  /** Prints a table of {@code cell} for each case and each of the five benchmarks. */
  private void caseTable(Function<String, String> cell) {
    System.out.println();
    System.out.println("| case | sitrep write | databind write | Blackbird write | sitrep read "
        + "| databind read | Blackbird read | raw scan |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (String c : CASES) {
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s |%n", c,
          cell.apply("CaseBenchmark.sitrepWrite/" + c),
          cell.apply("CaseBenchmark.databindWrite/" + c),
          cell.apply("CaseBenchmark.blackbirdWrite/" + c),
          cell.apply("CaseBenchmark.sitrepRead/" + c),
          cell.apply("CaseBenchmark.databindRead/" + c),
          cell.apply("CaseBenchmark.blackbirdRead/" + c),
          cell.apply("CaseBenchmark.rawScan/" + c));
    }
  }

  private String absolute(String key) {
    JsonNode r = results.get(key);
    if (r == null) {
      return "-";
    }
    JsonNode p = r.path("primaryMetric");
    String error = p.path("scoreError").asString("NaN");
    String plusMinus = error.equals("NaN") ? "" : " ± " + number(p.path("scoreError").asDouble());
    return number(p.path("score").asDouble()) + plusMinus + " " + p.path("scoreUnit").asString();
  }

  private String allocated(String key) {
    JsonNode r = results.get(key);
    double bytes = r == null ? Double.NaN
        : score(r, "gc.alloc.rate.norm");
    return Double.isNaN(bytes) ? "-" : String.format(Locale.ROOT, "%,.0f B/op", bytes);
  }

  private static String number(double value) {
    return value >= 1000 ? String.format(Locale.ROOT, "%,.0f", value)
        : String.format(Locale.ROOT, "%.3g", value);
  }

  private static String format(Double ratio) {
    return ratio == null ? "-" : String.format(Locale.ROOT, "%.2fx", ratio);
  }

  private void target(String what, Double ratio, double at) {
    boolean met = ratio != null && ratio >= at;
    allMet &= met;
    System.out.println("- target: " + what + ": " + format(ratio) + ", " + (met ? "met"
        : "MISSED"));
  }
}
