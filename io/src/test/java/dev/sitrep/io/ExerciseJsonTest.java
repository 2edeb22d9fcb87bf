package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.EventLink;
import dev.sitrep.core.event.LinkKind;
import dev.sitrep.core.event.Participant;
import dev.sitrep.core.event.ParticipantRole;
import dev.sitrep.core.exercise.ExerciseStatus;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.exercise.Strength;
import dev.sitrep.core.exercise.StrengthCategory;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.testing.ArticleSamples;
import org.junit.jupiter.api.Test;

class ExerciseJsonTest {
  private static final SitrepJson JSON = SitrepJson.defaults();

  @Test
  void aCancelledExerciseWithItsReasonRoundTrips() {
    MilitaryExercise zapad2023 = MilitaryExercise.builder().from(ArticleSamples.zapad2023())
        .addParticipants(Participant.of(Ref.to(StateCatalogue.get("RU")),
            ParticipantRole.PARTICIPANT))
        .addAttributions(Attribution.of(Ref.of("source/article"), Hedge.STATED))
        .build();
    String json = JSON.write(zapad2023);
    assertThat(json).startsWith("{\"type\":\"military-exercise\",\"id\":\"exercise/zapad-2023\"")
        .contains("\"status\":\"cancelled\"")
        .contains("\"status_reason\":\"Russian troops and equipment were needed");
    assertThat(JSON.read(json, Event.class)).isEqualTo(zapad2023);
    assertThat(JSON.read(json, MilitaryExercise.class)).isEqualTo(zapad2023);
  }

  @Test
  void disagreeingStrengthClaimsAndLinksRoundTrip() {
    MilitaryExercise zapad2021 = MilitaryExercise.builder()
        .id(EntityId.of("exercise/zapad-2021"))
        .title("Zapad 2021")
        .addHosts(Ref.to(StateCatalogue.get("RU")))
        .status(ExerciseStatus.COMPLETED)
        .addStrength(
            Strength.of(StrengthCategory.TROOPS, UncertainCount.exactly(12_800),
                Attribution.of(Ref.of("source/declaration"), Hedge.DECLARED)),
            Strength.of(StrengthCategory.TROOPS,
                UncertainCount.atLeast(100_000).withPhrase("at least 100,000"),
                Attribution.of(Ref.of("source/claim"), Hedge.CLAIMED)))
        .addLinks(EventLink.of(LinkKind.USED_AS_COVER_FOR, Ref.of("event/invasion-of-ukraine")))
        .build();
    assertThat(JSON.read(JSON.write(zapad2021), Event.class)).isEqualTo(zapad2021);
  }
}
