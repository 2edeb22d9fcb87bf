package dev.sitrep.core.actor;

import dev.sitrep.core.Code;
import static dev.sitrep.core.testing.Validity.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.quantity.Answer;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Examples: states, persons, organizations, collectives, and the relations between them. */
class ActorTest {
  private static final State BELARUS = StateCatalogue.get("BY");
  private static final State POLAND = StateCatalogue.get("PL");

  static Person lukashenka() {
    return Person.builder()
        .id(EntityId.of("person/alyaksandr-lukashenka"))
        .name("Alyaksandr Lukashenka")
        .addOtherNames(
            Name.of("Alexander Lukashenko", "en", "Latn"),
            Name.of("Аляксандр Лукашэнка", "be", "Cyrl"),
            Name.of("Александр Лукашенко", "ru", "Cyrl"),
            Name.of("Aliaksandr Lukašenka", "be", "Latn"))
        .addExternalIds(ExternalId.wikidata("Q39670"))
        .birthDate(TimePoint.day(1954, 8, 30))
        .build();
  }

  @Test
  void aStateIsBuiltFromMatchingIsoCodes() {
    State belarus = State.builder().id(EntityId.of("state/blr")).name("Belarus")
        .alpha2("BY").alpha3("BLR").build();
    assertThat(belarus.alpha2()).isEqualTo("BY");
    assertThat(belarus.alpha3()).isEqualTo("BLR");
  }

  @ParameterizedTest
  @ValueSource(strings = {"XX", "by", "BLR", "B", "", "ZZ"})
  void anUnknownOrInvalidAlpha2CodeIsRejectedNamingIt(String alpha2) {
    assertRejected(() -> State.builder().id(EntityId.of("state/x")).name("X").alpha2(alpha2)
        .alpha3("BLR").build(), "alpha2", "'" + alpha2 + "'");
  }

  @Test
  void theAlpha3CodeMustBeTheAlpha2CodesOwn() {
    assertRejected(() -> State.builder().id(EntityId.of("state/blr")).name("Belarus")
        .alpha2("BY").alpha3("RUS").build(), "alpha3", "'RUS'", "'BLR'", "BY");
    assertRejected(() -> State.builder().id(EntityId.of("state/blr")).name("Belarus")
        .alpha2("BY").alpha3("blr").build(), "alpha3", "'blr'");
  }

  @Test
  void theCatalogueFindsBelarusByEitherCodeOrByName() {
    for (String query : List.of("BY", "BLR", "belarus", "Belarus", "by", " BLR ")) {
      assertThat(StateCatalogue.find(query)).as(query).contains(BELARUS);
    }
    assertThat(BELARUS.id()).isEqualTo(EntityId.of("state/blr"));
    assertThat(BELARUS.name()).isEqualTo("Belarus");
    assertThat(BELARUS.externalIds())
        .containsExactlyInAnyOrder(ExternalId.iso3166("BY"), ExternalId.iso3166("BLR"));
    assertThat(StateCatalogue.get("Poland")).isEqualTo(POLAND);
    assertThat(StateCatalogue.get("cote d'ivoire").alpha2()).isEqualTo("CI");
  }

  @Test
  void theCatalogueKnowsNoAtlantis() {
    assertThat(StateCatalogue.find("Atlantis")).isEmpty();
    assertThat(StateCatalogue.find("XX")).isEmpty();
    assertRejected(() -> StateCatalogue.get("Atlantis"), "state", "'Atlantis'");
  }

  @Test
  void aPersonHasTransliterationsOfTheirName() {
    Person lukashenka = lukashenka();
    assertThat(lukashenka.otherNames()).extracting(Name::value).containsExactly(
        "Alexander Lukashenko", "Аляксандр Лукашэнка", "Александр Лукашенко",
        "Aliaksandr Lukašenka");
    assertThat(lukashenka.otherNames().get(1).language()).hasValue("be");
    assertThat(lukashenka.otherNames().get(1).script()).hasValue("Cyrl");
  }

  @Test
  void theDirectoryFindsAnActorByAnyNameIgnoringCaseAndDiacritics() {
    Person lukashenka = lukashenka();
    ActorDirectory directory = ActorDirectory.of(List.of(BELARUS, POLAND, lukashenka));
    for (String query : List.of("lukashenko", "Lukashenka", "LUKASHENKA", "Лукашэнка",
        "аляксандр лукашэнка", "Lukasenka", "Lukašenka", "Alexander Lukashénko", "Alexander Lukashenko")) {
      assertThat(directory.find(query)).as(query).containsExactly(lukashenka);
    }
    assertThat(directory.find("lukash")).as("part of a word").isEmpty();
    assertThat(directory.find("")).isEmpty();
    assertThat(directory.find("poland")).containsExactly(POLAND);
  }

  @Test
  void exactNamesComeBeforePartialOnes() {
    Collective officials = Collective.builder().id(EntityId.of("collective/officials-in-minsk"))
        .name("officials in Minsk").affiliation(Ref.to(BELARUS)).build();
    Organization city = Organization.builder().id(EntityId.of("organization/minsk"))
        .name("Minsk").kind(OrganizationKind.GOVERNMENT).state(Ref.to(BELARUS)).build();
    assertThat(ActorDirectory.of(List.of(officials, city)).find("minsk"))
        .containsExactly(city, officials);
  }

  @Test
  void organizationKindsAreAnOpenVocabulary() {
    Organization militia = Organization.builder().id(EntityId.of("organization/some-militia"))
        .name("Some militia").kind(OrganizationKind.of("militia")).build();
    assertThat(militia.kind().code()).isEqualTo("militia");
    assertThat(militia.kind()).isNotIn(Code.known(OrganizationKind.class));
    assertRejected(() -> Organization.builder().id(EntityId.of("organization/nato")).name("NATO")
        .kind(OrganizationKind.ALLIANCE).parent(Ref.of("organization/nato")).build(), "parent",
        "organization/nato");
  }

