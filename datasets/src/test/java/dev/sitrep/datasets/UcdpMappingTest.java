package dev.sitrep.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.event.GeneralEvent;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** UCDP GED's types of violence (Codebook 24.1), each read as its PLOVER category and mode. */
class UcdpMappingTest {
  @ParameterizedTest(name = "type_of_violence {0} is {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      1 | assault |
      2 | assault |
      3 | assault | targeted
      """)
  void eachTypeOfViolenceIsItsPloverCategoryAndMode(String code, String kind, String mode) {
    GeneralEvent e = (GeneralEvent) FixtureRows.read(Dataset.UCDP_GED, "ucdp-ged.csv",
        Map.of("type_of_violence", code)).event();
    assertThat(e.kind().code()).isEqualTo(kind);
    assertThat(e.mode()).isEqualTo(Optional.ofNullable(mode));
    assertThat(e.extensions().get("se.uu.ucdp.type_of_violence"))
        .isEqualTo(dev.sitrep.core.extension.JsonValue.of(code));
  }
}
