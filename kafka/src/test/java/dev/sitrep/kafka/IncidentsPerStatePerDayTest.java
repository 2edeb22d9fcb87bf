package dev.sitrep.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.testing.Generators;
import dev.sitrep.core.testing.Samples;
import dev.sitrep.io.SitrepJson;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Kafka Streams topology as the README writes it, on Kafka's own test driver: events in,
 * airspace incidents counted per violated state per day out, bad records skipped and reported.
 */
class IncidentsPerStatePerDayTest {
  private static final SitrepJson JSON = SitrepJson.defaults();

  /** The README's topology. */
  static Topology incidentsPerStatePerDay() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("events", Consumed.with(Serdes.String(), SitrepSerdes.event()))
        .filter((id, event) -> event instanceof AirspaceIncident
            && ((AirspaceIncident) event).violatedState().isPresent() && event.when().isPresent())
        .groupBy((id, event) -> key((AirspaceIncident) event),
            Grouped.with(Serdes.String(), SitrepSerdes.event()))
        .count()
        .toStream()
        .to("incidents-per-state-per-day", Produced.with(Serdes.String(), Serdes.Long()));
    return builder.build();
  }

  /** @return the violated state and the day (UTC) the incident starts, such as "state/pl 2025-09-10" */
  private static String key(AirspaceIncident incident) {
    return incident.violatedState().orElseThrow().id() + " "
        + LocalDate.ofInstant(incident.when().orElseThrow().start().earliest(), ZoneOffset.UTC);
  }

  @Test
  void countsIncidentsPerViolatedStatePerDayAndSkipsBadRecords(@TempDir Path state) {
    List<Event> events = new ArrayList<>(Samples.of(Generators.airspaceIncidents(), 300));
    events.addAll(Samples.of(Generators.events(), 100));
    Map<Integer, String> bad = new TreeMap<>(); // at which offset, which rule
    bad.put(7, "must be well-formed JSON");
    bad.put(50, "must not be before start");
    bad.put(51, "unknown property");
    bad.put(200, "unknown type");
    Map<Integer, byte[]> badBytes = Map.of(
        7, "not json".getBytes(StandardCharsets.UTF_8),
        50, ("{\"type\":\"meeting\",\"id\":\"meeting/a\",\"title\":\"A\","
            + "\"when\":{\"start\":\"2025-09-12\",\"end\":\"2025-09-10\"}}")
            .getBytes(StandardCharsets.UTF_8),
        51, ("{\"x\":1," + JSON.write(events.get(0)).substring(1))
            .getBytes(StandardCharsets.UTF_8),
        200, JSON.writeBytes(Samples.of(Generators.actors(), 1).get(0)));

    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "incidents-per-state-per-day");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        LogAndSkipInvalidData.class);

    try (CapturedLog log = new CapturedLog(LogAndSkipInvalidData.class);
        TopologyTestDriver driver = new TopologyTestDriver(incidentsPerStatePerDay(), props)) {
      TestInputTopic<String, Event> in = driver.createInputTopic("events",
          new StringSerializer(), SitrepSerdes.event().serializer());
      TestInputTopic<String, byte[]> raw = driver.createInputTopic("events",
          new StringSerializer(), new ByteArraySerializer());
      TestOutputTopic<String, Long> out = driver.createOutputTopic("incidents-per-state-per-day",
          new StringDeserializer(), new LongDeserializer());

      int offset = 0;
      for (Event event : events) {
        while (badBytes.containsKey(offset)) {
          raw.pipeInput("bad", badBytes.get(offset++));
        }
        in.pipeInput(event.id().value(), event);
        offset++;
      }

      Map<String, Long> expected = events.stream()
          .filter(e -> e instanceof AirspaceIncident)
          .map(e -> (AirspaceIncident) e)
          .filter(i -> i.violatedState().isPresent() && i.when().isPresent())
          .collect(Collectors.groupingBy(IncidentsPerStatePerDayTest::key, Collectors.counting()));
      assertThat(expected).hasSizeGreaterThan(10);
      assertThat(out.readKeyValuesToMap()).isEqualTo(expected);

      double dropped = driver.metrics().entrySet().stream()
          .filter(m -> m.getKey().name().equals("dropped-records-total"))
          .mapToDouble(m -> ((Number) m.getValue().metricValue()).doubleValue()).sum();
      assertThat(dropped).isEqualTo(bad.size());
      List<String> warnings = log.messages();
      assertThat(warnings).hasSize(bad.size());
      int i = 0;
      for (Map.Entry<Integer, String> b : bad.entrySet()) {
        assertThat(warnings.get(i++)).startsWith("WARN Skipped a record that is not valid sitrep "
            + "data: topic events, partition 0, offset " + b.getKey() + ": $")
            .contains(b.getValue());
      }
    }
  }

  @Test
  void aFailureThatIsNotBadDataStopsTheStream(@TempDir Path state) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("words", Consumed.with(Serdes.String(), SitrepSerde.of(String.class)))
        .to("out", Produced.with(Serdes.String(), Serdes.String()));
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "not-a-sitrep-type");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        LogAndSkipInvalidData.class);
    try (CapturedLog log = new CapturedLog(LogAndSkipInvalidData.class);
        TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
      TestInputTopic<String, String> in = driver.createInputTopic("words",
          new StringSerializer(), new StringSerializer());
      assertThatThrownBy(() -> in.pipeInput("k", "\"word\""))
          .isInstanceOf(StreamsException.class)
          .hasRootCauseMessage("sitrep has no JSON codec for java.lang.String");
      assertThat(log.messages()).singleElement().asString()
          .startsWith("ERROR Failed to deserialize a record: topic words, partition 0, offset 0");
    }
  }
}
