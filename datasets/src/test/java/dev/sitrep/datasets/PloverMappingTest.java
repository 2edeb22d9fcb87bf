package dev.sitrep.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.event.EventKind;
import dev.sitrep.core.event.GeneralEvent;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PLOVER's sixteen event categories (PLOVER manual, "Event Categories"), each sitrep's kind. */
class PloverMappingTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource({"AGREE, agree", "CONSULT, consult", "SUPPORT, support", "CONCEDE, concede",
      "COOPERATE, cooperate", "AID, aid", "RETREAT, retreat", "REQUEST, request",
      "ACCUSE, accuse", "REJECT, reject", "THREATEN, threaten", "PROTEST, protest",
      "SANCTION, sanction", "MOBILIZE, mobilize", "COERCE, coerce", "ASSAULT, assault"})
  void eachCategoryIsTheKindOfItsCode(String category, String kind) {
    String line = "{\"id\":\"p-1\",\"date\":\"2025-09-10\",\"actor\":[{\"code\":\"POL\"}],"
        + "\"event\":[\"" + category + "\"]}\n";
    GeneralEvent e;
    try (DatasetReader r = Dataset.PLOVER.reader(
        new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), null)) {
      e = (GeneralEvent) r.next().event();
    }
    assertThat(e.kind()).isEqualTo(EventKind.of(kind));
    assertThat(e.kind().isKnown()).as("one of sitrep's PLOVER kinds").isTrue();
  }
}
