package dev.sitrep.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.testing.Generators;
import dev.sitrep.core.testing.Samples;
import dev.sitrep.io.SitrepJson;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SitrepSerdesTest {
  private static final SitrepJson JSON = SitrepJson.defaults();

  @Test
  void everyTopLevelSerdeWritesSitrepJsonsBytesAndReadsThemBack() {
    sameBytesAsSitrepJson(SitrepSerdes.event(), Generators.events());
    sameBytesAsSitrepJson(SitrepSerdes.actor(), Generators.actors());
    sameBytesAsSitrepJson(SitrepSerdes.thing(), Generators.things());
    sameBytesAsSitrepJson(SitrepSerdes.relation(), Generators.relations());
    sameBytesAsSitrepJson(SitrepSerdes.source(), Generators.sources());
    sameBytesAsSitrepJson(SitrepSerdes.prisoner(), Generators.politicalPrisoners());
    sameBytesAsSitrepJson(SitrepSerdes.statistic(), Generators.statistics());
    sameBytesAsSitrepJson(SitrepSerdes.dossier(), Generators.dossiers());
    sameBytesAsSitrepJson(SitrepSerde.of(AirspaceIncident.class), Generators.airspaceIncidents());
  }

  private static <T> void sameBytesAsSitrepJson(SitrepSerde<T> serde, Gen<? extends T> values) {
    qt().withExamples(100).forAll(values).checkAssert(value -> {
      byte[] bytes = serde.serializer().serialize("topic", value);
      assertThat(bytes).isEqualTo(JSON.writeBytes(value));
      assertThat(serde.deserializer().deserialize("topic", bytes)).isEqualTo(value);
    });
  }

  @Test
  void aSerdeNamedByClassIsTheSameAsTheFactorys() {
    Event event = anEvent();
    assertThat(new SitrepSerdes.EventSerde().serialize("t", event))
        .isEqualTo(SitrepSerdes.event().serialize("t", event));
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aValueOfAnotherTypeIsRefusedAsKafkaRefusesIt() {
    org.apache.kafka.common.serialization.Serializer raw = SitrepSerdes.event();
    assertThatThrownBy(() -> raw.serialize("incidents",
        dev.sitrep.core.actor.StateCatalogue.find("POL").orElseThrow()))
        .isInstanceOf(org.apache.kafka.common.errors.SerializationException.class)
        .hasMessageContaining("the serde of Event was given dev.sitrep.core.actor.")
        .hasMessageContaining("for topic incidents");
  }

  @Test
  void aTombstoneIsNullBothWays() {
    assertThat(SitrepSerdes.event().serialize("t", null)).isNull();
    assertThat(SitrepSerdes.event().deserialize("t", null)).isNull();
  }

  @Test
  void aBadRecordFailsWithThePathAndTheRule() {
    byte[] bad = ("{\"type\":\"meeting\",\"id\":\"meeting/a\",\"title\":\"A\","
        + "\"when\":{\"start\":\"2025-09-12\",\"end\":\"2025-09-10\"}}")
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> SitrepSerdes.event().deserialize("events", bad))
        .isInstanceOfSatisfying(InvalidDataException.class, e -> {
          assertThat(e.path()).isEqualTo("$.when.end");
          assertThat(e.rule()).contains("must not be before start");
        });
    assertThatThrownBy(() -> SitrepSerdes.event().deserialize("events", new byte[] {'{'}))
        .isInstanceOf(InvalidDataException.class);
    assertThatThrownBy(() -> SitrepSerdes.actor().deserialize("actors",
        JSON.writeBytes(anEvent())))
        .isInstanceOf(InvalidDataException.class);
  }

  @Test
  void strictByDefaultLenientWhenConfigured() {
    Event event = anEvent();
    String json = JSON.write(event);
    byte[] withUnknown = ("{\"unknown_property\":1," + json.substring(1))
        .getBytes(StandardCharsets.UTF_8);

    SitrepSerde<Event> strict = SitrepSerdes.event();
    strict.configure(Map.of(), false);
    assertThat(strict.lenient()).isFalse();
    assertThatThrownBy(() -> strict.deserialize("events", withUnknown))
        .isInstanceOfSatisfying(InvalidDataException.class,
            e -> assertThat(e.path()).isEqualTo("$.unknown_property"));

    SitrepSerde<Event> lenient = SitrepSerdes.event();
    lenient.configure(Map.of(SitrepSerde.LENIENT_CONFIG, "true"), false);
    assertThat(lenient.lenient()).isTrue();
    assertThat(lenient.deserialize("events", withUnknown)).isEqualTo(event);
    lenient.configure(Map.of(SitrepSerde.LENIENT_CONFIG, Boolean.FALSE), true);
    assertThat(lenient.lenient()).isFalse();

    assertThatThrownBy(() -> strict.configure(Map.of(SitrepSerde.LENIENT_CONFIG, "yes"), false))
        .isInstanceOf(ConfigException.class).hasMessageContaining(SitrepSerde.LENIENT_CONFIG);
  }

  private static Event anEvent() {
    return Samples.of(Generators.events(), 1).get(0);
  }
}
