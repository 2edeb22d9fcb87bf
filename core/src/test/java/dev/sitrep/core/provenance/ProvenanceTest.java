package dev.sitrep.core.provenance;

import static dev.sitrep.core.testing.Validity.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.TimePoint;
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
}
