package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.io.codec.WireReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Hostile inputs read in a JVM of their own, with a small heap, so that a test sees whether
 * reading stays within bounded memory: {@link #run} starts {@code java -Xmx...} on this class's
 * {@link #main} with one of the cases, and returns what the case printed.
 */
final class BoundedRun {
  private BoundedRun() {}

  /**
   * Runs a case in a JVM with at most {@code heap} of heap and {@code seconds} of time.
   *
   * @return what the case printed, if it ended normally
   */
  static String run(String heap, int seconds, String... args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx" + heap, "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"), BoundedRun.class.getName()));
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
      if (!ended) {
        process.destroyForcibly();
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(ended).as("ended within %s s: %s", seconds, output).isTrue();
      assertThat(process.exitValue()).as("ended normally with -Xmx%s: %s", heap, output)
          .isZero();
      return output.trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The cases: {@code unknown-properties N}, {@code long-lines COUNT MEGABYTES THREADS}. */
  public static void main(String[] args) {
    switch (args[0]) {
      case "unknown-properties" -> {
        ReadResult<Dossier> read = SitrepJson.builder().lenient(true).build()
            .readWithReport(unknownProperties(Integer.parseInt(args[1])), Dossier.class);
        System.out.println(read.skipped().size() + "\n" + read.skipped().get(WireReader.LISTED));
      }
      case "long-lines" -> {
        int count = Integer.parseInt(args[1]);
        int megabytes = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        long[] bad = {0};
        try (JsonLinesReader<Dossier> lines = SitrepJson.defaults().readLines(
            longLines(count, megabytes << 20), Dossier.class, b -> bad[0]++, threads)) {
          lines.forEachRemaining(d -> { });
        }
        System.out.println(bad[0]);
      }
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  /** @return a dossier with {@code n} unknown properties, {@code "k0":0}, {@code "k1":0}, ... */
  private static String unknownProperties(int n) {
    StringBuilder s = new StringBuilder(13 * n + 30).append("{\"schema_version\":\"1\"");
    for (int i = 0; i < n; i++) {
      s.append(",\"k").append(i).append("\":0");
    }
    return s.append('}').toString();
  }

  /** @return {@code count} lines, each a dossier whose title is {@code length} bytes long */
  private static InputStream longLines(int count, int length) {
    byte[] head = "{\"schema_version\":\"1\",\"title\":\"".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "\"}\n".getBytes(StandardCharsets.US_ASCII);
    long lineLength = head.length + (long) length + tail.length;
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        if (position >= count * lineLength) {
          return -1;
        }
        long at = position++ % lineLength;
        return at < head.length ? head[(int) at]
            : at >= lineLength - tail.length ? tail[(int) (at - lineLength + tail.length)] : 'x';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        int n = 0;
        for (int c; n < len && (c = read()) >= 0; n++) {
          b[off + n] = (byte) c;
        }
        return n == 0 && len > 0 ? -1 : n;
      }
    };
  }
}
