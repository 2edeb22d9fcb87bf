package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.core.event.Event;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.testing.ArticleSamples;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A stream that fails is an {@link UncheckedIOException} with its cause, wherever it fails: not
 * bad data at a JSON path, and not Jackson's own exception.
 */
class FailingStreamsTest {
  private static final SitrepJson JSON = SitrepJson.defaults();
  private static final MilitaryExercise ZAPAD = ArticleSamples.zapad2023();

  /** @return {@code bytes}, then a failure after {@code after} of them */
  private static InputStream failingAfter(byte[] bytes, int after) {
    return new FilterInputStream(new ByteArrayInputStream(bytes, 0, after)) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
          throw new IOException("disk on fire");
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
          throw new IOException("disk on fire");
        }
        return n;
      }
    };
  }

  /** @return a stream that takes {@code room} bytes, then fails */
  private static OutputStream failingOutAfter(int room) {
    return new OutputStream() {
      private int written;

      @Override
      public void write(int b) throws IOException {
        if (++written > room) {
          throw new IOException("no space left on device");
        }
      }
    };
  }

  @ParameterizedTest(name = "after {0} bytes")
  @ValueSource(ints = {0, 2, 100, 1_000})
  void aReadFromAStreamThatFailsIsAnUncheckedIoException(int after) {
    byte[] bytes = JSON.writeBytes(ZAPAD);
    assertThatThrownBy(() -> JSON.read(failingAfter(bytes, after), MilitaryExercise.class))
        .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk on fire");
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {1, 2})
  void jsonLinesFromAStreamThatFailsAreAnUncheckedIoException(int threads) {
    byte[] line = (JSON.write(ZAPAD) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] lines = new byte[line.length * 3];
    for (int i = 0; i < 3; i++) {
      System.arraycopy(line, 0, lines, i * line.length, line.length);
    }
    try (JsonLinesReader<Event> read = JSON.readLines(
        failingAfter(lines, line.length * 2 + 10), Event.class, null, threads)) {
      assertThatThrownBy(() -> read.forEachRemaining(e -> { }))
          .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("disk on fire");
    }
  }

  @ParameterizedTest(name = "room for {0} of its bytes in 4")
  @ValueSource(ints = {0, 1, 2, 3})
  void aWriteToAStreamThatFailsIsAnUncheckedIoException(int quarters) {
    int room = JSON.writeBytes(ZAPAD).length * quarters / 4;
    assertThatThrownBy(() -> JSON.write(ZAPAD, failingOutAfter(room)))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("no space left on device");
    Iterator<Event> events = List.<Event>of(ZAPAD).iterator();
    assertThatThrownBy(() -> GeoJson.write(events, failingOutAfter(quarters)))
        .isInstanceOf(UncheckedIOException.class)
        .hasRootCauseMessage("no space left on device");
  }

  @Test
  void aWriteWithRoomEnoughSucceeds() {
    JSON.write(ZAPAD, failingOutAfter(JSON.writeBytes(ZAPAD).length));
  }
}
