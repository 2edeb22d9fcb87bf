package dev.sitrep.core;

import static dev.sitrep.core.testing.Validity.assertRejected;
import static dev.sitrep.core.testing.Validity.assertValidIff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.sitrep.core.actor.OrganizationKind;
import dev.sitrep.core.actor.RelationKind;
import dev.sitrep.core.airspace.ConsequenceKind;
import dev.sitrep.core.airspace.PlatformKind;
import dev.sitrep.core.airspace.ResponseAction;
import dev.sitrep.core.event.EventKind;
import dev.sitrep.core.event.LinkKind;
import dev.sitrep.core.event.ParticipantRole;
import dev.sitrep.core.identity.IdScheme;
import dev.sitrep.core.prisoner.Regime;
import dev.sitrep.core.provenance.SourceKind;
import dev.sitrep.core.statistic.Metric;
import dev.sitrep.core.testing.Arbitrary;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Open vocabularies: well-known codes plus any other lowercase kebab-case code, kept as it is;
 * anything else rejected with a message naming it.
 */
class CodePropertiesTest {
  private record Vocabulary(String name, String path, Function<String, Code> of,
      List<? extends Code> known) {}

  private static final List<Vocabulary> VOCABULARIES = List.of(
      new Vocabulary("OrganizationKind", "kind", OrganizationKind::of, Code.known(OrganizationKind.class)),
      new Vocabulary("RelationKind", "kind", RelationKind::of, Code.known(RelationKind.class)),
      new Vocabulary("SourceKind", "kind", SourceKind::of, Code.known(SourceKind.class)),
      new Vocabulary("IdScheme", "scheme", IdScheme::of, Code.known(IdScheme.class)),
      new Vocabulary("ParticipantRole", "role", ParticipantRole::of,
          Code.known(ParticipantRole.class)),
      new Vocabulary("LinkKind", "kind", LinkKind::of, Code.known(LinkKind.class)),
      new Vocabulary("EventKind", "kind", EventKind::of, Code.known(EventKind.class)),
      new Vocabulary("PlatformKind", "platform", PlatformKind::of,
          Code.known(PlatformKind.class)),
      new Vocabulary("ResponseAction", "action", ResponseAction::of,
          Code.known(ResponseAction.class)),
      new Vocabulary("ConsequenceKind", "kind", ConsequenceKind::of,
          Code.known(ConsequenceKind.class)),
      new Vocabulary("Regime", "regime", Regime::of, Code.known(Regime.class)),
      new Vocabulary("Metric", "metric", Metric::of, Code.known(Metric.class)));

  private static final Gen<String> CANDIDATES = Generate.oneOf(
      Arbitrary.stringsOf("az09-", 0, 10), Arbitrary.stringsOf("azAZ09-_ .ł", 0, 8),
      Arbitrary.anyStrings());

  /** The code rule, written out without a regular expression. */
  private static boolean isCode(String code) {
    return !code.isEmpty() && code.charAt(0) >= 'a' && code.charAt(0) <= 'z'
        && Arrays.stream(code.split("-", -1)).allMatch(word -> !word.isEmpty()
            && word.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9'));
  }

  @TestFactory
  Stream<DynamicTest> aCodeIsAcceptedIffLowercaseKebabCaseAndKeptAsItIs() {
    return VOCABULARIES.stream().map(v -> DynamicTest.dynamicTest(v.name(), () ->
        qt().withExamples(300).forAll(CANDIDATES).checkAssert(code -> {
          InvalidDataException e = assertValidIff(isCode(code), () -> v.of().apply(code));
          if (e == null) {
            Code kept = v.of().apply(code);
            assertThat(kept.code()).isEqualTo(code);
            assertThat(kept).hasToString(code).isEqualTo(v.of().apply(code))
                .hasSameHashCodeAs(v.of().apply(code));
          } else {
            assertThat(e.path()).isEqualTo(v.path());
            assertThat(e.getMessage()).contains("'" + code + "'");
          }
        })));
  }

  @TestFactory
  Stream<DynamicTest> wellKnownCodesRoundTripAndNullIsRejected() {
    return VOCABULARIES.stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> {
      assertThat(v.known()).isNotEmpty().doesNotHaveDuplicates();
      for (Code known : v.known()) {
        assertThat(v.of().apply(known.code())).isEqualTo(known);
      }
      assertRejected(() -> v.of().apply(null), v.path(), "must not be null");
    }));
  }

  @Test
  void organizationKindsAreAnOpenVocabulary() {
    OrganizationKind militia = OrganizationKind.of("militia");
    assertThat(militia.code()).isEqualTo("militia");
    assertThat(militia).isEqualTo(OrganizationKind.of("militia")).isNotIn(Code.known(OrganizationKind.class));
    assertThat(OrganizationKind.of("armed-forces")).isEqualTo(OrganizationKind.ARMED_FORCES);
    assertThat(Code.known(OrganizationKind.class)).contains(OrganizationKind.ALLIANCE,
        OrganizationKind.SUPRANATIONAL_UNION, OrganizationKind.GOVERNMENT,
        OrganizationKind.LEGISLATURE, OrganizationKind.ARMED_FORCES,
        OrganizationKind.MILITARY_UNIT, OrganizationKind.STATE_ENTERPRISE, OrganizationKind.NGO,
        OrganizationKind.THINK_TANK, OrganizationKind.MEDIA);
    assertRejected(() -> OrganizationKind.of("Militia"), "kind", "'Militia'");
    assertRejected(() -> OrganizationKind.of("armed_forces"), "kind", "'armed_forces'");
  }

  @Test
  void codesOfDifferentVocabulariesAreNeverEqual() {
    assertThat((Code) OrganizationKind.of("media")).isNotEqualTo(SourceKind.of("media"));
    assertThat((Code) RelationKind.of("supports")).isEqualTo(RelationKind.SUPPORTS);
  }
}
