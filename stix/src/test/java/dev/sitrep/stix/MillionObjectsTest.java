package dev.sitrep.stix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.actor.Person;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.EntityId;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A bundle of a million objects is written and read back one object at a time, in flat memory:
 * the writer streams into a pipe that the reader reads from, so the bundle (some 400 MB) is never
 * held anywhere, and the test runs in its own JVM with a heap of 48 MiB (stix/pom.xml, the
 * {@code flat-memory} execution), where holding the bundle, or any object per value read, would
 * end in an OutOfMemoryError. Nothing is timed.
 */
class MillionObjectsTest {
  private static final int COUNT = 1_000_000;

  @Test
  void aMillionObjectsStreamOutAndBackInFlatMemory() throws Exception {
    assertThat(Runtime.getRuntime().maxMemory()).as("the heap this test is meant to run in")
        .isLessThan(64L * 1024 * 1024);
    PipedInputStream in = new PipedInputStream(1 << 16);
    PipedOutputStream out = new PipedOutputStream(in);
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Thread writer = new Thread(() -> {
      try (out; StixWriter stix = StixExport.defaults().writer(out)) {
        for (int i = 0; i < COUNT; i++) {
          stix.write(Person.builder().id(EntityId.of("person/" + i)).name("Person " + i)
              .build());
        }
      } catch (IOException e) {
        failed.set(new UncheckedIOException(e));
      } catch (RuntimeException | Error e) {
        failed.set(e);
      }
    }, "stix-writer");
    writer.start();
    long read = 0;
    try (StixReader stix = StixImport.defaults().reader(in)) {
      while (stix.hasNext()) {
        Entity e = stix.next();
        assertThat(e.id().value()).isEqualTo("person/" + read);
        read++;
      }
      assertThat(stix.report().count(ImportReport.Outcome.READ)).isEqualTo(COUNT);
      assertThat(stix.report().entries(ImportReport.Outcome.READ)).hasSize(ImportReport.LISTED);
      assertThat(stix.report().count(ImportReport.Outcome.DROPPED)).isEqualTo(2); // sitrep's own
    }
    writer.join();
    assertThat(failed.get()).isNull();
    assertThat(read).isEqualTo(COUNT);
  }
}
