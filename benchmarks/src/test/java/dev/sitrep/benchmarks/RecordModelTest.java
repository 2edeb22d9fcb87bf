package dev.sitrep.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.benchmarks.baseline.RecordModel;
import dev.sitrep.benchmarks.baseline.ToRecords;
import dev.sitrep.core.event.Event;
import dev.sitrep.io.JsonLinesReader;
import dev.sitrep.io.SitrepJson;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The baseline is honest: the records hold the same data as sitrep's values, so databind writes
 * them to the very bytes sitrep writes, and each side reads its bytes back equal.
 */
class RecordModelTest {
  private static final SitrepJson JSON = SitrepJson.defaults();

  @ParameterizedTest
  @EnumSource(Cases.class)
  void databindWritesTheBytesSitrepWritesAndBothReadThemBack(Cases c) {
    String sitrep = JSON.write(c.value);
    String databind = RecordModel.MAPPER.writeValueAsString(c.record);

    assertThat(databind).isEqualTo(sitrep);
    assertThat(JSON.read(sitrep, c.sitrepType)).isEqualTo(c.value);
    assertThat(RecordModel.MAPPER.readValue(databind, c.recordType)).isEqualTo(c.record);
  }

  @Test
  void theDossierHasEveryKindOfActorRelationAndEvent() {
    RecordModel.Dossier dossier = (RecordModel.Dossier) Cases.DOSSIER.record;
    assertThat(dossier.actors()).extracting(Object::getClass).map(Class::getSimpleName)
        .contains("State", "Person", "Organization", "Collective");
    assertThat(dossier.relations()).extracting(Object::getClass).map(Class::getSimpleName)
        .contains("Membership", "Office", "ActorRelation");
    assertThat(dossier.events()).extracting(Object::getClass).map(Class::getSimpleName)
        .contains("MilitaryExercise", "Statement", "Meeting", "BorderClosure", "Warning",
            "GeneralEvent", "AirspaceIncident");
  }

  @Test
  void generatedEventsAreTheSameBytesBothWays() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 2_000; i++) {
      Event event = EventLines.event(i, random);
      RecordModel.Event record = ToRecords.event(event);
      byte[] sitrep = JSON.writeBytes(event);

      assertThat(new String(RecordModel.MAPPER.writeValueAsBytes(record), StandardCharsets.UTF_8))
          .isEqualTo(new String(sitrep, StandardCharsets.UTF_8));
      assertThat(JSON.read(sitrep, Event.class)).isEqualTo(event);
      assertThat(RecordModel.MAPPER.readValue(sitrep, RecordModel.Event.class)).isEqualTo(record);
    }
  }

  @Test
  void theGeneratedFileReadsBackLineForLine() throws Exception {
    Path file = EventLines.generate(1_000, 2025);
    try (InputStream in = Files.newInputStream(file);
        JsonLinesReader<Event> lines = JSON.readLines(in, Event.class, null)) {
      SplittableRandom random = new SplittableRandom(2025);
      for (int i = 0; i < 1_000; i++) {
        assertThat(lines.next()).isEqualTo(EventLines.event(i, random));
      }
      assertThat(lines.hasNext()).isFalse();
    }
    try (InputStream in = Files.newInputStream(file)) {
      assertThat(RawScan.tokens(in)).isGreaterThan(50_000);
    } finally {
      Files.delete(file);
    }
  }
}
