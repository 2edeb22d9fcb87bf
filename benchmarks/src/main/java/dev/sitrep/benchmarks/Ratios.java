package dev.sitrep.benchmarks;

import java.io.File;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
  /** The case benchmarks' baselines, by the prefix of their names. */
  private static final String[] BASELINES = {"databind", "blackbird", "immutables"};

  private final Map<String, JsonNode> results = new LinkedHashMap<>();
  private boolean allMet = true;
  private int targets;

  /** Each result by its benchmark's name and the values of its parameters, such as {@code /dossier}. */
  private Ratios(JsonNode root) {
    for (JsonNode r : root) {
      StringBuilder key = new StringBuilder(r.path("benchmark").asString().replace(PKG, ""));
      r.path("params").values().forEach(v -> key.append('/').append(v.asString()));
      results.put(key.toString(), r);
    }
  }

  public static void main(String[] args) {
    JsonNode root = JsonMapper.builder().build().readTree(new File(args[0]));
    new Ratios(root).print();
  }

  private void print() {
    printCases();
    printColdStart();
    for (String events : sizes("StreamingBenchmark.sitrepReadLines")) {
      printStreaming(events);
    }
    printMemory();
    printAllocation();
    System.out.println();
    System.out.println(results.isEmpty() ? "No results: every benchmark failed (see JMH's output)."
        : targets == 0 ? "No targets in these results."
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
    baselineTable("blackbird", "databind with Blackbird");
    baselineTable("immutables", "Immutables");
    System.out.println();
    for (String c : CASES) {
      for (String op : new String[] {"Write", "Read"}) {
        Fastest f = fastest(c, op);
        target(op.toLowerCase(Locale.ROOT) + " " + c + " >= 1.3x the fastest baseline"
            + (f.baseline == null ? "" : " (" + f.baseline + ")"), f.speed, 1.3);
      }
    }
    for (String c : CASES) {
      target("write " + c + " >= 1.0x databind",
          speed("CaseBenchmark.databindWrite/" + c, "CaseBenchmark.sitrepWrite/" + c, null), 1.0);
      target("read " + c + " >= 1.0x databind",
          speed("CaseBenchmark.databindRead/" + c, "CaseBenchmark.sitrepRead/" + c, null), 1.0);
    }
  }

  private void printStreaming(String events) {
    String n = String.format(Locale.ROOT, "%,d", Long.parseLong(events));
    String scan = "StreamingBenchmark.rawScan/" + events;
    System.out.println();
    // the whole JVM's CPU time: the parallel read decodes on threads other than the benchmark's
    System.out.println("| " + n + " events, JSON Lines | time per pass | vs raw scan, wall "
        + "| vs raw scan, CPU of the whole JVM |");
    System.out.println("|---|---|---|---|");
    for (String b : new String[] {"rawScan", "sitrepReadLines", "sitrepReadLinesInParallel",
        "databindReadLines"}) {
      String key = "StreamingBenchmark." + b + "/" + events;
      if (results.containsKey(key)) {
        System.out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", b, absolute(key),
            format(speed(scan, key, null)), format(speed(scan, key, "cpu.process")));
      }
    }
    System.out.println();
    target("streaming read of " + n + " events >= 0.6x raw scan, one thread",
        speed(scan, "StreamingBenchmark.sitrepReadLines/" + events, null), 0.6);
    target("streaming read of " + n + " events >= 1.0x the one-thread raw scan, a decoding "
        + "thread per processor",
        speed(scan, "StreamingBenchmark.sitrepReadLinesInParallel/" + events, null), 1.0);
  }

  private void printMemory() {
    for (String benchmark : new String[] {"sitrepReadLines", "sitrepReadLinesInParallel"}) {
      for (String events : sizes("StreamingMemoryBenchmark." + benchmark)) {
        printMemory(benchmark, "StreamingMemoryBenchmark." + benchmark + "/" + events);
      }
    }
  }

  private void printMemory(String benchmark, String key) {
    JsonNode r = results.get(key);
    JsonNode s = r.path("secondaryMetrics");
    double events = s.path("eventsRead").path("score").asDouble();
    double max = s.path("maxHeapKib").path("score").asDouble() / 1024;
    System.out.println();
    System.out.printf(Locale.ROOT, "Streaming read (%s) with -Xmx%.0fm: %,.0f events "
            + "read in %s; peak heap used %.1f MiB (sum of the heap pools' peaks); most in use "
            + "after a collection %.1f MiB; %,.0f collections%n", benchmark, max, events,
        absolute(key),
        s.path("peakHeapUsedKib").path("score").asDouble() / 1024,
        s.path("maxHeapAfterGcKib").path("score").asDouble() / 1024,
        s.path("collections").path("score").asDouble());
    judge("1,000,000-event read (" + benchmark + ") completes in a 64 MB heap",
        events == 1_000_000 && max <= 64);
  }

  /**
   * The first read of the dossier in a fresh JVM, each reader in forks of its own: the mean time
   * of the forks, and sitrep's speed against each baseline. No target: issue 22 asks for the
   * figures.
   */
  private void printColdStart() {
    String sitrep = "ColdStartBenchmark.sitrep";
    if (!results.containsKey(sitrep)) {
      return;
    }
    System.out.println();
    System.out.println("| first read of the dossier in a fresh JVM | forks | time, mean of the "
        + "forks | speed, sitrep ÷ this (wall) |");
    System.out.println("|---|---|---|---|");
    for (String reader : new String[] {"sitrep", "databind", "blackbird", "immutables"}) {
      String key = "ColdStartBenchmark." + reader;
      JsonNode r = results.get(key);
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", reader,
          r == null ? "-" : r.path("forks").asString(), absolute(key),
          reader.equals("sitrep") ? "" : format(speed(key, sitrep, null)));
    }
  }

  /**
   * How much more per event the larger of two files may allocate than the smaller, and still not
   * grow. The larger file's events are the smaller's and more, whose ids and titles carry a longer
   * index: the lines are 991.5, 992.1 and 994.0 bytes long on average for 10,000, 100,000 and
   * 1,000,000 events, 0.2 % more at most. Allocation per operation moves by up to 0.5 % between
   * runs and forks (the README's runs 7 and 8, and a check of 10,000 against 100,000 events). A
   * reader whose work per event grew with the events read before would allocate more per event in
   * proportion to the file.
   */
  static final double ALLOCATION_TOLERANCE = 0.02;

  /**
   * Allocation per event of the streaming reads ({@link AllocationBenchmark}) for each size of
   * file measured, and whether it grows from each size to the next larger one.
   */
  private void printAllocation() {
    for (String benchmark : new String[] {"sitrepReadLines", "sitrepReadLinesInParallel"}) {
      String name = "AllocationBenchmark." + benchmark;
      List<String> sizes = sizes(name);
      if (sizes.isEmpty()) {
        continue;
      }
      System.out.println();
      System.out.println("| " + benchmark + ", events in the file | allocated per pass "
          + "| allocated per event |");
      System.out.println("|---|---|---|");
      double[] perEvent = new double[sizes.size()];
      for (int i = 0; i < sizes.size(); i++) {
        long events = Long.parseLong(sizes.get(i));
        double bytes = score(results.get(name + "/" + sizes.get(i)), "gc.alloc.rate.norm");
        perEvent[i] = bytes / events;
        System.out.printf(Locale.ROOT, "| %,d | %s | %s |%n", events,
            Double.isNaN(bytes) ? "- (run with -prof gc)" : String.format(Locale.ROOT,
                "%,.0f B", bytes),
            Double.isNaN(bytes) ? "-" : String.format(Locale.ROOT, "%,.1f B", perEvent[i]));
      }
      System.out.println();
      if (sizes.size() < 2) {
        System.out.println("- allocation per event of one size only: run two, such as "
            + "-p events=100000,1000000");
      }
      for (int i = 1; i < sizes.size(); i++) {
        double growth = perEvent[i] / perEvent[i - 1] - 1;
        judge(String.format(Locale.ROOT, "allocation per event (%s) does not grow from %,d to "
                + "%,d events (at most +%.0f %%): %s", benchmark, Long.parseLong(sizes.get(i - 1)),
            Long.parseLong(sizes.get(i)), ALLOCATION_TOLERANCE * 100,
            Double.isNaN(growth) ? "-" : String.format(Locale.ROOT, "%+.2f %%", growth * 100)),
            growth <= ALLOCATION_TOLERANCE);
      }
    }
  }

  /** @return the event counts {@code benchmark} was run with, from the smallest */
  private List<String> sizes(String benchmark) {
    return results.keySet().stream().filter(k -> k.startsWith(benchmark + "/"))
        .map(k -> k.substring(benchmark.length() + 1))
        .sorted(Comparator.comparingLong(Long::parseLong)).toList();
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

  /** The fastest baseline of a case, and sitrep's speed against it; none if one was not run. */
  private record Fastest(String baseline, Double speed) {}

  /** @return the fastest of the {@link #BASELINES} for one case and {@code Write} or {@code Read} */
  private Fastest fastest(String c, String op) {
    Fastest fastest = new Fastest(null, null);
    for (String baseline : BASELINES) {
      Double speed = caseSpeed(baseline, op, c);
      if (speed == null) {
        return new Fastest(null, null);
      }
      if (fastest.speed == null || speed < fastest.speed) {
        fastest = new Fastest(baseline, speed);
      }
    }
    return fastest;
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

  /** Prints a table of {@code cell} for each case and each of the nine benchmarks. */
  private void caseTable(Function<String, String> cell) {
    System.out.println();
    System.out.println("| case | sitrep write | databind write | Blackbird write "
        + "| Immutables write | sitrep read | databind read | Blackbird read | Immutables read "
        + "| raw scan |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|");
    for (String c : CASES) {
      System.out.print("| " + c);
      for (String b : new String[] {"sitrepWrite", "databindWrite", "blackbirdWrite",
          "immutablesWrite", "sitrepRead", "databindRead", "blackbirdRead", "immutablesRead",
          "rawScan"}) {
        System.out.print(" | " + cell.apply("CaseBenchmark." + b + "/" + c));
      }
      System.out.println(" |");
    }
  }

  /** Prints sitrep's speed against one more baseline, {@code name} in the table's header. */
  private void baselineTable(String baseline, String name) {
    System.out.println();
    System.out.println("| case | write speed, sitrep ÷ " + name + " (wall) | (CPU) "
        + "| read speed, sitrep ÷ " + name + " (wall) | (CPU) |");
    System.out.println("|---|---|---|---|---|");
    for (String c : CASES) {
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", c,
          ratio(baseline + "Write", "sitrepWrite", c, null),
          ratio(baseline + "Write", "sitrepWrite", c, "cpu.thread"),
          ratio(baseline + "Read", "sitrepRead", c, null),
          ratio(baseline + "Read", "sitrepRead", c, "cpu.thread"));
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
    if (ratio == null) { // such as Blackbird's on Java 17: not met, but not missed either
      targets++;
      allMet = false;
      System.out.println("- target: " + what + ": not judged, a benchmark it needs did not run");
      return;
    }
    judge(what + ": " + format(ratio), ratio >= at);
  }

  /** Prints a target's line, {@code what} and whether it is met, and counts it. */
  private void judge(String what, boolean met) {
    targets++;
    allMet &= met;
    System.out.println("- target: " + what + ", " + (met ? "met" : "MISSED"));
  }
}
