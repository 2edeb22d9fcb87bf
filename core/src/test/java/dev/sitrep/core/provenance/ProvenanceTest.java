package dev.sitrep.core.provenance;

import static dev.sitrep.core.testing.Validity.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.airspace.Intrusion;
import dev.sitrep.core.airspace.PlatformKind;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.TimePoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples: the article and its photograph as sources; attributions, claims and quotes. */
class ProvenanceTest {
  private static final String ARTICLE_URL =
      "https://www.atlanticcouncil.org/blogs/ukrainealert/zapad-2025/";

  private static Source article() {
    return Source.builder()
        .id(EntityId.of("source/atlantic-council/zapad-2025"))
        .kind(SourceKind.ARTICLE)
        .title("Zapad 2025: Russia and Belarus hold joint military exercises")
        .publisher("Atlantic Council")
        .addAuthors("Hanna Liubakova")
        .published(TimePoint.month(2025, 9))
        .url(ARTICLE_URL)
        .build();
  }

  @Test
  void theArticleAndItsPhotographAreSources() {
    Source article = article();
    assertThat(article.authors()).containsExactly("Hanna Liubakova");
    assertThat(article.published()).contains(TimePoint.parse("2025-09"));
    Source photograph = Source.builder().id(EntityId.of("source/reuters/zapad-2021-photo"))
        .kind(SourceKind.PHOTOGRAPH)
        .title("Russian paratroopers board Il-76 transport aircraft during Zapad-2021")
        .publisher("Reuters").addAuthors("Vitaly Nevar").published(TimePoint.day(2021, 9, 13))
        .build();
    assertThat(photograph.url()).isEmpty();
    assertThat(SourceKind.of("podcast").code()).isEqualTo("podcast");
  }

  @Test
  void severalActorsMayAssertSomethingJointly() {
    var joint = Attribution.builder().source(Ref.to(article())).hedge(Hedge.STATED)
        .assertedBy(Ref.of("person/donald-tusk")).addAlsoAssertedBy(Ref.of("person/gitanas-nauseda"));
    assertThat(joint.build().alsoAssertedBy()).extracting(r -> r.id().toString())
        .containsExactly("person/gitanas-nauseda");
    assertRejected(() -> Attribution.builder().source(Ref.to(article())).hedge(Hedge.STATED)
        .addAlsoAssertedBy(Ref.of("person/gitanas-nauseda")).build(), "alsoAssertedBy",
        "must come with assertedBy");
    assertRejected(() -> joint.addAlsoAssertedBy(Ref.of("person/donald-tusk")).build(),
        "alsoAssertedBy[1]", "must not repeat assertedBy (person/donald-tusk)");
  }

  @Test
  void aSourceIsRejectedForABadUrlOrBlankText() {
    assertRejected(() -> Source.builder().from(article()).url("ftp://example.org/a").build(),
        "url", "'ftp://example.org/a'");
    assertRejected(() -> Source.builder().from(article()).title("  ").build(), "title", "blank");
    assertRejected(() -> Source.builder().from(article()).publisher("").build(), "publisher",
        "blank");
    assertRejected(() -> Source.builder().from(article()).addAuthors(" ").build(), "authors[1]",
        "blank");
    assertRejected(() -> Source.builder().build(), "", "id", "kind");
    assertRejected(() -> Source.builder().addAuthor(null), "authors", "must not contain null");
  }

  @Test
  void anAttributionSaysWhoAssertsItHowFirmly() {
    Ref<Source> source = Ref.to(article());
    Attribution reportedly = Attribution.of(source, Hedge.REPORTED);
    assertThat(reportedly.assertedBy()).isEmpty();
    Attribution officials = Attribution.builder().source(source).hedge(Hedge.DECLARED)
        .assertedByDescription("officials in Minsk")
        .assertedBy(Ref.<Actor>to(StateCatalogue.get("BY")))
        .date(TimePoint.day(2025, 9, 10)).build();
    assertThat(officials.assertedBy().orElseThrow().id().value()).isEqualTo("state/blr");
    assertThat(officials.assertedByDescription()).hasValue("officials in Minsk");
    assertRejected(() -> Attribution.builder().from(officials).assertedByDescription("\t").build(),
        "assertedByDescription", "blank");
    assertRejected(() -> Attribution.builder().build(), "", "source", "hedge");
  }

  @Test
  void sourcesThatDisagreeEachGetAClaim() {
    Ref<Source> source = Ref.to(article());
    Claim<UncertainCount> declared = Claim.of(UncertainCount.exactly(6_850),
        Attribution.builder().source(source).hedge(Hedge.DECLARED)
            .assertedBy(Ref.<Actor>to(StateCatalogue.get("BY"))).build());
    Claim<UncertainCount> claimed = Claim.of(UncertainCount.about(100_000),
        Attribution.builder().source(source).hedge(Hedge.CLAIMED)
            .assertedBy(Ref.<Actor>to(StateCatalogue.get("RU"))).build());
    assertThat(declared).isNotEqualTo(claimed);
    assertThat(declared.value().reaches(10_000)).isNotEqualTo(claimed.value().reaches(10_000));
    assertRejected(() -> Claim.of(null, declared.attribution()), "value", "must not be null");
  }

  @Test
  void aQuoteHasWordsALanguageAndWhoSaidThem() {
    Quote tusk = Quote.builder()
        .text("the closest we have been to open conflict since World War II")
        .language("en")
        .attribution(Attribution.builder().source(Ref.to(article())).hedge(Hedge.CONFIRMED)
            .assertedBy(Ref.<Actor>of("person/donald-tusk")).build())
        .build();
    assertThat(tusk.language()).hasValue("en");
    for (String language : new String[] {"english", "EN", "en_GB", "e", "en-"}) {
      assertRejected(() -> Quote.builder().from(tusk).language(language).build(), "language",
          "'" + language + "'");
    }
    assertRejected(() -> Quote.builder().from(tusk).text("").build(), "text", "blank");
  }

