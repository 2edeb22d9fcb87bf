package dev.sitrep.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import tools.jackson.databind.ObjectMapper;

/**
 * What makes a baseline honest: for the same data, its mapper writes the very bytes sitrep writes,
 * and reads those bytes back equal to what it wrote. The benchmarks check it in their setup, and
 * {@code RecordModelTest} for the cases and for generated events.
 */
final class Honesty {
  private Honesty() {}

  /**
   * @param baseline the baseline's name, for the message
   * @param value the baseline's value of the data sitrep wrote as {@code sitrepBytes}
   * @param type the type the baseline reads it as
   * @throws IllegalStateException if the baseline writes other bytes or reads back another value
   */
  static void check(String baseline, ObjectMapper mapper, Object value, Class<?> type,
      byte[] sitrepBytes) {
    byte[] written = mapper.writeValueAsBytes(value);
    if (!Arrays.equals(written, sitrepBytes)) {
      throw new IllegalStateException(baseline + " writes other bytes than sitrep:\n"
          + new String(sitrepBytes, StandardCharsets.UTF_8) + "\n"
          + new String(written, StandardCharsets.UTF_8));
    }
    Object read = mapper.readValue(sitrepBytes, type);
    if (!read.equals(value)) {
      throw new IllegalStateException(baseline + " does not read back equal:\n" + value + "\n"
          + read);
    }
  }
}
