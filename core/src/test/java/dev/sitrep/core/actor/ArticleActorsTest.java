package dev.sitrep.core.actor;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every actor that facts.md says the article names can be built, and found by its names. */
class ArticleActorsTest {
  private static final State BELARUS = StateCatalogue.get("Belarus");
  private static final State RUSSIA = StateCatalogue.get("Russia");
  private static final State POLAND = StateCatalogue.get("Poland");
  private static final State UKRAINE = StateCatalogue.get("Ukraine");
  private static final State LITHUANIA = StateCatalogue.get("Lithuania");
  private static final State UNITED_STATES = StateCatalogue.get("United States");

  private static Person person(String slug, String name, Name... otherNames) {
    return Person.builder().id(EntityId.of("person/" + slug)).name(name)
        .addOtherNames(otherNames).build();
  }

  private static Organization organization(String slug, String name, OrganizationKind kind) {
    return Organization.builder().id(EntityId.of("organization/" + slug)).name(name).kind(kind)
        .build();
  }

  private static Collective collective(String slug, String name, State of) {
    return Collective.builder().id(EntityId.of("collective/" + slug)).name(name)
        .affiliation(Ref.to(of)).build();
  }

  @Test
  void everyActorTheArticleNamesCanBeBuiltAndFound() {
    Organization nato = Organization.builder().from(
        organization("nato", "NATO", OrganizationKind.ALLIANCE))
        .addOtherNames(Name.of("North Atlantic Treaty Organization", "en", "Latn"))
        .addExternalIds(ExternalId.wikidata("Q7184")).build();
    Organization eu = Organization.builder().from(
        organization("eu", "European Union", OrganizationKind.SUPRANATIONAL_UNION))
        .addOtherNames(Name.of("EU")).build();
    Organization sejm = Organization.builder().from(
        organization("polish-parliament", "Polish parliament", OrganizationKind.LEGISLATURE))
        .state(Ref.to(POLAND)).build();
    Organization russianMilitary = Organization.builder().from(
        organization("russian-military", "Russian military", OrganizationKind.ARMED_FORCES))
        .state(Ref.to(RUSSIA)).build();
    Person putin = person("vladimir-putin", "Vladimir Putin",
        Name.of("Владимир Путин", "ru", "Cyrl"));
    Person trump = person("donald-trump", "Donald Trump");
    Person tusk = person("donald-tusk", "Donald Tusk");
    Person lukashenka = ActorTest.lukashenka();
    Person liubakova = person("hanna-liubakova", "Hanna Liubakova",
        Name.of("Ганна Любакова", "be", "Cyrl"));
    Collective polishOfficials =
        collective("polish-military-officials", "Polish military officials", POLAND);
    Collective minskOfficials = collective("officials-in-minsk", "officials in Minsk", BELARUS);
    Collective enterprises = Collective.builder().from(
        collective("belarusian-state-enterprises", "Belarusian state enterprises", BELARUS))
        .kind(OrganizationKind.STATE_ENTERPRISE)
        .size(UncertainCount.almost(300).withPhrase("Almost 300")).build();

    List<Actor> actors = List.of(BELARUS, RUSSIA, POLAND, UKRAINE, LITHUANIA, UNITED_STATES, nato,
        eu, putin, trump, tusk, lukashenka, sejm, polishOfficials, minskOfficials,
        russianMilitary, enterprises, liubakova);
    assertThat(actors).extracting(Actor::id).doesNotHaveDuplicates();

    ActorDirectory directory = ActorDirectory.of(actors);
    Map<String, Actor> byName = Map.ofEntries(
        Map.entry("belarus", BELARUS), Map.entry("Russia", RUSSIA), Map.entry("poland", POLAND),
        Map.entry("Ukraine", UKRAINE), Map.entry("Lithuania", LITHUANIA),
        Map.entry("united states", UNITED_STATES), Map.entry("nato", nato),
        Map.entry("EU", eu), Map.entry("Путин", putin), Map.entry("trump", trump),
        Map.entry("tusk", tusk), Map.entry("Лукашенко", lukashenka),
        Map.entry("Polish parliament", sejm),
        Map.entry("polish military officials", polishOfficials),
        Map.entry("Officials in Minsk", minskOfficials),
        Map.entry("russian military", russianMilitary),
        Map.entry("Belarusian state enterprises", enterprises),
        Map.entry("Liubakova", liubakova));
    byName.forEach((query, actor) -> assertThat(directory.find(query)).as(query).first()
        .isEqualTo(actor));
  }

  @Test
  void theRelationsBetweenTheArticlesActorsCanBeBuilt() {
    Person tusk = person("donald-tusk", "Donald Tusk");
    Person putin = person("vladimir-putin", "Vladimir Putin");
    Person trump = person("donald-trump", "Donald Trump");
    Person lukashenka = ActorTest.lukashenka();
    List<Relation> relations = new ArrayList<>();
    relations.add(Office.builder().id(EntityId.of("office/pol-prime-minister"))
        .holder(Ref.to(tusk)).title("Prime Minister").of(Ref.to(POLAND)).build());
    relations.add(Office.builder().id(EntityId.of("office/rus-president"))
        .holder(Ref.to(putin)).title("President").of(Ref.to(RUSSIA)).build());
    relations.add(Office.builder().id(EntityId.of("office/usa-president"))
        .holder(Ref.to(trump)).title("President").of(Ref.to(UNITED_STATES)).build());
    relations.add(Membership.builder().id(EntityId.of("membership/pol-nato"))
        .member(Ref.to(POLAND)).organization(Ref.of("organization/nato"))
        .period(Period.from(TimePoint.year(1999))).build());
    relations.add(Membership.builder().id(EntityId.of("membership/ltu-eu"))
        .member(Ref.to(LITHUANIA)).organization(Ref.of("organization/eu")).build());
    relations.add(ActorRelation.builder().id(EntityId.of("relation/blr-hosts-rus"))
        .subject(Ref.to(BELARUS)).kind(RelationKind.HOSTS_FORCES_OF).to(Ref.to(RUSSIA)).build());
    relations.add(ActorRelation.builder().id(EntityId.of("relation/enterprises-supply-rus"))
        .subject(Ref.of("collective/belarusian-state-enterprises"))
        .kind(RelationKind.SUPPLIES_WEAPONS_TO).to(Ref.of("organization/russian-military"))
        .build());
    relations.add(ActorRelation.builder().id(EntityId.of("relation/lukashenka-depends-on-kremlin"))
        .subject(Ref.to(lukashenka)).kind(RelationKind.DEPENDS_ON).to(Ref.to(RUSSIA))
        .period(Period.builder().start(TimePoint.year(2020)).phrase("ever since 2020").build())
        .build());
    assertThat(relations).hasSize(8).extracting(Relation::id).doesNotHaveDuplicates();
  }
}
