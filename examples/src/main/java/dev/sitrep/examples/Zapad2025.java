package dev.sitrep.examples;

import dev.sitrep.core.actor.Collective;
import dev.sitrep.core.actor.Name;
import dev.sitrep.core.actor.Office;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.geo.Airspace;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.Quote;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.provenance.SourceKind;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.TimePoint;
import dev.sitrep.io.SitrepJson;
import java.io.PrintStream;
import java.util.List;

/**
 * A first look at the Atlantic Council article on Zapad 2025 (in {@code shared/article/}), written
 * with sitrep's public API: the article as a source, some of the actors it names, and a few of its
 * hedged facts, printed as sitrep JSON.
 */
public final class Zapad2025 {
  /**
   * The article itself: the source every fact below is cited to. Its text gives no title, and
   * only the week of 8 September 2025 as its date: sitrep keeps the month.
   */
  static final Source ARTICLE = Source.builder()
      .id(EntityId.of("source/atlantic-council-zapad-2025"))
      .kind(SourceKind.ARTICLE)
      .publisher("Atlantic Council")
      .addAuthors("Hanna Liubakova")
      .published(TimePoint.month(2025, 9))
      .build();

  static final State BELARUS = StateCatalogue.get("BY");
  static final State POLAND = StateCatalogue.get("PL");

  /** Lukashenka, with the other spellings of his name the article's readers will meet. */
  static final Person LUKASHENKA = Person.builder()
      .id(EntityId.of("person/alyaksandr-lukashenka"))
      .name("Alyaksandr Lukashenka")
      .addOtherNames(Name.of("Alexander Lukashenko"),
          Name.of("Аляксандр Лукашэнка", "be", "Cyrl"),
          Name.of("Александр Лукашенко", "ru", "Cyrl"))
      .build();

  static final Person TUSK = Person.builder()
      .id(EntityId.of("person/donald-tusk"))
      .name("Donald Tusk")
      .build();

  /** "officials in Minsk", a group the article names only by description. */
  static final Collective OFFICIALS_IN_MINSK = Collective.builder()
      .id(EntityId.of("group/officials-in-minsk"))
      .name("officials in Minsk")
      .affiliation(Ref.to(BELARUS))
      .build();

  private Zapad2025() {}

  /** Prints the example's values as JSON. */
  public static void main(String[] args) {
    print(System.out);
  }

  static void print(PrintStream out) {
    SitrepJson json = SitrepJson.builder().pretty(true).build();
    // F08: "at least nineteen Russian drones penetrated Polish airspace", said plainly
    Claim<UncertainCount> drones = Claim.of(
        UncertainCount.atLeast(19).withPhrase("at least nineteen"),
        Attribution.of(Ref.to(ARTICLE), Hedge.STATED));
    // F12: Tusk to members of the Polish parliament
    Quote tusk = Quote.builder()
        .text("the closest we have been to open conflict since World War II")
        .attribution(Attribution.builder().source(Ref.to(ARTICLE)).assertedBy(Ref.to(TUSK))
            .hedge(Hedge.STATED).build())
        .build();
    Office primeMinister = Office.builder()
        .id(EntityId.of("office/tusk-prime-minister-of-poland"))
        .holder(Ref.to(TUSK)).title("Prime Minister").of(Ref.to(POLAND))
        .build();
    for (Object value : List.of(ARTICLE, BELARUS, LUKASHENKA, OFFICIALS_IN_MINSK, primeMinister,
        Airspace.of(Ref.to(POLAND), "EPWW"), drones.value(), tusk)) {
      out.println(json.write(value));
    }
    out.println("at least 19 drones reach 13? " + drones.value().reaches(13));
    out.println("at least 19 drones reach 25? " + drones.value().reaches(25));
  }
}