  /** A claim that the drones came from Russia, with an id and what it supersedes, if anything. */
  private static Claim<Ref<State>> origin(String id, String supersedes) {
    ImmutableClaim.Builder<Ref<State>> claim = Claim.<Ref<State>>builder()
        .value(Ref.of("state/rus")).attribution(Attribution.of(Ref.to(article()), Hedge.STATED));
    if (id != null) {
      claim.id(EntityId.of(id));
    }
    if (supersedes != null) {
      claim.supersedes(EntityId.of(supersedes));
    }
    return claim.build();
  }

  private static Intrusion drones(List<Claim<Ref<State>>> origin) {
    return Intrusion.builder().platform(PlatformKind.DRONE).count(UncertainCount.unknown())
        .origin(origin).build();
  }

  /** Claims {@code claim/n-0} to {@code claim/n-<size - 1>}, each superseding the one before. */
  private static List<Claim<Ref<State>>> chain(int size) {
    List<Claim<Ref<State>>> claims = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      claims.add(origin("claim/n-" + i, i == 0 ? null : "claim/n-" + (i - 1)));
    }
    return claims;
  }

  @Test
  void aClaimCannotSupersedeItself() {
    assertRejected(() -> origin("claim/a", "claim/a"), "supersedes",
        "must not be the claim itself (claim/a)");
  }

  @Test
  void claimsThatSupersedeEachOtherAreRefusedAsALoop() {
    assertThat(catchThrowable(() -> drones(List.of(origin("claim/a", "claim/b"),
        origin("claim/b", "claim/a")))))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("origin[0].supersedes: must not form a loop: claim/a -> claim/b -> claim/a");
  }

  @Test
  void aLongerLoopIsRefusedAtItsFirstClaim() {
    // the first claim leads into the loop, and is not part of it
    List<Claim<Ref<State>>> claims = List.of(origin("claim/later", "claim/b"),
        origin("claim/a", "claim/b"), origin("claim/b", "claim/c"), origin("claim/c", "claim/a"));
    assertThat(catchThrowable(() -> Claim.checkSupersession(claims, "claims")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("claims[1].supersedes: must not form a loop: "
            + "claim/a -> claim/b -> claim/c -> claim/a");
    assertRejected(() -> drones(claims), "origin[1].supersedes", "must not form a loop");
  }

  @Test
  void twoClaimsCanSupersedeTheSameClaim() {
    Claim<Ref<State>> first = origin("claim/first", null);
    Claim<Ref<State>> second = origin("claim/second", "claim/first");
    Claim<Ref<State>> third = origin(null, "claim/first");
    Intrusion intrusion = drones(List.of(first, second, third));
    assertThat(Claim.current(intrusion.origin())).containsExactly(second, third);
  }

  @Test
  void aRepeatedIdOrASupersedesNamingNoClaimIsRefusedAtTheFirstInTheList() {
    Claim<Ref<State>> a = origin("claim/a", null);
    Claim<Ref<State>> b = origin("claim/b", "claim/a");
    Claim<Ref<State>> none = origin(null, "claim/none");
    assertThat(catchThrowable(() -> Claim.checkSupersession(List.of(a, b, none, b), "claims")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("claims[1].id: must be unique among the claims, was claim/b");
    assertThat(catchThrowable(() -> Claim.checkSupersession(List.of(a, none, b, b), "claims")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("claims[1].supersedes: must name the id of another claim, was claim/none");
  }

  @Test
  void aLongChainOfSupersessionIsAccepted() {
    // no timing here (JMH measures speed); this only has to finish, which it would not soon if
    // the check were quadratic
    List<Claim<Ref<State>>> claims = chain(100_000);
    Claim.checkSupersession(claims, "origin");
    assertThat(drones(claims).origin()).hasSize(100_000);
    assertThat(Claim.current(claims)).containsExactly(claims.get(99_999));
  }

  @Test
  void aLongLoopIsRefusedWithAShortMessage() {
    List<Claim<Ref<State>>> claims = chain(100_000);
    claims.set(0, origin("claim/n-0", "claim/n-99999"));
    assertThat(catchThrowable(() -> drones(claims)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("origin[0].supersedes: must not form a loop: claim/n-0 -> claim/n-99999 -> "
            + "claim/n-99998 -> claim/n-99997 -> claim/n-99996 -> claim/n-99995 -> "
            + "claim/n-99994 -> claim/n-99993 -> claim/n-99992 -> claim/n-99991 -> \u2026");
  }

  @Test
  void aLoopOfTenIsNamedInFullAndOneOfElevenCutShort() {
    List<Claim<Ref<State>>> ten = chain(10);
    ten.set(0, origin("claim/n-0", "claim/n-9"));
    assertRejected(() -> Claim.checkSupersession(ten, "claims"), "claims[0].supersedes",
        "claim/n-0 -> claim/n-9 -> claim/n-8 -> claim/n-7 -> claim/n-6 -> claim/n-5 -> "
            + "claim/n-4 -> claim/n-3 -> claim/n-2 -> claim/n-1 -> claim/n-0");
    List<Claim<Ref<State>>> eleven = chain(11);
    eleven.set(0, origin("claim/n-0", "claim/n-10"));
    assertRejected(() -> Claim.checkSupersession(eleven, "claims"), "claims[0].supersedes",
        "claim/n-0 -> claim/n-10 -> claim/n-9 -> claim/n-8 -> claim/n-7 -> claim/n-6 -> "
            + "claim/n-5 -> claim/n-4 -> claim/n-3 -> claim/n-2 -> \u2026");
  }
}
