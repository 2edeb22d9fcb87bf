package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.StateCatalogue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bytes of lines copied for the worker threads stay within the read-ahead, whatever the
 * number of threads, and a line longer than that is decoded where it lies, after the lines before
 * it and before any line after it is read; what is delivered is what inline decoding delivers.
 */
class ParallelDecodingBudgetTest {
  private static final SitrepJson JSON = SitrepJson.defaults();
  private static final String ACTOR = JSON.write(StateCatalogue.get("BY"));

  /** What was delivered for a line: its value, why it is bad, or what decoding it threw. */
  record Delivered(Object value, String bad, String thrown) {}

  @Test
  void theDocumentedReadAheadIsSixteenMebibytes() {
    assertThat(ParallelDecoding.READ_AHEAD_BYTES).isEqualTo(16 << 20);
    assertThat(ParallelDecoding.CHUNK_BYTES).isEqualTo(64 << 10);
  }

  @Test
  void chunksLargerThanTheReadAheadAreRefused() {
    assertThatThrownBy(() -> new ParallelDecoding<>(lines(new byte[0], 100), decoder(Actor.class,
        100), 2, 1_000, 999)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void linesAroundTheReadAheadAreDeliveredAsInlineWithinIt() {
    Random random = new Random(15);
    for (int example = 0; example < 300; example++) {
      int readAhead = 50 + random.nextInt(3_000);
      int chunkBytes = 1 + random.nextInt(readAhead);
      int maxLength = 100 + random.nextInt(4 * readAhead);
      int threads = 2 + random.nextInt(3);
      byte[] input = input(random, readAhead, 1 + random.nextInt(60));
      int maxRead = 1 + random.nextInt(2 * readAhead);
      long seed = random.nextLong();
      String what = "example " + example + ": read-ahead " + readAhead + ", chunks "
          + chunkBytes + ", limit " + maxLength + ", " + threads + " threads";

      List<Delivered> inline = deliver(new InlineDecoding<>(
          lines(ParallelLinesPropertiesTest.arriving(input, seed, maxRead), maxLength), decoder(Actor.class, maxLength)));
      ParallelDecoding<Actor> parallel = new ParallelDecoding<>(
          lines(ParallelLinesPropertiesTest.arriving(input, ~seed, maxRead), maxLength), decoder(Actor.class, maxLength),
          threads, chunkBytes, readAhead);
      assertThat(deliver(parallel)).as(what).isEqualTo(inline);
      assertThat(parallel.mostCopiedInFlight()).as(what).isBetween(0L, (long) readAhead);
    }
  }

  @Test
  void aLineLongerThanTheReadAheadIsNotCopiedNorReadPastUntilDelivered() {
    int readAhead = 100_000;
    int longLine = 150_000; // padded with spaces: a value
    String padded = " ".repeat(longLine - ACTOR.length()) + ACTOR;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      text.append(ACTOR).append('\n');
    }
    for (int i = 0; i < 16; i++) {
      text.append(padded).append('\n');
    }
    byte[] input = text.toString().getBytes(StandardCharsets.UTF_8);
    Counting in = new Counting(new ByteArrayInputStream(input));
    long before = 8L * (ACTOR.length() + 1);
    try (ParallelDecoding<Actor> lines = new ParallelDecoding<>(lines(in, 1_000_000),
        decoder(Actor.class, 1_000_000), 8, 1_000, readAhead)) {
      for (int line = 1; line <= 24; line++) {
        assertThat(lines.next()).isTrue();
        assertThat(lines.value()).isEqualTo(StateCatalogue.get("BY"));
        assertThat(lines.error()).isNull();
        if (line > 8) { // decoded on this thread, where it lies: nothing past it read
          // the lines up to this one, and at most the read buffer of twice a line past them
          assertThat(in.count).isLessThanOrEqualTo(before + (line - 8L) * (longLine + 1)
              + 2L * (longLine + 1));
        }
      }
      assertThat(lines.next()).isFalse();
      // only the short lines were copied, into chunks of 1,000 bytes
      assertThat(lines.mostCopiedInFlight()).isBetween(1_000L, 8_000L);
    }
  }

  /** Reads every line, going on after what decoding throws. */
  private static List<Delivered> deliver(DecodedLines<Actor> lines) {
    List<Delivered> delivered = new ArrayList<>();
    try (lines) {
      while (true) {
        try {
          if (!lines.next()) {
            break;
          }
          InvalidDataException error = lines.error();
          delivered.add(new Delivered(lines.value(), error == null ? null
              : error.line() + " " + error.column() + " " + error.path() + " " + error.rule(),
              null));
        } catch (RuntimeException e) {
          delivered.add(new Delivered(null, null, e.toString()));
        }
      }
    }
    return delivered;
  }

  /**
   * @return lines of every kind: values, padded to lengths around the read-ahead, bad lines
   *     short and long, and blank lines
   */
  private static byte[] input(Random random, int readAhead, int count) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < count; i++) {
      String line = switch (random.nextInt(6)) {
        case 0 -> ACTOR;
        case 1 -> " ".repeat(random.nextInt(3 * readAhead)) + ACTOR;
        case 2 -> "x".repeat(1 + random.nextInt(3 * readAhead));
        case 3 -> "[1,";
        case 4 -> ACTOR.substring(0, 1 + random.nextInt(ACTOR.length() - 1));
        default -> random.nextBoolean() ? "" : " \t ";
      };
      out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
      if (random.nextBoolean()) {
        out.write('\r');
      }
      if (i < count - 1 || random.nextBoolean()) {
        out.write('\n');
      }
    }
    return out.toByteArray();
  }

  private static Lines lines(byte[] input, long maxLength) {
    return lines(new ByteArrayInputStream(input), maxLength);
  }

  private static Lines lines(InputStream in, long maxLength) {
    return new Lines(in, maxLength);
  }

  private static <T> LineDecoder<T> decoder(Class<T> type, long maxLength) {
    return new LineDecoder<>(SitrepJson.builder()
        .limits(new ReadLimits(64, 1_000_000, 100, maxLength)).build(), type);
  }

  /** Counts the bytes read. */
  private static final class Counting extends FilterInputStream {
    long count;

    Counting(InputStream in) {
      super(in);
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      count += Math.max(n, 0);
      return n;
    }
  }
}
