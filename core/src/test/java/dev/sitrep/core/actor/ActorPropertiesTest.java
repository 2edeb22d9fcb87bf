package dev.sitrep.core.actor;

import static dev.sitrep.core.testing.Validity.assertValidIff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.testing.Arbitrary;
import dev.sitrep.core.testing.Generators;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of actors: ISO codes, names, the directory, and relations that must not loop. */
class ActorPropertiesTest {
  private static final int EXAMPLES = 200;
  private static final List<String> ALPHA2 =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2).stream().sorted().toList();
  private static final List<String> ALPHA3 =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).stream().sorted().toList();
  private static final Set<String> ALPHA2_SET = Set.copyOf(ALPHA2);

  private static String alpha3Of(String alpha2) {
    try {
      return new Locale("", alpha2).getISO3Country();
    } catch (MissingResourceException e) {
      return null;
    }
  }

  @Test
  void aStateIsAcceptedIffItsCodesAreTheJdksAndMatch() {
    Gen<String> alpha2s = Generate.oneOf(Generate.pick(ALPHA2),
        Arbitrary.stringsOf("ABYZ", 1, 3), Generate.pick(ALPHA2).map(c -> c.toLowerCase(Locale.ROOT)));
    Gen<String[]> pairs = Generate.oneOf(
        Generate.pick(ALPHA2).map(a2 -> new String[] {a2, alpha3Of(a2)}),
        alpha2s.zip(Generate.oneOf(Generate.pick(ALPHA3), Arbitrary.stringsOf("BLRUS", 2, 4)),
            (a2, a3) -> new String[] {a2, a3}));
    qt().withExamples(EXAMPLES).forAll(pairs).checkAssert(pair -> {
      String alpha2 = pair[0];
      String alpha3 = pair[1];
      boolean valid = ALPHA2_SET.contains(alpha2) && alpha3.equals(alpha3Of(alpha2));
      InvalidDataException e = assertValidIff(valid, () -> State.builder()
          .id(EntityId.of("state/x")).name("X").alpha2(alpha2).alpha3(alpha3).build());
      if (e != null) {
        assertThat(e.path()).isEqualTo(ALPHA2_SET.contains(alpha2) ? "alpha3" : "alpha2");
        assertThat(e.getMessage()).contains("'" + (ALPHA2_SET.contains(alpha2) ? alpha3 : alpha2)
            + "'");
      }
    });
  }

  @Test
  void theCatalogueHasEveryStateOfTheJdk() {
    assertThat(StateCatalogue.all()).hasSize(ALPHA2.size())
        .extracting(State::alpha2).containsExactlyElementsOf(ALPHA2);
  }

  @Test
  void theCatalogueFindsEveryStateByItsCodesAndName() {
    qt().withExamples(100).forAll(Generate.pick(StateCatalogue.all())).checkAssert(state -> {
      String alpha3 = state.alpha3();
      assertThat(state.id()).isEqualTo(EntityId.of("state/" + alpha3.toLowerCase(Locale.ROOT)));
      assertThat(state.externalIds()).contains(ExternalId.iso3166(state.alpha2()),
          ExternalId.iso3166(alpha3));
      for (String query : List.of(state.alpha2(), alpha3.toLowerCase(Locale.ROOT),
          state.name().toUpperCase(Locale.ROOT))) {
        assertThat(StateCatalogue.find(query)).as(query).contains(state);
      }
    });
  }

  @Test
  void everyActorIsFoundByEachOfItsNamesInAnyCaseWithOrWithoutDiacritics() {
    qt().withExamples(EXAMPLES).forAll(Generators.actors(), Generators.actors())
        .checkAssert((actor, other) -> {
          ActorDirectory directory = ActorDirectory.of(List.of(other, actor));
          List<String> names = new java.util.ArrayList<>(List.of(actor.name()));
          actor.otherNames().forEach(n -> names.add(n.value()));
          for (String name : names) {
            if (Names.normalize(name).isEmpty()) {
              assertThat(directory.find(name)).doesNotContain(actor);
              continue;
            }
            assertThat(directory.find(name)).as(name).contains(actor);
            String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            assertThat(directory.find(plain)).as(plain).contains(actor);
            String upper = name.toUpperCase(Locale.ROOT);
            if (upper.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
              assertThat(directory.find(upper)).as(upper).contains(actor);
            }
          }
        });
  }

  @Test
  void aRelationFromAnActorToItselfIsRejected() {
    qt().withExamples(EXAMPLES).forAll(Generators.actorRelations(), Generators.<Actor>refs())
        .checkAssert((relation, self) -> {
          InvalidDataException e = assertValidIff(false, () -> ActorRelation.builder()
              .id(relation.id()).subject(self).kind(relation.kind()).to(self).build());
          assertThat(e.path()).isEqualTo("to");
          assertThat(e.getMessage()).contains(self.id().value());
        });
  }

  @Test
  void aRelationIsAcceptedIffItsEndsDiffer() {
    qt().withExamples(EXAMPLES).forAll(Generators.relations(), Generators.<Actor>refs())
        .checkAssert((relation, other) -> {
          if (relation instanceof Membership m) {
            assertValidIff(!other.id().equals(m.organization().id()),
                () -> ImmutableMembership.copyOf(m).withMember(other));
          } else if (relation instanceof Office o) {
            assertValidIff(!other.id().equals(o.holder().id()),
                () -> ImmutableOffice.copyOf(o).withOf(other));
          } else {
            ActorRelation r = (ActorRelation) relation;
            assertValidIff(!other.id().equals(r.subject().id()),
                () -> ImmutableActorRelation.copyOf(r).withTo(other));
          }
        });
  }

  @Test
  void anOrganizationIsNotItsOwnParent() {
    qt().withExamples(EXAMPLES).forAll(Generators.organizations(), Generators.entityIds())
        .checkAssert((organization, parent) -> {
          InvalidDataException e = assertValidIff(!parent.equals(organization.id()),
              () -> ImmutableOrganization.copyOf(organization).withParent(Ref.of(parent)));
          if (e != null) {
            assertThat(e.path()).isEqualTo("parent");
          }
          assertValidIff(false, () -> ImmutableOrganization.copyOf(organization)
              .withParent(Ref.of(organization.id())));
        });
  }

  @Test
  void aNameIsAcceptedIffItsValueIsNotBlankAndItsScriptIsAnIso15924Code() {
    Gen<String> scripts = Generate.oneOf(Arbitrary.stringsOf("CcYyRrLl", 3, 5),
        Arbitrary.anyStrings());
    qt().withExamples(EXAMPLES)
        .forAll(Generators.names(), Arbitrary.blankishStrings(), scripts)
        .checkAssert((name, value, script) -> {
          assertValidIff(!Text.isBlank(value), () -> ImmutableName.copyOf(name).withValue(value));
          boolean validScript = script.length() == 4
              && script.charAt(0) >= 'A' && script.charAt(0) <= 'Z'
              && script.substring(1).chars().allMatch(c -> c >= 'a' && c <= 'z');
          InvalidDataException e = assertValidIff(validScript,
              () -> ImmutableName.copyOf(name).withScript(script));
          if (e != null) {
            assertThat(e.path()).isEqualTo("script");
            assertThat(e.getMessage()).contains("'" + script + "'");
          }
        });
  }

  @Test
  void aNamesLanguageIsAcceptedIffItLooksLikeABcp47Tag() {
    Gen<String> languages = Generate.oneOf(Arbitrary.stringsOf("abeNGB-1", 0, 9),
        Generate.pick(List.of("be", "be-tarask", "sr-Latn", "en_GB", "BE", "b", "belarusian")),
        Arbitrary.anyStrings());
    qt().withExamples(EXAMPLES).forAll(Generators.names(), languages)
        .checkAssert((name, language) -> {
          String[] parts = language.split("-", -1);
          boolean valid = parts[0].matches("[a-z]{2,3}")
              && Arrays.stream(parts).skip(1).allMatch(p -> p.matches("[A-Za-z0-9]{2,8}"));
          InvalidDataException e = assertValidIff(valid,
              () -> ImmutableName.copyOf(name).withLanguage(language));
          if (e != null) {
            assertThat(e.path()).isEqualTo("language");
            assertThat(e.getMessage()).contains("'" + language + "'");
          }
        });
  }

  @Test
  void anActorsNameIsAcceptedIffNotBlank() {
    qt().withExamples(EXAMPLES).forAll(Generators.actors(), Arbitrary.blankishStrings())
        .checkAssert((actor, name) -> assertValidIff(!Text.isBlank(name), () -> {
          if (actor instanceof State s) {
            ImmutableState.copyOf(s).withName(name);
          } else if (actor instanceof Person p) {
            ImmutablePerson.copyOf(p).withName(name);
          } else if (actor instanceof Organization o) {
            ImmutableOrganization.copyOf(o).withName(name);
          } else {
            ImmutableCollective.copyOf((Collective) actor).withName(name);
          }
        }));
  }
}
