package dev.sitrep.cli;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * A progress bar on standard error: bytes read against the file's size, the rate and the time
 * left, redrawn at most every half second. Shown only when the command runs at a terminal
 * ({@link #terminal()}: standard input and output not redirected), the input a file of at least
 * {@value #LARGE} bytes, and {@code --quiet} not given; otherwise silent.
 */
final class Progress {
  static final long LARGE = 8L << 20;

  private final PrintWriter err;
  private final long size;
  private final long[] read;
  private final boolean shown;
  private final long started = System.nanoTime();
  private long drawn;

  Progress(PrintWriter err, long size, long[] read, boolean quiet) {
    this.err = err;
    this.size = size;
    this.read = read;
    this.shown = shows(quiet, terminal(), size);
  }

  /**
   * @return whether the command runs at a terminal: on Java 22 and later, where
   *     {@link System#console()} is there for redirected streams too, as {@code Console.isTerminal()}
   *     says; before, as there being a console says
   */
  static boolean terminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (NoSuchMethodException e) { // Java 21 or older: a console is a terminal
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  /** @return whether the bar shows: on a terminal, for a large file, unless quiet */
  static boolean shows(boolean quiet, boolean terminal, long size) {
    return !quiet && terminal && size >= LARGE;
  }

  /** Redraws the bar if half a second has passed. */
  void tick() {
    long now = System.nanoTime();
    if (!shown || now - drawn < 500_000_000L) {
      return;
    }
    drawn = now;
    err.print("\r" + line(read[0], size, Math.max((now - started) / 1e9, 1e-3)));
    err.flush();
  }

  /**
   * @return the bar after {@code read} of {@code size} bytes in {@code seconds}:
   *     {@code [##########..........]  50%  1.0 MB/s  5s left}
   */
  static String line(long read, long size, double seconds) {
    double rate = read / seconds;
    int percent = (int) Math.min(100, read * 100 / size);
    long left = rate > 0 ? (long) ((size - read) / rate) : 0;
    String bar = "#".repeat(percent / 5) + ".".repeat(20 - percent / 5);
    return String.format(java.util.Locale.ROOT, "[%s] %3d%%  %.1f MB/s  %s left ", bar, percent,
        rate / 1e6, Duration.ofSeconds(left).toString().substring(2)
            .toLowerCase(java.util.Locale.ROOT));
  }

  /** Clears the bar. */
  void done() {
    if (shown) {
      err.print("\r" + " ".repeat(60) + "\r");
      err.flush();
    }
  }
}
