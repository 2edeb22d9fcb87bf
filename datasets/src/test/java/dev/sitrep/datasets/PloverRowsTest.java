package dev.sitrep.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.io.BadLine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PLOVER JSON Lines as files have them: a byte order mark, CRLF, blank lines, no last newline. */
class PloverRowsTest {
  private static final String EVENT = "{\"id\":\"p-%d\",\"date\":\"2025-09-10\","
      + "\"actor\":[{\"code\":\"POL\"}],\"event\":[\"PROTEST\"]}";

  @Test
  void linesEndedByCrlfOrNothingAreReadWithTheirNumbers() {
    String text = "\uFEFF" + EVENT.formatted(1) + "\r\n\r\n" + "{not json}\r\n"
        + EVENT.formatted(2);
    List<BadLine> bad = new ArrayList<>();
    List<EventRecord> rows = FixturesTest.readAll(Dataset.PLOVER,
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), bad);
    assertThat(rows).extracting(r -> r.event().id().value())
        .containsExactly("event/plover-p-1", "event/plover-p-2");
    assertThat(bad).singleElement().satisfies(b -> {
      assertThat(b.lineNumber()).isEqualTo(3);
      assertThat(b.error().getMessage()).contains("is not JSON");
    });
  }
}
