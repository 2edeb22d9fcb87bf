package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Meeting;
import dev.sitrep.core.geo.GeoPoint;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.geo.PlacePrecision;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonTest {
  private static final Place WARSAW = Place.builder().name("Warsaw")
      .country(Ref.to(StateCatalogue.get("PL"))).point(GeoPoint.of(52.2297, 21.0122))
      .precision(PlacePrecision.SETTLEMENT).build();
  private static final Place ALASKA = Place.builder().name("Alaska")
      .country(Ref.to(StateCatalogue.get("US"))).point(GeoPoint.of(61.2, -149.9))
      .precision(PlacePrecision.REGION).build();
  private static final Place SOMEWHERE = Place.builder().name("somewhere in Belarus")
      .country(Ref.to(StateCatalogue.get("BY"))).precision(PlacePrecision.COUNTRY).build();

  private static Meeting meeting(String id, Place... places) {
    return Meeting.builder().id(EntityId.of(id)).title(id).addPlaces(places)
        .when(Period.between(TimePoint.day(2025, 8, 15), TimePoint.day(2025, 8, 16))).build();
  }

  @Test
  void placedEventsBecomeFeaturesLongitudeFirst() {
    Dossier d = Dossier.builder()
        .addEvents(meeting("meeting/one", ALASKA), meeting("meeting/unplaced", SOMEWHERE),
            meeting("meeting/two", WARSAW, SOMEWHERE, ALASKA))
        .build();
    JsonNode root = JsonMapper.builder().build().readTree(GeoJson.write(d));
    assertThat(root.get("type").asString()).isEqualTo("FeatureCollection");
    JsonNode features = root.get("features");
    assertThat(features.size()).isEqualTo(2);
    JsonNode one = features.get(0);
    assertThat(one.get("type").asString()).isEqualTo("Feature");
    assertThat(one.get("geometry").get("type").asString()).isEqualTo("Point");
    assertThat(one.get("geometry").get("coordinates").get(0).asDouble()).isEqualTo(-149.9);
    assertThat(one.get("geometry").get("coordinates").get(1).asDouble()).isEqualTo(61.2);
    assertThat(one.get("properties").get("type").asString()).isEqualTo("meeting");
    assertThat(one.get("properties").get("title").asString()).isEqualTo("meeting/one");
    assertThat(one.get("properties").get("time").asString()).isEqualTo("2025-08-15");
    assertThat(one.get("properties").get("end").asString()).isEqualTo("2025-08-16");
    JsonNode two = features.get(1).get("geometry");
    assertThat(two.get("type").asString()).isEqualTo("MultiPoint");
    assertThat(two.get("coordinates").size()).isEqualTo(2);
    assertThat(two.get("coordinates").get(0).get(0).asDouble()).isEqualTo(21.0122);
    for (JsonNode f : features) {
      // RFC 7946: every feature has a geometry and a properties object; positions are [lon, lat]
      assertThat(f.has("geometry") && f.has("properties")).isTrue();
      assertThat(f.get("properties").isObject()).isTrue();
    }
  }

  @Test
  void anEmptyDossierIsAnEmptyFeatureCollection() {
    assertThat(GeoJson.write(Dossier.builder().build()))
        .isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");
  }
}
