package dev.sitrep.io.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Wire names are written where the codecs declare them and nowhere else in sitrep-io: every other
 * class takes them from the declarations. core has no wire names (its strings are Java attribute
 * paths and vocabulary codes), and its table of references is generated from the declarations.
 */
class WireNamesTest {
  private static final Path MAIN = Path.of("src/main/java/dev/sitrep/io");
  private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-z0-9_-]*)\"");

  /**
   * GeoJSON's own keys (RFC 7946), the flat feature properties {@link dev.sitrep.io.GeoJson}
   * writes, and the roles it gives a place (the property it is held in): another format's names,
   * which happen to spell some of sitrep's.
   */
  private static final Set<String> GEOJSON = Set.of("type", "id", "geometry", "coordinates",
      "properties", "features", "title", "end", "places", "role", "place", "precision",
      "country", "border_states", "area_kind", "admin1", "admin2", "start", "entry", "venue",
      "territory", "detention_place", "place_of_confinement");

  @Test
  void wireNamesAreWrittenOnlyInTheCodecDeclarations() throws IOException {
    Set<String> names = new TreeSet<>();
    for (DeclaredCodec<?> codec : Codecs.declared()) {
      names.add(codec.name());
      if (codec instanceof ObjectCodec<?, ?> object) {
        object.properties().forEach(p -> names.add(p.name()));
      }
    }
    Map<String, List<String>> outside = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        boolean declarations = file.getParent().endsWith("codec");
        Matcher m = LITERAL.matcher(Files.readString(file));
        while (m.find()) {
          String literal = m.group(1);
          boolean geoJson = file.endsWith("GeoJson.java") && GEOJSON.contains(literal);
          if (names.contains(literal) && !declarations && !geoJson) {
            outside.computeIfAbsent(file.toString(), f -> new ArrayList<>()).add(literal);
          }
        }
      }
    }
    assertThat(outside).as("wire names written outside the codec declarations").isEmpty();
  }

  @Test
  void aPropertyIsDeclaredOnceInItsTypeAndItsAttributeIsTheValueTypes() {
    for (DeclaredCodec<?> codec : Codecs.declared()) {
      if (codec instanceof ObjectCodec<?, ?> object) {
        Set<String> seen = new TreeSet<>();
        for (ObjectCodec.Property<?, ?> p : object.properties()) {
          assertThat(seen.add(p.name())).as("%s.%s declared once", object.name(), p.name())
              .isTrue();
          assertThat(Stream.of(object.type().getMethods())
                  .anyMatch(method -> method.getName().equals(p.attribute())
                      && method.getParameterCount() == 0))
              .as("%s has the attribute %s() of its property %s", object.type().getSimpleName(),
                  p.attribute(), p.name())
              .isTrue();
        }
      }
    }
  }

  @Test
  void aBuildersAttributePathBecomesTheWirePath() {
    assertThat(FoundationCodecs.AIRSPACE.wirePath("flightInformationRegion"))
        .isEqualTo(".flight_information_region");
    assertThat(AirspaceCodecs.AIRSPACE_INCIDENT.wirePath("intrusions[0].origin[1].supersedes"))
        .isEqualTo(".intrusions[0].origin[1].supersedes");
    assertThat(PrisonerCodecs.POLITICAL_PRISONER.wirePath("placeOfConfinement.point"))
        .isEqualTo(".place_of_confinement.point");
    assertThat(DossierCodecs.DOSSIER.wirePath("schemaVersion")).isEqualTo(".schema_version");
    assertThat(DossierCodecs.DOSSIER.wirePath("events[2].statusReason"))
        .isEqualTo(".events[2].status_reason");
    assertThat(ActorCodecs.ACTOR_RELATION.wirePath("subject")).isEqualTo(".from");
    assertThat(OtherEventCodecs.WARNING.wirePath("by")).isEqualTo(".from");
    assertThat(FoundationCodecs.PERIOD.wirePath("")).isEmpty();
    assertThat(FoundationCodecs.PERIOD.wirePath("notAnAttribute")).isEqualTo(".notAnAttribute");
  }
}
