package dev.sitrep.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.time.TimePoint;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ACLED's columns by the codebook: each sub-event type's kind, and both forms of its dates. */
class AcledMappingTest {
  private static GeneralEvent read(Map<String, String> cells) {
    return (GeneralEvent) FixtureRows.read(Dataset.ACLED, "acled.csv", cells).event();
  }

  /** The ACLED Codebook's 25 sub-event types, with the PLOVER category and mode of each. */
  @ParameterizedTest(name = "{0} / {1} is {2} {3}")
  @CsvSource(delimiter = '|', textBlock = """
      Battles                    | Armed clash                         | assault  |
      Battles                    | Government regains territory        | assault  |
      Battles                    | Non-state actor overtakes territory | assault  |
      Explosions/Remote violence | Chemical weapon                     | assault  | unconventional
      Explosions/Remote violence | Air/drone strike                    | assault  | aerial
      Explosions/Remote violence | Suicide bomb                        | assault  | suicide-attack
      Explosions/Remote violence | Shelling/artillery/missile attack   | assault  | heavy-weapons
      Explosions/Remote violence | Remote explosive/landmine/IED       | assault  | explosives
      Explosions/Remote violence | Grenade                             | assault  | explosives
      Violence against civilians | Sexual violence                     | assault  | sexual
      Violence against civilians | Attack                              | assault  | targeted
      Violence against civilians | Abduction/forced disappearance      | assault  | abduct
      Protests                   | Peaceful protest                    | protest  | demo
      Protests                   | Protest with intervention           | protest  | demo
      Protests                   | Excessive force against protesters  | assault  | crowd-control
      Riots                      | Violent demonstration               | protest  | riot
      Riots                      | Mob violence                        | assault  | primitive
      Strategic developments     | Agreement                           | agree    |
      Strategic developments     | Arrests                             | coerce   | arrest
      Strategic developments     | Change to group/activity            | mobilize |
      Strategic developments     | Disrupted weapons use               | coerce   | seize
      Strategic developments     | Headquarters or base established    | mobilize | troops
      Strategic developments     | Looting/property destruction        | assault  | destroy
      Strategic developments     | Non-violent transfer of territory   | retreat  | withdraw
      Strategic developments     | Other                               | other    |
      """)
  void eachSubEventTypeOfTheCodebookIsItsPloverCategoryAndMode(String eventType,
      String subEventType, String kind, String mode) {
    GeneralEvent e = read(Map.of("event_type", eventType, "sub_event_type", subEventType));
    assertThat(e.kind().code()).isEqualTo(kind);
    assertThat(e.mode()).isEqualTo(Optional.ofNullable(mode));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      2025-09-12        | 2025-09-12
      12 September 2025 | 2025-09-12
      12 september 2025 | 2025-09-12
      1 March 2024      | 2024-03-01
      01 March 2024     | 2024-03-01
      """)
  void anEventDateIsReadAsTheApiAndTheExportToolWriteIt(String cell, String day) {
    assertThat(read(Map.of("event_date", cell, "time_precision", "1")).when().get().start())
        .isEqualTo(TimePoint.parse(day));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      September 12, 2025
      12/09/2025
      31 February 2025
      2025-02-31
      """)
  void anEventDateInNoOtherFormIsABadRowNamingTheColumn(String cell) {
    assertThatThrownBy(() -> read(Map.of("event_date", cell)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("event_date: must be a date as ACLED writes it, 2025-09-12 or"
            + " 12 September 2025, was '" + cell + "'");
  }
}
