package dev.sitrep.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.ImmutableOrganization;
import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.io.BadLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records made one dossier: each id once, and what that cost in the report. */
class EventRecordTest {
  private static List<EventRecord> acled() {
    List<BadLine> bad = new ArrayList<>();
    return FixturesTest.readAll(Dataset.ACLED, FixturesTest.fixture("acled.csv"), bad);
  }

  @Test
  void recordsMakeADossierThatValidatesWithNothingLost() {
    LossReport report = new LossReport();
    Dossier d = EventRecord.toDossier(acled().iterator(), report);
    assertThat(d.events()).hasSize(acled().size());
    assertThat(d.validate().problems()).isEmpty();
    assertThat(report.losses()).isEmpty();
  }

  @Test
  void anEventWithTheIdOfAnEarlierOneIsDroppedAndReported() {
    List<EventRecord> records = new ArrayList<>(acled());
    records.add(records.get(0));
    LossReport report = new LossReport();
    Dossier d = EventRecord.toDossier(records.iterator(), report);
    assertThat(d.events()).hasSize(records.size() - 1);
    assertThat(d.validate().problems()).isEmpty();
    assertThat(report.losses()).extracting(Loss::toString).containsExactly(
        "events.id: an event with the id of an earlier one; dropped (1)");
  }

  @Test
  void anActorWithTheIdOfAnEarlierDifferentOneIsReportedAndTheFirstKept() {
    List<EventRecord> records = acled();
    EventRecord first = records.get(0);
    Organization org = (Organization) first.actors().stream()
        .filter(a -> a instanceof Organization).findFirst().orElseThrow();
    Actor renamed = ImmutableOrganization.copyOf(org).withName(org.name() + " (renamed)");
    List<Actor> actors = new ArrayList<>(first.actors());
    actors.set(actors.indexOf(org), renamed);
    EventRecord second = new EventRecord(records.get(1).event(), actors, first.sources());
    LossReport report = new LossReport();
    Dossier d = EventRecord.toDossier(List.of(first, second).iterator(), report);
    assertThat(d.actors()).contains(org).doesNotContain(renamed);
    assertThat(report.losses()).extracting(Loss::toString).containsExactly("actors: one with the"
        + " id of an earlier, different one (its name made the same id); the first kept (1)");
  }
}
