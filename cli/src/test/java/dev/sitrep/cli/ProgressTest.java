package dev.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The progress bar: what it shows, and when. */
class ProgressTest {
  @Test
  void showsBytesAgainstSizeTheRateAndTheTimeLeft() {
    assertThat(Progress.line(5_000_000, 10_000_000, 5.0))
        .isEqualTo("[##########..........]  50%  1.0 MB/s  5s left ");
    assertThat(Progress.line(0, 10_000_000, 1.0)).startsWith("[....................]   0%");
    assertThat(Progress.line(9_000_000, 9_000_000, 90.0)).contains("100%", "0s left");
  }

  @Test
  void showsOnlyOnATerminalForALargeFileUnlessQuiet() {
    assertThat(Progress.shows(false, true, Progress.LARGE)).isTrue();
    assertThat(Progress.shows(false, false, Progress.LARGE)).as("piped").isFalse();
    assertThat(Progress.shows(true, true, Progress.LARGE)).as("--quiet").isFalse();
    assertThat(Progress.shows(false, true, Progress.LARGE - 1)).as("small").isFalse();
  }
}
