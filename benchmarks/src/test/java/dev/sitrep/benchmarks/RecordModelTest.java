package dev.sitrep.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.benchmarks.baseline.ImmutablesModel;
import dev.sitrep.benchmarks.baseline.RecordModel;
import dev.sitrep.benchmarks.baseline.ToImmutables;
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
 * The baselines are honest: the records and the Immutables values hold the same data as sitrep's
 * values, so databind writes them to the very bytes sitrep writes, and each side reads its bytes
 * back equal ({@link Honesty}, the check the benchmarks make in their setup).
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

  @ParameterizedTest
  @EnumSource(Cases.class)
  void immutablesWritesTheBytesSitrepWritesAndReadsThemBack(Cases c) {
    String sitrep = JSON.write(c.value);

    assertThat(ImmutablesModel.MAPPER.writeValueAsString(c.immutable)).isEqualTo(sitrep);
    assertThat(ImmutablesModel.MAPPER.readValue(sitrep, c.immutableType)).isEqualTo(c.immutable);
  }

  @ParameterizedTest
  @EnumSource(Cases.class)
  void theBenchmarksCheckOfTheBaselinesPasses(Cases c) {
    byte[] sitrep = JSON.writeBytes(c.value);

    assertThatCode(() -> {
      Honesty.check("databind", RecordModel.MAPPER, c.record, c.recordType, sitrep);
      Honesty.check("Immutables", ImmutablesModel.MAPPER, c.immutable, c.immutableType, sitrep);
    }).doesNotThrowAnyException();
  }

  @Test
  void theCheckRefusesABaselineThatWritesOtherBytes() {
    byte[] incident = JSON.writeBytes(Cases.INCIDENT.value);

    assertThatThrownBy(() -> Honesty.check("databind", RecordModel.MAPPER, Cases.EXERCISE.record,
        RecordModel.Event.class, incident))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("databind writes other bytes than sitrep");
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
  void generatedEventsAreTheSameBytesEveryWay() {
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 2_000; i++) {
      Event event = EventLines.event(i, random);
      RecordModel.Event record = ToRecords.event(event);
      byte[] sitrep = JSON.writeBytes(event);

      assertThat(new String(RecordModel.MAPPER.writeValueAsBytes(record), StandardCharsets.UTF_8))
          .isEqualTo(new String(sitrep, StandardCharsets.UTF_8));
      assertThat(JSON.read(sitrep, Event.class)).isEqualTo(event);
      assertThat(RecordModel.MAPPER.readValue(sitrep, RecordModel.Event.class)).isEqualTo(record);

      ImmutablesModel.Event immutable = ToImmutables.event(record);
      assertThat(new String(ImmutablesModel.MAPPER.writeValueAsBytes(immutable),
          StandardCharsets.UTF_8)).isEqualTo(new String(sitrep, StandardCharsets.UTF_8));
      assertThat(ImmutablesModel.MAPPER.readValue(sitrep, ImmutablesModel.Event.class))
          .isEqualTo(immutable);
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
