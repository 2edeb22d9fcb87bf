package dev.sitrep.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.airspace.Intrusion;
import dev.sitrep.core.airspace.PlatformKind;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Meeting;
import dev.sitrep.core.event.Statement;
import dev.sitrep.core.geo.Airspace;
import dev.sitrep.core.geo.AreaKind;
import dev.sitrep.core.geo.GeoPoint;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.geo.PlacePrecision;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.IdScheme;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.testing.Generators;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Ref<State> POLAND = Ref.to(StateCatalogue.get("PL"));
  private static final Ref<State> BELARUS = Ref.to(StateCatalogue.get("BY"));
  private static final Place WARSAW = Place.builder().name("Warsaw").country(POLAND)
      .admin1("Masovian Voivodeship").point(GeoPoint.of(52.2297, 21.0122))
      .precision(PlacePrecision.SETTLEMENT)
      .addExternalIds(ExternalId.of(IdScheme.GEONAMES, "756135"), ExternalId.wikidata("Q270"))
      .build();
  private static final Place BORDER = Place.builder().name("the Polish-Belarusian border")
      .addBorderStates(POLAND, BELARUS).areaKind(AreaKind.BORDER_ZONE)
      .point(GeoPoint.of(52.1, 23.6)).precision(PlacePrecision.AREA).build();
  private static final Place SOMEWHERE = Place.builder().name("somewhere in Belarus")
      .country(BELARUS).precision(PlacePrecision.COUNTRY).build();

  private static List<JsonNode> features(String geoJson) {
    JsonNode root = MAPPER.readTree(geoJson);
    assertThat(root.get("type").asString()).isEqualTo("FeatureCollection");
    return StreamSupport.stream(root.get("features").spliterator(), false)
        .collect(Collectors.toList());
  }

  @Test
  void everyLocatedPlaceOfAnEventIsAPointWithTheEventsIdItsRoleAndWhatThePointStandsFor() {
    // times keep their precision: a month stays "2025-09"; an instant has its day and itself
    AirspaceIncident incident = AirspaceIncident.builder()
        .id(EntityId.of("incident/border-drones")).title("Drones over the border")
        .when(Period.between(TimePoint.month(2025, 9), TimePoint.day(2025, 9, 10)))
        .addPlaces(SOMEWHERE)
        .airspace(Airspace.of(POLAND))
        .addIntrusions(Intrusion.builder().platform(PlatformKind.DRONE)
            .count(UncertainCount.atLeast(19)).entry(BORDER).build())
        .build();
    Statement statement = Statement.builder().id(EntityId.of("statement/tusk"))
        .title("Tusk speaks").speaker(Ref.of("person/donald-tusk")).summary("closest to open conflict").venue(WARSAW)
        .when(Period.at(TimePoint.parse("2025-09-10T09:15+02:00"))).build();
    List<JsonNode> features = features(GeoJson.write(
        Dossier.builder().addEvents(incident, statement).build()));

    assertThat(features).hasSize(2); // "somewhere in Belarus" has no point
    JsonNode entry = features.get(0);
    assertThat(entry.get("geometry").toString())
        .isEqualTo("{\"type\":\"Point\",\"coordinates\":[23.6,52.1]}");
    assertThat(properties(entry)).containsExactly(Map.entry("id", "incident/border-drones"),
        Map.entry("type", "airspace-incident"), Map.entry("title", "Drones over the border"),
        Map.entry("role", "entry"), Map.entry("path", "intrusions[0].entry"),
        Map.entry("place", "the Polish-Belarusian border"), Map.entry("precision", "area"),
        Map.entry("border_states", "state/pol, state/blr"), Map.entry("area_kind", "border-zone"),
        Map.entry("start", "2025-09"), Map.entry("end", "2025-09-10"));
    assertThat(properties(features.get(1))).containsExactly(Map.entry("id", "statement/tusk"),
        Map.entry("type", "statement"), Map.entry("title", "Tusk speaks"),
        Map.entry("role", "venue"), Map.entry("path", "venue"), Map.entry("place", "Warsaw"),
        Map.entry("precision", "settlement"), Map.entry("country", "state/pol"),
        Map.entry("admin1", "Masovian Voivodeship"), Map.entry("geonames", "756135"),
        Map.entry("wikidata", "Q270"), Map.entry("start", "2025-09-10"),
        Map.entry("start_instant", "2025-09-10T09:15+02:00"), Map.entry("end", "2025-09-10"),
        Map.entry("end_instant", "2025-09-10T09:15+02:00"));
    assertThat(features.get(1).get("geometry").get("coordinates").get(0).asDouble())
        .as("longitude first").isEqualTo(21.0122);
  }

  @Test
  void eachPlaceOfAnEventIsItsOwnFeature() {
    Meeting meeting = Meeting.builder().id(EntityId.of("meeting/two")).title("two places")
        .addPlaces(WARSAW, SOMEWHERE, BORDER).build();
    List<JsonNode> features = features(GeoJson.write(Dossier.builder().addEvents(meeting).build()));
    assertThat(features).extracting(f -> f.get("properties").get("path").asString())
        .containsExactly("places[0]", "places[2]");
    assertThat(features).allMatch(f -> f.get("properties").get("role").asString().equals("places"))
        .allMatch(f -> !f.get("properties").has("start"));
  }

  @Test
  void anEventOfATypeSitrepDoesNotKnowIsNotOnTheMap() {
    Dossier d = SitrepJson.builder().lenient(true).build().read("{\"schema_version\":\"1\","
        + "\"events\":[{\"type\":\"cyber-attack\",\"id\":\"event/ddos\",\"places\":"
        + "[{\"name\":\"Warsaw\",\"point\":{\"lat\":52.2297,\"lon\":21.0122}}]}]}",
        Dossier.class);
    assertThat(d.events()).hasSize(1);
    assertThat(features(GeoJson.write(d))).isEmpty();
  }

  /**
   * For any dossier, the map has one Point for every place with a point that the dossier's events,
   * prisoners and things hold, wherever it is held (found here by walking every attribute), and nothing
   * else; every property is a string; positions are [longitude, latitude]; no {@code crs}.
   */
  @Test
  void everyPlaceWithAPointInADossierIsOnTheMapAndNothingElse() {
    qt().withExamples(100).forAll(Generators.dossiers()).checkAssert(d -> {
      List<Place> located = new ArrayList<>();
      d.events().forEach(e -> collectPlaces(e, located));
      d.prisoners().forEach(p -> collectPlaces(p, located));
      d.things().forEach(t -> collectPlaces(t, located));
      located.removeIf(p -> p.point().isEmpty());
      String text = GeoJson.write(d);
      assertThat(MAPPER.readTree(text).has("crs")).isFalse();
      List<JsonNode> features = features(text);
      List<String> mapped = new ArrayList<>();
      for (JsonNode f : features) {
        assertThat(f.get("geometry").get("type").asString()).isEqualTo("Point");
        JsonNode position = f.get("geometry").get("coordinates");
        mapped.add(f.get("properties").get("place").asString() + " at lon "
            + position.get(0).asDouble() + ", lat " + position.get(1).asDouble());
        f.get("properties").properties().forEach(p -> assertThat(p.getValue().isString())
            .as("property %s is a string", p.getKey()).isTrue());
      }
      assertThat(mapped).containsExactlyInAnyOrderElementsOf(located.stream()
          .map(p -> p.name() + " at lon " + p.point().get().lon() + ", lat "
              + p.point().get().lat()).collect(Collectors.toList()));
    });
  }

  @Test
  void anEmptyDossierIsAnEmptyFeatureCollection() {
    assertThat(GeoJson.write(Dossier.builder().build()))
        .isEqualTo("{\"type\":\"FeatureCollection\",\"features\":[]}");
  }

  private static Map<String, String> properties(JsonNode feature) {
    Map<String, String> properties = new java.util.LinkedHashMap<>();
    feature.get("properties").properties()
        .forEach(p -> properties.put(p.getKey(), p.getValue().asString()));
    return properties;
  }

  /**
   * Every place {@code value} holds, in the order of its attributes, found by calling each
   * attribute of the value types (their abstract methods) and going into lists, optionals and
   * other sitrep values.
   */
  private static void collectPlaces(Object value, List<Place> places) {
    if (value instanceof Place p) {
      places.add(p);
    } else if (value instanceof Optional<?> o) {
      o.ifPresent(x -> collectPlaces(x, places));
    } else if (value instanceof List<?> list) {
      list.forEach(x -> collectPlaces(x, places));
    } else if (value != null && value.getClass().getName().startsWith("dev.sitrep.core.")
        && !(value instanceof Ref) && !value.getClass().isEnum()) {
      Class<?> type = value.getClass().getSuperclass();
      if (type == null || type == Object.class) {
        return; // a code or another value with no attributes
      }
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Method m : type.getMethods()) {
        if (Modifier.isAbstract(m.getModifiers()) && m.getParameterCount() == 0
            && seen.add(m.getName())) {
          try {
            collectPlaces(m.invoke(value), places);
          } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
          }
        }
      }
    }
  }
}
