package dev.sitrep.core.identity;

import dev.sitrep.core.Code;
import static dev.sitrep.core.testing.Validity.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples: validated entity ids, typed references, external ids validated per scheme. */
class IdentityTest {
  @Test
  void anEntityIdIsAHumanReadableSlug() {
    EntityId zapad = EntityId.of("exercise/zapad-2025");
    assertThat(zapad.value()).isEqualTo("exercise/zapad-2025");
    assertThat(zapad).hasToString("exercise/zapad-2025").isEqualTo(EntityId.of("exercise/zapad-2025"));
    assertThat(EntityId.of("state/blr").compareTo(zapad)).isPositive();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Exercise/Zapad-2025", "exercise//zapad", "/exercise", "exercise/",
      "-zapad", "zapad-", "zapad--2025", "zapad_2025", "zapad 2025", "запад", "exercise/zapad-2025 "})
  void anythingButASlugIsRejectedNamingIt(String value) {
    assertRejected(() -> EntityId.of(value), "id", "'" + value + "'");
  }

  @Test
  void anIdHasAtMost200Characters() {
    String longest = "a".repeat(200);
    assertThat(EntityId.of(longest).value()).hasSize(200);
    assertRejected(() -> EntityId.of(longest + "a"), "id", "at most 200", "was 201");
  }

  @Test
  void aRefIsTypedAndEqualByItsId() {
    State belarus = StateCatalogue.get("BY");
    Ref<State> host = Ref.to(belarus);
    assertThat(host.id()).isEqualTo(EntityId.of("state/blr"));
    assertThat(host).hasToString("state/blr").isEqualTo(Ref.<State>of("state/blr"));
    assertThat(host).isNotEqualTo(Ref.<State>of("state/rus"));
    assertRejected(() -> Ref.of("State/BLR"), "id", "'State/BLR'");
    assertRejected(() -> Ref.of((EntityId) null), "id", "must not be null");
  }

  @Test
  void wellKnownExternalIdsAreValidated() {
    assertThat(ExternalId.wikidata("Q184")).hasToString("wikidata:Q184");
    assertThat(ExternalId.iso3166("BY").value()).isEqualTo("BY");
    assertThat(ExternalId.iso3166("BLR").scheme()).isEqualTo(IdScheme.ISO_3166);
    assertThat(ExternalId.of(IdScheme.ICAO, "EPWW").value()).isEqualTo("EPWW");
    assertThat(ExternalId.of(IdScheme.URL,
        "https://www.atlanticcouncil.org/blogs/ukrainealert/").scheme()).isEqualTo(IdScheme.URL);
  }

  @Test
  void invalidValuesOfKnownSchemesAreRejectedNamingTheValue() {
    for (String qid : List.of("184", "Q0", "Q", "q184", "Q184a", "Q-1", "Q 184")) {
      assertRejected(() -> ExternalId.wikidata(qid), "value", "'" + qid + "'");
    }
    for (String iso : List.of("XX", "by", "Blr", "BYR", "B", "BELARUS")) {
      assertRejected(() -> ExternalId.iso3166(iso), "value", "'" + iso + "'");
    }
    for (String icao : List.of("epww", "EPW", "EPWWA", "EP1W", "ЕPWW")) {
      assertRejected(() -> ExternalId.of(IdScheme.ICAO, icao), "value", "'" + icao + "'");
    }
    for (String url : List.of("example.org", "ftp://example.org/file", "mailto:a@example.org",
        "https://", "https:///path", "http://exa mple.org", "javascript:alert(1)")) {
      assertRejected(() -> ExternalId.of(IdScheme.URL, url), "value", "'" + url + "'");
    }
  }

  @Test
  void unknownSchemesAreKeptWithTheirValues() {
    ExternalId viasna = ExternalId.of(IdScheme.of("viasna"), "Ales Bialiatski / Алесь Бяляцкі");
    assertThat(viasna.scheme().code()).isEqualTo("viasna");
    assertThat(viasna.scheme()).isEqualTo(IdScheme.of("viasna")).isNotIn(Code.known(IdScheme.class));
    assertThat(viasna.value()).isEqualTo("Ales Bialiatski / Алесь Бяляцкі");
    assertThat(ExternalId.of(IdScheme.of("acled"), "BLR1234")).hasToString("acled:BLR1234");
  }

  @Test
  void aBlankValueIsRejectedWhateverTheScheme() {
    for (IdScheme scheme : List.of(IdScheme.WIKIDATA, IdScheme.URL, IdScheme.of("acled"))) {
      assertRejected(() -> ExternalId.of(scheme, " "), "value", "blank");
    }
    assertRejected(() -> ExternalId.of(null, "Q184"), "scheme", "must not be null");
    assertRejected(() -> ExternalId.of(IdScheme.WIKIDATA, null), "value", "must not be null");
  }

  @Test
  void wellKnownSchemesAreTheirConstants() {
    assertThat(IdScheme.of("wikidata")).isEqualTo(IdScheme.WIKIDATA).matches(IdScheme::isKnown);
    assertThat(IdScheme.of("iso-3166")).isEqualTo(IdScheme.ISO_3166);
    assertThat(IdScheme.of("icao")).isEqualTo(IdScheme.ICAO);
    assertThat(IdScheme.of("url")).isEqualTo(IdScheme.URL);
    assertRejected(() -> IdScheme.of("Wikidata"), "scheme", "'Wikidata'");
  }
}
