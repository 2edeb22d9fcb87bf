package dev.sitrep.stix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.actor.Actor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The example bundles published with the OASIS STIX 2.1 schemas import without an exception, with
 * a report of what was not mapped; exported again, every object keeps its id and version, and the
 * export is valid STIX that imports as the same dossier.
 */
class OasisExamplesImportTest {
  static Stream<String> examples() {
    return Stream.of("indicator-for-c2-ip-address.json", "indicator-to-campaign-relationship.json",
        "indicators-for-C2-with-COA.json", "infrastructure.json",
        "interop-objectmarking-test.json", "malicious-email-indicator-with-attachment.json",
        "threat-reports/apt1.json", "threat-reports/poisonivy.json");
  }

  @ParameterizedTest
  @MethodSource("examples")
  void importsWithAReportAndSurvivesExportAndImport(String example) {
    String bundle = OasisSchemas.resource("examples/" + example);
    StixImport.Result first = StixImport.defaults().read(bundle);
    ImportReport report = first.report();
    long objects = Bundles.objectsOrSelf(bundle).size();
    assertThat(report.count(ImportReport.Outcome.READ) + report.count(ImportReport.Outcome.MAPPED)
        + report.count(ImportReport.Outcome.KEPT) + report.count(ImportReport.Outcome.DROPPED))
        .isEqualTo(objects);
    assertThat(report.count(ImportReport.Outcome.KEPT)).as(report.toString()).isPositive();
    assertThat(report.entries(ImportReport.Outcome.KEPT))
        .allSatisfy(e -> assertThat(e.reason()).startsWith("kept as it was: "));
    assertThat(first.dossier().validate().problems()).as(first.dossier().validate().toString())
        .isEmpty();

    String again = StixExport.defaults().write(first.dossier());
    Map<String, JsonNode> exported = new HashMap<>();
    Bundles.objects(again).forEach(o -> exported.put(o.path("id").asString(), o));
    for (JsonNode original : Bundles.objectsOrSelf(bundle)) {
      String id = original.path("id").asString();
      if (report.entries(ImportReport.Outcome.DROPPED).stream()
          .anyMatch(e -> e.stixId().equals(id))) {
        continue;
      }
      JsonNode back = exported.get(id);
      if (original.path("type").asString().equals("location")) {
        continue; // a location mapped to a state is written with the state's identity
      }
      assertThat(back).as("%s exported again", id).isNotNull();
      for (String version : List.of("created", "modified", "revoked", "spec_version")) {
        assertThat(back.path(version)).as("%s of %s", version, id)
            .isEqualTo(original.path(version));
      }
    }
    Bundles.assertValid(again);
    assertThat(StixImport.defaults().read(again).dossier()).isEqualTo(first.dossier());
  }

  @ParameterizedTest
  @MethodSource("examples")
  void identitiesAreMappedToActors(String example) {
    String bundle = OasisSchemas.resource("examples/" + example);
    StixImport.Result result = StixImport.defaults().read(bundle);
    long identities = Bundles.objectsOrSelf(bundle).stream()
        .filter(o -> o.path("type").asString().equals("identity")
            && o.has("name")).count();
    assertThat(result.dossier().actors().stream().filter(a -> !(a instanceof
        dev.sitrep.core.actor.UnrecognizedActor)).map(Actor::id).distinct().count())
        .isEqualTo(identities);
    assertThat(result.report().countsByType(ImportReport.Outcome.MAPPED).getOrDefault(
        "identity", 0L)).isEqualTo(identities);
  }
}
