package dev.sitrep.core.provenance;

import static dev.sitrep.core.testing.Validity.assertValidIff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.testing.Arbitrary;
import dev.sitrep.core.testing.Generators;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties: sources, attributions and quotes are accepted iff their text follows the rules;
 * claims iff their supersession does not loop.
 */
class ProvenancePropertiesTest {
  private static final int EXAMPLES = 300;

  /** BCP 47 as sitrep checks it: a 2–3 letter language, then subtags of 2–8 letters or digits. */
  private static boolean isLanguageTag(String tag) {
    String[] parts = tag.split("-", -1);
    return parts[0].length() >= 2 && parts[0].length() <= 3
        && parts[0].chars().allMatch(c -> c >= 'a' && c <= 'z')
        && Arrays.stream(parts).skip(1).allMatch(p -> p.length() >= 2 && p.length() <= 8
            && p.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c)));
  }

  @Test
  void aSourceTitleIsAcceptedIffNotBlank() {
    qt().withExamples(EXAMPLES).forAll(Generators.sources(), Arbitrary.blankishStrings())
        .checkAssert((source, title) -> assertValidIff(!Text.isBlank(title),
            () -> ImmutableSource.copyOf(source).withTitle(title)));
  }

  @Test
  void aBlankAuthorIsRejectedNamingItsIndex() {
    qt().withExamples(EXAMPLES).forAll(Generators.sources(), Arbitrary.blankishStrings())
        .checkAssert((source, author) -> {
          InvalidDataException e = assertValidIff(!Text.isBlank(author),
              () -> ImmutableSource.builder().from(source).addAuthor(author).build());
          if (e != null) {
            assertThat(e.path()).isEqualTo("authors[" + source.authors().size() + "]");
          }
        });
  }

  @Test
  void aUrlIsAcceptedIffItIsAnAbsoluteHttpOrHttpsUrlWithAHost() {
    Gen<String> candidates = Generate.oneOf(
        Generate.pick(List.of("http://", "https://", "ftp://", "mailto:", "", "//", "https:/"))
            .zip(Arbitrary.stringsOf("ab.-_:/?#%0 ", 0, 12), String::concat),
        Arbitrary.anyStrings());
    qt().withExamples(EXAMPLES).forAll(Generators.sources(), candidates)
        .checkAssert((source, url) -> {
          boolean valid;
          try {
            URI uri = new URI(url);
            valid = List.of("http", "https").contains(uri.getScheme()) && uri.getHost() != null;
          } catch (Exception e) {
            valid = false;
          }
          InvalidDataException e =
              assertValidIff(valid, () -> ImmutableSource.copyOf(source).withUrl(url));
          if (e != null) {
            assertThat(e.path()).isEqualTo("url");
            assertThat(e.getMessage()).contains("'" + url + "'");
          }
        });
  }

  @Test
  void aQuoteLanguageIsAcceptedIffItLooksLikeABcp47Tag() {
    Gen<String> candidates = Generate.oneOf(Arbitrary.stringsOf("abeNGB-1", 0, 9),
        Arbitrary.stringsOf("enru-_ ", 1, 6), Arbitrary.anyStrings());
    qt().withExamples(EXAMPLES).forAll(Generators.quotes(), candidates)
        .checkAssert((quote, language) -> {
          InvalidDataException e = assertValidIff(isLanguageTag(language),
              () -> ImmutableQuote.copyOf(quote).withLanguage(language));
          if (e != null) {
            assertThat(e.path()).isEqualTo("language");
            assertThat(e.getMessage()).contains("'" + language + "'");
          }
        });
  }

  @Test
  void quoteTextAndAnAssertersDescriptionAreAcceptedIffNotBlank() {
    qt().withExamples(EXAMPLES).forAll(Generators.quotes(), Arbitrary.blankishStrings())
        .checkAssert((quote, text) -> {
          assertValidIff(!Text.isBlank(text), () -> ImmutableQuote.copyOf(quote).withText(text));
          assertValidIff(!Text.isBlank(text), () -> ImmutableAttribution.copyOf(quote.attribution())
              .withAssertedByDescription(text));
        });
  }

  @Test
  void jointAssertersAreAcceptedIffThereIsAFirstAndNoneRepeats() {
    Gen<Optional<Ref<Actor>>> firsts = Generate.pick(List.of("state/pol", "state/ltu"))
        .map(id -> Ref.<Actor>of(id)).toOptionals(70);
    Gen<List<Ref<Actor>>> others = org.quicktheories.generators.SourceDSL.lists()
        .of(Generate.pick(List.of("state/pol", "state/ltu", "state/lva"))
            .map(id -> Ref.<Actor>of(id)))
        .ofSizeBetween(0, 3);
    qt().withExamples(EXAMPLES).forAll(Generators.attributions(), firsts, others)
        .checkAssert((attribution, first, joint) -> {
          boolean valid = joint.isEmpty() || first.isPresent() && !joint.contains(first.get())
              && joint.stream().distinct().count() == joint.size();
          assertValidIff(valid, () -> Attribution.builder().from(attribution)
              .assertedBy(first).alsoAssertedBy(joint).build());
        });
  }

  @Test
  void aClaimKeepsItsValueAndAttribution() {
    qt().withExamples(EXAMPLES).forAll(Generators.claims(Generators.uncertainCounts()))
        .checkAssert(claim -> assertThat(Claim.of(claim.value(), claim.attribution()))
            .isEqualTo(ImmutableClaim.copyOf(claim).withId(Optional.empty())
                .withSupersedes(Optional.empty())));
  }

  @Test
  void aClaimIsAcceptedIffItDoesNotSupersedeItself() {
    Gen<Optional<EntityId>> ids = Generate.pick(List.of("claim/a", "claim/b"))
        .map(EntityId::of).toOptionals(70);
    qt().withExamples(EXAMPLES).forAll(Generators.claims(Generators.uncertainCounts()), ids, ids)
        .checkAssert((claim, id, supersedes) -> {
          boolean valid = id.isEmpty() || !id.equals(supersedes);
          InvalidDataException e = assertValidIff(valid, () -> Claim.<UncertainCount>builder()
              .from(claim).id(id).supersedes(supersedes).build());
          if (e != null) {
            assertThat(e.path()).isEqualTo("supersedes");
            assertThat(e.getMessage()).contains(id.get().value());
          }
        });
  }

  /**
   * @param acyclic whether a claim may supersede only a claim before it, so that no loop forms
   * @return lists of up to eight claims, {@code claim/c-<index>} for those with an id, each
   *     superseding the id of another claim of the list or nothing
   */
  private static Gen<List<Claim<UncertainCount>>> supersedingClaims(boolean acyclic) {
    Gen<Claim<UncertainCount>> claims = Generators.claims(Generators.uncertainCounts());
    return in -> {
      int size = integers().between(0, 8).generate(in);
      List<Boolean> hasId = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        hasId.add(integers().between(0, 9).generate(in) > 0);
      }
      List<Claim<UncertainCount>> list = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        int target = integers().between(-1, acyclic ? i - 1 : size - 1).generate(in);
        Optional<EntityId> supersedes = target >= 0 && target != i && hasId.get(target)
            ? Optional.of(EntityId.of("claim/c-" + target)) : Optional.empty();
        Claim<UncertainCount> claim = claims.generate(in);
        list.add(Claim.<UncertainCount>builder().value(claim.value())
            .attribution(claim.attribution())
            .id(hasId.get(i) ? Optional.of(EntityId.of("claim/c-" + i)) : Optional.empty())
            .supersedes(supersedes).build());
      }
      return list;
    };
  }

  /** @return the claims that no claim supersedes, found the slow and obvious way */
  private static List<Claim<UncertainCount>> notSuperseded(List<Claim<UncertainCount>> claims) {
    List<EntityId> superseded = new ArrayList<>();
    claims.forEach(c -> c.supersedes().ifPresent(superseded::add));
    List<Claim<UncertainCount>> current = new ArrayList<>();
    for (Claim<UncertainCount> c : claims) {
      if (c.id().isEmpty() || !superseded.contains(c.id().get())) {
        current.add(c);
      }
    }
    return current;
  }

  /** @return whether following {@code supersedes} from {@code claims[i]} comes back to it */
  private static boolean inLoop(List<Claim<UncertainCount>> claims, int i) {
    Optional<EntityId> at = claims.get(i).supersedes();
    for (int step = 0; step < claims.size() && at.isPresent(); step++) {
      if (at.equals(claims.get(i).id())) {
        return true;
      }
      EntityId id = at.get();
      at = claims.stream().filter(c -> c.id().equals(Optional.of(id))).findFirst()
          .flatMap(Claim::supersedes);
    }
    return false;
  }

  @Test
  void claimsSupersedingEarlierOnesAreAcceptedAndTheCurrentAreThoseNothingSupersedes() {
    qt().withExamples(EXAMPLES).forAll(supersedingClaims(true)).checkAssert(claims -> {
      Claim.checkSupersession(claims, "claims");
      assertThat(Claim.current(claims)).containsExactlyElementsOf(notSuperseded(claims));
      if (!claims.isEmpty()) {
        assertThat(Claim.current(claims)).isNotEmpty();
      }
    });
  }

  @Test
  void claimsAreAcceptedIffTheirSupersessionDoesNotLoop() {
    qt().withExamples(EXAMPLES).forAll(supersedingClaims(false)).checkAssert(claims -> {
      int first = 0;
      while (first < claims.size() && !inLoop(claims, first)) {
        first++;
      }
      boolean loops = first < claims.size();
      InvalidDataException e =
          assertValidIff(!loops, () -> Claim.checkSupersession(claims, "claims"));
      if (e != null) {
        // the loop is named from its claim that comes first in the list; it has at most eight
        List<String> loop = new ArrayList<>();
        Claim<UncertainCount> at = claims.get(first);
        do {
          loop.add(at.id().orElseThrow().value());
          EntityId next = at.supersedes().orElseThrow();
          at = claims.stream().filter(c -> c.id().equals(Optional.of(next))).findFirst()
              .orElseThrow();
        } while (at != claims.get(first));
        loop.add(loop.get(0));
        assertThat(e.path()).isEqualTo("claims[" + first + "].supersedes");
        assertThat(e.getMessage()).isEqualTo(
            e.path() + ": must not form a loop: " + String.join(" -> ", loop));
      } else {
        assertThat(Claim.current(claims)).containsExactlyElementsOf(notSuperseded(claims));
      }
    });
  }
}
