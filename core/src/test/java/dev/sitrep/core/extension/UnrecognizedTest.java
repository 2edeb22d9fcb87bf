package dev.sitrep.core.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.UnrecognizedActor;
import dev.sitrep.core.actor.UnrecognizedRelation;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.dossier.Problem;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.EventLink;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.LinkKind;
import dev.sitrep.core.event.UnrecognizedEvent;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.testing.Generators;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnrecognizedTest {
  private static final UnrecognizedEvent CYBER = UnrecognizedEvent.of("cyber-attack", Map.of(
      "id", JsonValue.of("event/ddos"), "title", JsonValue.of("DDoS on Polish banks")));

  @Test
  void itsIdTitleAndNameComeFromItsProperties() {
    assertThat(CYBER.id()).isEqualTo(EntityId.of("event/ddos"));
    assertThat(CYBER.title()).isEqualTo("DDoS on Polish banks");
    assertThat(UnrecognizedEvent.of("protest", Map.of("id", JsonValue.of("event/p"),
        "title", JsonValue.of(" "))).title()).isEqualTo("protest");
    UnrecognizedActor group = UnrecognizedActor.of("armed-group", Map.of(
        "id", JsonValue.of("group/x"), "name", JsonValue.of("Group X")));
    assertThat(group.isNamed("group x")).isTrue();
    assertThat(UnrecognizedActor.of("armed-group", Map.of("id", JsonValue.of("group/y"),
        "name", JsonValue.of(7))).name()).isEqualTo("armed-group");
    assertThat(CYBER.when()).isEmpty();
    assertThat(CYBER.participants()).isEmpty();
  }

  @Test
  void itsExtensionsAreItsPropertiesWithExtensionNamesInOrder() {
    qt().forAll(Generators.unrecognizedEvents()).checkAssert(e -> {
      List<String> names = e.properties().keySet().stream().filter(Extensions::isName).toList();
      assertThat(e.extensions().keySet()).containsExactlyElementsOf(names);
      assertThat(e.properties()).containsAllEntriesOf(e.extensions());
    });
  }

  @Test
  void itNeedsAValidIdAndATypeApart() {
    assertThatThrownBy(() -> UnrecognizedEvent.of("protest", Map.of()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("properties.id: must be a string, an entity's id");
    assertThatThrownBy(() -> UnrecognizedRelation.of("treaty",
            Map.of("id", JsonValue.of("Not An Id"))))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("properties.id: must be lowercase kebab-case segments");
    assertThatThrownBy(() -> UnrecognizedActor.of("group",
            Map.of("id", JsonValue.of("group/x"), "type", JsonValue.of("group"))))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("properties: must not hold 'type', which is apart");
    assertThatThrownBy(() -> UnrecognizedEvent.of(" ", Map.of("id", JsonValue.of("event/x"))))
        .isInstanceOf(InvalidDataException.class).hasMessage("type: must not be blank");
  }

  @Test
  void inADossierItReservesItsIdAndCanBeReferredToAsAnyMemberOfItsFamily() {
    GeneralEvent linking = GeneralEvent.builder().id(EntityId.of("event/response"))
        .title("Response").kind(dev.sitrep.core.event.EventKind.of("protest"))
        .addLinks(EventLink.builder().kind(LinkKind.of("responds-to"))
            .target(Ref.<Event>of("event/ddos")).build())
        .build();
    Dossier d = Dossier.builder().addEvents(CYBER, linking).build();
    assertThat(d.validate().problems()).isEmpty();
    assertThat(d.find(Ref.of("event/ddos"), Event.class)).contains(CYBER);
    assertThat(d.timeline()).containsExactly(CYBER, linking);
    assertThat(d.find(Ref.of("event/ddos"), MilitaryExercise.class)).isEmpty();

    Dossier twice = Dossier.builder().from(d).addEvents(UnrecognizedEvent.of("protest",
        Map.of("id", JsonValue.of("event/ddos")))).build();
    assertThat(twice.validate().problems()).extracting(Problem::code)
        .containsExactly(Problem.DUPLICATE_ID);
  }

  @Test
  void itInvolvesNoActorEvenWhereItsPropertiesNameOne() {
    Map<String, JsonValue> properties = new LinkedHashMap<>();
    properties.put("id", JsonValue.of("event/ddos"));
    properties.put("target", JsonValue.of("state/pol"));
    Dossier d = Dossier.builder().addEvents(UnrecognizedEvent.of("cyber-attack", properties))
        .build();
    assertThat(d.eventsMentioning(Ref.<Actor>of("state/pol"))).isEmpty();
  }

  @Test
  void generatedDossiersWithUnrecognizedElementsAreValid() {
    qt().withExamples(50).forAll(Generators.dossiersWithUnrecognized())
        .checkAssert(d -> assertThat(d.validate().problems()).isEmpty());
  }
}