  @Test
  void almost300BelarusianStateEnterprises() {
    Collective enterprises = Collective.builder()
        .id(EntityId.of("collective/belarusian-state-enterprises"))
        .name("Belarusian state enterprises")
        .affiliation(Ref.to(BELARUS))
        .kind(OrganizationKind.STATE_ENTERPRISE)
        .size(UncertainCount.almost(300).withPhrase("Almost 300"))
        .build();
    assertThat(enterprises.size()).contains(UncertainCount.almost(300).withPhrase("Almost 300"));
    assertThat(enterprises.size().orElseThrow().upper()).hasValue(299);
    assertThat(enterprises.size().orElseThrow().reaches(301)).isEqualTo(Answer.NO);
    assertThat(enterprises.affiliation().orElseThrow().id().value()).isEqualTo("state/blr");
  }

  @Test
  void aRelationFromAnActorToItselfIsRejected() {
    assertRejected(() -> ActorRelation.builder().id(EntityId.of("relation/blr-hosts-blr"))
        .subject(Ref.to(BELARUS)).kind(RelationKind.HOSTS_FORCES_OF).to(Ref.to(BELARUS)).build(),
        "to", "state/blr");
    ActorRelation hosts = ActorRelation.builder().id(EntityId.of("relation/blr-hosts-rus"))
        .subject(Ref.to(BELARUS)).kind(RelationKind.HOSTS_FORCES_OF)
        .to(Ref.to(StateCatalogue.get("RU"))).build();
    assertThat(hosts.to().id().value()).isEqualTo("state/rus");
  }

  @Test
  void aRelationsBuilderCopiesARelationFromAnother() {
    ActorRelation hosts = ActorRelation.builder().id(EntityId.of("relation/blr-hosts-rus"))
        .subject(Ref.to(BELARUS)).kind(RelationKind.HOSTS_FORCES_OF)
        .to(Ref.to(StateCatalogue.get("RU"))).description("hosts Russian troops").build();
    ActorRelation reversed = ActorRelation.builder().from(hosts)
        .id(EntityId.of("relation/rus-hosts-blr")).subject(hosts.to()).to(hosts.subject())
        .build();
    assertThat(reversed.subject()).isEqualTo(hosts.to());
    assertThat(reversed.to()).isEqualTo(hosts.subject());
    assertThat(reversed.kind()).isEqualTo(hosts.kind());
    assertThat(reversed.description()).isEqualTo(hosts.description());
    assertRejected(() -> ActorRelation.builder().from(hosts).to(hosts.subject()).build(),
        "to", "state/blr");
  }

  @Test
  void anOfficeIsHeldByAPerson() {
    Person tusk = Person.builder().id(EntityId.of("person/donald-tusk")).name("Donald Tusk")
        .build();
    Office primeMinister = Office.builder().id(EntityId.of("office/pl-prime-minister"))
        .holder(Ref.to(tusk)).title("Prime Minister").of(Ref.to(POLAND)).build();
    Ref<Person> holder = primeMinister.holder();
    assertThat(holder.id()).isEqualTo(tusk.id());
    assertThat(primeMinister.of().id().value()).isEqualTo("state/pol");
    assertRejected(() -> Office.builder().from(primeMinister).title(" ").build(), "title", "blank");
    assertRejected(() -> Office.builder().from(primeMinister).of(Ref.of("person/donald-tusk"))
        .build(), "of", "person/donald-tusk");
  }

  @Test
  void polandHasBeenInNatoSince1999() {
    Membership membership = Membership.builder().id(EntityId.of("membership/pol-nato"))
        .member(Ref.to(POLAND)).organization(Ref.of("organization/nato"))
        .period(Period.from(TimePoint.year(1999))).build();
    Period period = membership.period().orElseThrow();
    assertThat(period.start()).isEqualTo(TimePoint.year(1999));
    assertThat(period.contains(TimePoint.parse("2025-09-10"))).isTrue();
    assertThat(period.contains(TimePoint.parse("1998"))).isFalse();
    assertRejected(() -> Membership.builder().from(membership)
        .period(Period.between(TimePoint.year(1999), TimePoint.year(1997))).build(),
        "end", "start=1999", "end=1997");
    assertRejected(() -> Membership.builder().from(membership)
        .organization(Ref.of("state/pol")).build(), "member", "state/pol");
  }

  @Test
  void aNameInALanguageAndScript() {
    Name name = Name.of("Аляксандр Лукашэнка", "be", "Cyrl");
    assertThat(name.value()).isEqualTo("Аляксандр Лукашэнка");
    assertRejected(() -> Name.of("Лукашэнка", "Belarusian", "Cyrl"), "language", "'Belarusian'");
    assertRejected(() -> Name.of("Лукашэнка", "be", "cyrl"), "script", "'cyrl'");
    assertRejected(() -> Name.of(" "), "value", "blank");
  }

  @Test
  void anActorWithoutANameOrIdIsRejected() {
    assertRejected(() -> Person.builder().id(EntityId.of("person/x")).name("\t").build(), "name",
        "blank");
    assertRejected(() -> Person.builder().build(), "", "id", "name");
    assertRejected(() -> Person.builder().name("Donald Tusk").build(), "id", "Person");
    assertRejected(() -> Collective.builder().id(EntityId.of("collective/x")).build(), "name",
        "Collective");
  }
}
