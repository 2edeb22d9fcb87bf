package dev.sitrep.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.actor.OrganizationKind;
import dev.sitrep.core.event.EventKind;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.ImpactKind;
import dev.sitrep.core.geo.PlacePrecision;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import dev.sitrep.io.BadLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each dataset's hand-written fixture, read, checked against its codebook, written and read back. */
class FixturesTest {
  static InputStream fixture(String name) {
    return FixturesTest.class.getResourceAsStream("/fixtures/" + name);
  }

  static List<EventRecord> readAll(Dataset d, InputStream in, List<BadLine> bad) {
    try (DatasetReader r = d.reader(in, bad::add)) {
      List<EventRecord> all = new ArrayList<>();
      r.forEachRemaining(all::add);
      return all;
    }
  }

  static byte[] writeAll(Dataset d, List<EventRecord> records, LossReport[] report) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (DatasetWriter w = d.writer(out)) {
      records.forEach(w::write);
      report[0] = w.report();
    }
    return out.toByteArray();
  }

  private static GeneralEvent event(EventRecord r) {
    return (GeneralEvent) r.event();
  }

  @Test
  void acledRowsAreReadByTheCodebookAndABadRowIsPassedOver() {
    List<BadLine> bad = new ArrayList<>();
    List<EventRecord> rows = readAll(Dataset.ACLED, fixture("acled.csv"), bad);
    assertThat(rows).hasSize(4);
    assertThat(bad).singleElement().satisfies(b -> {
      assertThat(b.lineNumber()).isEqualTo(5);
      assertThat(b.error().getMessage()).startsWith("event_date: must be a date");
    });
    GeneralEvent shelling = event(rows.get(0));
    assertThat(shelling.id().value()).isEqualTo("event/acled-ukr90001");
    assertThat(shelling.kind()).isEqualTo(EventKind.ASSAULT);
    assertThat(shelling.mode()).contains("heavy-weapons");
    assertThat(shelling.when()).contains(Period.at(TimePoint.parse("2025-09-10")));
    assertThat(shelling.places().get(0).precision()).isEqualTo(PlacePrecision.SETTLEMENT);
    assertThat(shelling.places().get(0).country().get().id().value()).isEqualTo("state/ukr");
    assertThat(shelling.impacts()).singleElement().satisfies(c -> {
      assertThat(c.value().kind()).isEqualTo(ImpactKind.KILLED);
      assertThat(c.value().count()).isEqualTo(UncertainCount.exactly(2));
    });
    assertThat(shelling.attributions()).hasSize(2);
    assertThat(rows.get(0).sources()).extracting(s -> s.publisher().orElse(""))
        .containsExactly("Ukrinform", "Kyiv Independent", "ACLED");
    assertThat(rows.get(0).actor(shelling.participants().get(0).actor().id()))
        .get().isInstanceOfSatisfying(Organization.class,
            o -> assertThat(o.kind()).isEqualTo(OrganizationKind.ARMED_FORCES));
    GeneralEvent protest = event(rows.get(1));
    assertThat(protest.when().get().start()).isEqualTo(TimePoint.parse("2025-W37"));
    assertThat(protest.places().get(0).precision()).isEqualTo(PlacePrecision.REGION);
    assertThat(protest.participants()).extracting(p -> p.role().code())
        .containsExactly("side-a", "side-a-associate");
    GeneralEvent arrests = event(rows.get(2));
    assertThat(arrests.when().get().start()).isEqualTo(TimePoint.parse("2025-09"));
    assertThat(arrests.places().get(0).precision()).isEqualTo(PlacePrecision.NEAR);
    assertThat(arrests.mode()).contains("arrest");
    assertThat(event(rows.get(3)).description().get()).contains("\"quoted\"", "\n");
  }

  @Test
  void acledRowsWrittenAndReadBackAreTheSameAndLoseNothing() {
    List<EventRecord> rows = readAll(Dataset.ACLED, fixture("acled.csv"), new ArrayList<>());
    LossReport[] report = new LossReport[1];
    byte[] csv = writeAll(Dataset.ACLED, rows, report);
    assertThat(report[0].losses()).isEmpty();
    List<BadLine> bad = new ArrayList<>();
    assertThat(readAll(Dataset.ACLED, new ByteArrayInputStream(csv), bad)).isEqualTo(rows);
    assertThat(bad).isEmpty();
    assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8))
        .startsWith(String.join(",", Dataset.ACLED.columns()) + "\n");
  }

  @Test
  void ucdpRowsAreReadByTheCodebook() {
    List<BadLine> bad = new ArrayList<>();
    List<EventRecord> rows = readAll(Dataset.UCDP_GED, fixture("ucdp-ged.csv"), bad);
    assertThat(rows).hasSize(2);
    assertThat(bad).singleElement().satisfies(b -> {
      assertThat(b.lineNumber()).isEqualTo(4);
      assertThat(b.error().getMessage()).startsWith("type_of_violence: must be a code from 1 to 3");
    });
    GeneralEvent odesa = event(rows.get(0));
    assertThat(odesa.kind()).isEqualTo(EventKind.ASSAULT);
    assertThat(odesa.mode()).isEmpty();
    assertThat(odesa.places().get(0).precision()).isEqualTo(PlacePrecision.EXACT);
    assertThat(odesa.impacts().get(0).value().count()).isEqualTo(UncertainCount.builder()
        .lower(12).best(12).upper(15).qualifier(dev.sitrep.core.quantity.Qualifier.BETWEEN).build());
    assertThat(odesa.impacts()).hasSize(5);
    GeneralEvent oneSided = event(rows.get(1));
    assertThat(oneSided.mode()).contains("targeted");
    assertThat(oneSided.when().get().start()).isEqualTo(TimePoint.parse("2024-05"));
    assertThat(oneSided.places().get(0).precision()).isEqualTo(PlacePrecision.REGION);
  }

  @Test
  void ucdpRowsWrittenAndReadBackAreTheSameAndLoseNothing() {
    List<EventRecord> rows = readAll(Dataset.UCDP_GED, fixture("ucdp-ged.csv"), new ArrayList<>());
    LossReport[] report = new LossReport[1];
    byte[] csv = writeAll(Dataset.UCDP_GED, rows, report);
    assertThat(report[0].losses()).isEmpty();
    assertThat(readAll(Dataset.UCDP_GED, new ByteArrayInputStream(csv), new ArrayList<>()))
        .isEqualTo(rows);
  }

  @Test
  void ploverEventsAreReadWithTheirCountsAsNumbersOrPhrases() {
    List<BadLine> bad = new ArrayList<>();
    List<EventRecord> rows;
    try (DatasetReader r = Dataset.PLOVER.reader(fixture("plover.jsonl"), bad::add)) {
      rows = new ArrayList<>();
      r.forEachRemaining(rows::add);
      assertThat(r.report().losses()).containsExactly(
          new Loss("event", "a sitrep event has one kind; all categories but the first dropped",
              1));
    }
    assertThat(rows).hasSize(3);
    assertThat(bad).singleElement().satisfies(b -> {
      assertThat(b.lineNumber()).isEqualTo(4);
      assertThat(b.error().getMessage()).startsWith("date: must be a date");
    });
    GeneralEvent strike = event(rows.get(0));
    assertThat(strike.kind()).isEqualTo(EventKind.ASSAULT);
    assertThat(strike.mode()).contains("drone");
    assertThat(strike.impacts()).extracting(c -> c.value().count()).containsExactly(
        UncertainCount.exactly(2), UncertainCount.atLeast(24).withPhrase("dozens"));
    assertThat(strike.places().get(0).externalIds()).hasSize(1);
    GeneralEvent arrests = event(rows.get(1));
    assertThat(arrests.when()).contains(Period.between(TimePoint.parse("2025-09-11"),
        TimePoint.parse("2025-09-12")));
    assertThat(arrests.impacts().get(0).value().count())
        .isEqualTo(UncertainCount.atLeast(12).withPhrase("at least 12"));
    assertThat(rows.get(2).actors()).extracting(a -> a.id().value())
        .containsExactly("state/pol", "state/rus");
  }

  @Test
  void ploverEventsWrittenAndReadBackAreTheSameAndLoseNothing() {
    List<EventRecord> rows = readAll(Dataset.PLOVER, fixture("plover.jsonl"), new ArrayList<>());
    LossReport[] report = new LossReport[1];
    byte[] jsonl = writeAll(Dataset.PLOVER, rows, report);
    assertThat(report[0].losses()).isEmpty();
    assertThat(readAll(Dataset.PLOVER, new ByteArrayInputStream(jsonl), new ArrayList<>()))
        .isEqualTo(rows);
  }

  @Test
  void anAcledRowWrittenAsUcdpSaysWhatItLoses() {
    List<EventRecord> rows = readAll(Dataset.ACLED, fixture("acled.csv"), new ArrayList<>());
    LossReport[] report = new LossReport[1];
    writeAll(Dataset.UCDP_GED, rows, report);
    assertThat(report[0].lost("extensions")).isTrue();
    assertThat(report[0].lost("description")).isTrue();
    assertThat(Optional.of(report[0].toString())).get().asString().contains("org.acled.");
  }

}
