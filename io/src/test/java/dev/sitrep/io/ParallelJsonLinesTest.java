package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.StateCatalogue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading JSON Lines on worker threads: the threads, the input's failures, and closing. */
class ParallelJsonLinesTest {
  private static final SitrepJson JSON = SitrepJson.defaults();
  private static final Actor BELARUS = StateCatalogue.get("BY");
  private static final byte[] LINE =
      (JSON.write(BELARUS) + "\n").getBytes(StandardCharsets.UTF_8);

  /** Good lines without end; counts the bytes read and whether it was closed. */
  private static final class Endless extends InputStream {
    long count;
    final AtomicBoolean closed = new AtomicBoolean();

    @Override
    public int read() {
      return LINE[(int) (count++ % LINE.length)];
    }

    @Override
    public int read(byte[] b, int off, int len) {
      for (int i = 0; i < len; i++) {
        b[off + i] = (byte) read();
      }
      return len;
    }

    @Override
    public void close() {
      closed.set(true);
    }
  }

  /** Lines of {@code x}, each too bad to decode, counting the bytes read. */
  private static final class LongLines extends InputStream {
    final int lineLength;
    final long total;
    long count;

    LongLines(int lineLength, int lines) {
      this.lineLength = lineLength;
      this.total = (long) lines * (lineLength + 1);
    }

    @Override
    public int read() {
      return count == total ? -1 : count++ % (lineLength + 1) == lineLength ? '\n' : 'x';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = (int) Math.min(len, total - count);
      for (int i = 0; i < n; i++) {
        b[off + i] = (byte) read();
      }
      return n == 0 && len > 0 ? -1 : n;
    }
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {2, 8, 32})
  void readsAheadAtMostSixteenMebibytesOfLongLinesWhateverTheThreads(int threads) {
    int lineLength = 4_000_000;
    SitrepJson json = SitrepJson.builder()
        .limits(new ReadLimits(64, 1_000_000, 100, 5_000_000L)).build();
    LongLines in = new LongLines(lineLength, 16);
    AtomicLong readAtFirst = new AtomicLong(-1);
    List<Long> bad = new ArrayList<>();
    try (JsonLinesReader<Actor> lines = json.readLines(in, Actor.class, line -> {
      if (bad.isEmpty()) {
        readAtFirst.set(in.count);
      }
      bad.add(line.lineNumber());
    }, threads)) {
      assertThat(lines.hasNext()).isFalse();
      assertThat(lines.badLines()).isEqualTo(16);
    }
    assertThat(bad).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L,
        15L, 16L);
    // the documented 16 MiB of lines copied for the threads, and the read buffer, at most twice
    // a line; not, as two chunks a thread allowed, every line (64 MB)
    assertThat(readAtFirst.get()).isLessThanOrEqualTo((16L << 20) + 3L * (lineLength + 1));
  }

  @Test
  void threadsBelowOneAreRefused() {
    for (int threads : new int[] {0, -1}) {
      assertThatThrownBy(() -> JSON.readLines(new ByteArrayInputStream(LINE), Actor.class, null,
          threads))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("threads must be at least 1, was " + threads);
    }
  }

  @Test
  void readsAheadABoundedAmountOfAnEndlessInputOnNamedDaemonThreads() {
    Endless in = new Endless();
    try (JsonLinesReader<Actor> lines = JSON.readLines(in, Actor.class, null, 4)) {
      assertThat(lines.stream().limit(10_000)).allMatch(BELARUS::equals);
      assertThat(lines.goodLines()).isEqualTo(10_000);
      // eight chunks in flight, the one being delivered and the buffer: well under a megabyte
      assertThat(in.count - 10_000L * LINE.length).isLessThan(1 << 20);
      assertThat(linesThreads()).isNotEmpty()
          .allSatisfy(t -> assertThat(t.isDaemon()).isTrue())
          .allSatisfy(t -> assertThat(t.getName()).matches("sitrep-lines-[0-9]+"));
    }
  }

  @Test
  void closingPartWayReturnsPromptlyClosesTheInputAndStopsTheThreads() throws Exception {
    Set<Thread> before = linesThreads();
    Endless in = new Endless();
    JsonLinesReader<Actor> lines = JSON.readLines(in, Actor.class, null, 3);
    assertThat(lines.stream().limit(5_000)).hasSize(5_000);
    assertThat(linesThreads()).filteredOn(t -> !before.contains(t)).isNotEmpty();
    long start = System.nanoTime();
    lines.close();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
    assertThat(in.closed).isTrue();
    awaitNoNewThreads(before);
  }

  @Test
  void theThreadsStopAtTheEndOfTheInputUnclosed() throws Exception {
    Set<Thread> before = linesThreads();
    byte[] many = new byte[LINE.length * 20_000];
    for (int i = 0; i < 20_000; i++) {
      System.arraycopy(LINE, 0, many, i * LINE.length, LINE.length);
    }
    JsonLinesReader<Actor> lines = JSON.readLines(new ByteArrayInputStream(many), Actor.class,
        null, 2);
    assertThat(lines.stream().count()).isEqualTo(20_000);
    awaitNoNewThreads(before);
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2, 4})
  void aFailureToReadComesAfterTheLinesReadBeforeIt(int threads) {
    int whole = 3_000; // lines before the failure, with part of one more
    InputStream failing = new InputStream() {
      private final Endless lines = new Endless();

      @Override
      public int read() throws IOException {
        if (lines.count == (long) whole * LINE.length + 10) {
          throw new IOException("the disk is on fire");
        }
        return lines.read();
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = 0;
        while (n < len) {
          try {
            b[off + n] = (byte) read();
          } catch (IOException e) {
            if (n == 0) {
              throw e;
            }
            break;
          }
          n++;
        }
        return n;
      }
    };
    List<Actor> read = new ArrayList<>();
    try (JsonLinesReader<Actor> lines = JSON.readLines(failing, Actor.class, null, threads)) {
      assertThatThrownBy(() -> lines.forEachRemaining(read::add))
          .isInstanceOf(UncheckedIOException.class)
          .hasRootCauseMessage("the disk is on fire");
      assertThat(read).hasSize(whole);
      assertThat(lines.goodLines()).isEqualTo(whole);
    }
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2, 4})
  void anUnexpectedFailureInDecodingReachesTheReaderOnceALineAsInline(int threads) {
    // a type with no codec fails on every line, as an IllegalArgumentException of its own
    byte[] threeLines = new byte[3 * LINE.length];
    for (int i = 0; i < 3; i++) {
      System.arraycopy(LINE, 0, threeLines, i * LINE.length, LINE.length);
    }
    try (JsonLinesReader<String> lines = JSON.readLines(new ByteArrayInputStream(threeLines),
        String.class, bad -> { }, threads)) {
      for (int line = 1; line <= 3; line++) {
        assertThatThrownBy(lines::hasNext)
            .isInstanceOf(IllegalArgumentException.class)
            .isNotInstanceOf(InvalidDataException.class)
            .hasMessage("sitrep has no JSON codec for java.lang.String");
      }
      assertThat(lines.hasNext()).isFalse();
    }
  }

  /**
   * Waits half a second at most for the threads started since {@code before} to stop: less than
   * the second an idle worker waits for work before it stops of itself.
   */
  private static void awaitNoNewThreads(Set<Thread> before) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofMillis(500).toNanos();
    while (!before.containsAll(linesThreads()) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(linesThreads()).isSubsetOf(before);
  }

  private static Set<Thread> linesThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("sitrep-lines-") && t.isAlive())
        .collect(Collectors.toSet());
  }
}
