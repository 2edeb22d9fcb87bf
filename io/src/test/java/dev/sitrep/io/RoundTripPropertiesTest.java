package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.sitrep.core.testing.Generators;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * For every type: {@code read(write(x)).equals(x)}, output is deterministic and valid against the
 * schema.
 */
class RoundTripPropertiesTest {
  private static final SitrepJson COMPACT = SitrepJson.defaults();
  private static final SitrepJson PRETTY = SitrepJson.builder().pretty(true).build();

  static Stream<Arguments> types() {
    return Stream.of(
        Arguments.of("entity-id", Generators.entityIds(), dev.sitrep.core.identity.EntityId.class),
        Arguments.of("external-id", Generators.externalIds(),
            dev.sitrep.core.identity.ExternalId.class),
        Arguments.of("time-point", Generators.timePoints(), dev.sitrep.core.time.TimePoint.class),
        Arguments.of("period", Generators.periods(), dev.sitrep.core.time.Period.class),
        Arguments.of("uncertain-count", Generators.uncertainCounts(),
            dev.sitrep.core.quantity.UncertainCount.class),
        Arguments.of("uncertain-duration", Generators.uncertainDurations(),
            dev.sitrep.core.time.UncertainDuration.class),
        Arguments.of("geo-point", Generators.geoPoints(), dev.sitrep.core.geo.GeoPoint.class),
        Arguments.of("place", Generators.places(), dev.sitrep.core.geo.Place.class),
        Arguments.of("airspace", Generators.airspaces(), dev.sitrep.core.geo.Airspace.class),
        Arguments.of("source", Generators.sources(), dev.sitrep.core.provenance.Source.class),
        Arguments.of("attribution", Generators.attributions(),
            dev.sitrep.core.provenance.Attribution.class),
        Arguments.of("quote", Generators.quotes(), dev.sitrep.core.provenance.Quote.class),
        Arguments.of("actor", Generators.actors(), dev.sitrep.core.actor.Actor.class),
        Arguments.of("relation", Generators.relations(), dev.sitrep.core.actor.Relation.class),
        Arguments.of("event", Generators.events(), dev.sitrep.core.event.Event.class),
        Arguments.of("political-prisoner", Generators.politicalPrisoners(),
            dev.sitrep.core.prisoner.PoliticalPrisoner.class),
        Arguments.of("statistic", Generators.statistics(),
            dev.sitrep.core.statistic.Statistic.class),
        Arguments.of("dossier", Generators.dossiers(), dev.sitrep.core.dossier.Dossier.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  <T> void readOfWriteIsTheSameValue(String schemaName, Gen<T> values, Class<T> type) {
    qt().withExamples(200).forAll(values).checkAssert(value -> {
      String json = COMPACT.write(value);
      assertThat(COMPACT.read(json, type)).isEqualTo(value);
      assertThat(PRETTY.read(PRETTY.write(value), type)).isEqualTo(value);
      assertThat(COMPACT.write(COMPACT.read(json, type))).isEqualTo(json);
      SchemaValidator.assertValid(schemaName, json);
    });
  }
}
