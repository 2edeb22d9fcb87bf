package dev.sitrep.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.io.BadLine;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The names ACLED and UCDP give countries, each read as its ISO 3166-1 state; a row in a country
 * of no state sitrep knows is read with its place kept as extensions, and written back as it was.
 */
class CountriesTest {
  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Russia                                 | RU
      Russia (Soviet Union)                  | RU
      Democratic Republic of Congo           | CD
      DR Congo (Zaire)                       | CD
      Republic of Congo                      | CG
      Congo                                  | CG
      Ivory Coast                            | CI
      Côte d'Ivoire                          | CI
      Cote d'Ivoire                          | CI
      Côte d’Ivoire                          | CI
      Myanmar (Burma)                        | MM
      Myanmar                                | MM
      Burma                                  | MM
      Yemen (North Yemen)                    | YE
      Cambodia (Kampuchea)                   | KH
      Zimbabwe (Rhodesia)                    | ZW
      Serbia (Yugoslavia)                    | RS
      Madagascar (Malagasy)                  | MG
      Burkina Faso (Upper Volta)             | BF
      Kingdom of eSwatini (Swaziland)        | SZ
      eSwatini                               | SZ
      Eswatini                               | SZ
      Bosnia-Herzegovina                     | BA
      Bosnia and Herzegovina                 | BA
      Macedonia, FYR                         | MK
      North Macedonia                        | MK
      Turkey                                 | TR
      Türkiye                                | TR
      Syria                                  | SY
      Iran                                   | IR
      Laos                                   | LA
      North Korea                            | KP
      South Korea                            | KR
      Vietnam                                | VN
      Vietnam (North Vietnam)                | VN
      Bolivia                                | BO
      Venezuela                              | VE
      Tanzania                               | TZ
      Moldova                                | MD
      Cape Verde                             | CV
      East Timor                             | TL
      Timor-Leste                            | TL
      Micronesia                             | FM
      Brunei                                 | BN
      Taiwan                                 | TW
      Gambia                                 | GM
      Bahamas                                | BS
      Vatican City                           | VA
      Palestine                              | PS
      United States                          | US
      United States of America               | US
      United Kingdom                         | GB
      Czech Republic                         | CZ
      Czechia                                | CZ
      Sao Tome and Principe                  | ST
      Saint Kitts and Nevis                  | KN
      Saint Vincent and the Grenadines       | VC
      Antigua and Barbuda                    | AG
      Trinidad and Tobago                    | TT
      Guinea-Bissau                          | GW
      Central African Republic               | CF
      South Sudan                            | SS
      Western Sahara                         | EH
      Curacao                                | CW
      Caribbean Netherlands                  | BQ
      Sint Maarten                           | SX
      Saint-Martin                           | MF
      Saint-Barthelemy                       | BL
      Reunion                                | RE
      Falkland Islands                       | FK
      Wallis and Futuna                      | WF
      Saint Helena, Ascension and Tristan da Cunha | SH
      Virgin Islands, British                | VG
      Virgin Islands, U.S.                   | VI
      Hong Kong                              | HK
      Ukraine                                | UA
      UKR                                    | UA
      ua                                     | UA
      """)
  void aDatasetsCountryNameIsItsState(String name, String alpha2) {
    assertThat(Countries.find(name)).map(State::alpha2).contains(alpha2);
  }

  @Test
  void everyStateOfTheCatalogueIsFoundByItsOwnName() {
    assertThat(StateCatalogue.all()).allSatisfy(s ->
        assertThat(Countries.find(s.name())).as(s.name()).contains(s));
  }

  @Test
  void aNameOfNoStateIsNotFound() {
    assertThat(Countries.find("Atlantis")).isEmpty();
    assertThat(Countries.find("Kosovo")).as("no ISO 3166-1 code in the JDK's list").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ACLED    | acled.csv    | 2 | ,Ukraine,       | ,Kosovo,       | org.acled.country          | Kosovo
      UCDP_GED | ucdp-ged.csv | 2 | ,Ukraine,369,   | ,Kosovo,369,   | se.uu.ucdp.country         | Kosovo
      PLOVER   | plover.jsonl | 1 | country_code":"UKR | country_code":"XKX | org.openeventdata.plover.event_loc |
      """)
  void aRowInACountrySitrepDoesNotKnowKeepsItsPlaceAsExtensionsAndIsWrittenBackAsItWas(
      Dataset dataset, String fixture, int line, String from, String to, String extension,
      String value) throws Exception {
    String row = new String(FixturesTest.fixture(fixture).readAllBytes(), StandardCharsets.UTF_8)
        .split("\n")[line - 1];
    String header = dataset == Dataset.PLOVER ? "" : String.join(",", dataset.columns()) + "\n";
    assertThat(row).contains(from);
    byte[] in = (header + row.replace(from, to) + "\n").getBytes(StandardCharsets.UTF_8);
    List<BadLine> bad = new ArrayList<>();
    EventRecord read;
    try (DatasetReader r = dataset.reader(new ByteArrayInputStream(in), bad::add)) {
      read = r.next();
      assertThat(r.report().losses()).anySatisfy(l -> assertThat(l.reason())
          .contains("sitrep knows"));
    }
    assertThat(bad).isEmpty();
    assertThat(read.event().places()).isEmpty();
    JsonValue kept = read.event().extensions().get(extension);
    assertThat(kept).isNotNull();
    if (value != null) {
      assertThat(kept).isEqualTo(JsonValue.of(value));
    }
    LossReport[] report = new LossReport[1];
    byte[] out = FixturesTest.writeAll(dataset, List.of(read), report);
    assertThat(report[0].losses()).isEmpty();
    assertThat(FixturesTest.readAll(dataset, new ByteArrayInputStream(out), bad))
        .containsExactly(read);
  }
}
