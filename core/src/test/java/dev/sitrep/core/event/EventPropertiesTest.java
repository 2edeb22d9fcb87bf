package dev.sitrep.core.event;

import static dev.sitrep.core.testing.Validity.assertValidIff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Quote;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.testing.Arbitrary;
import dev.sitrep.core.testing.Generators;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of every kind of event: no link to itself, no actor twice in one role, text that is
 * not blank; and the rules of statements, border closures, warnings and general events.
 */
class EventPropertiesTest {
  private static final int EXAMPLES = 100;

  /**
   * Calls {@code with<attribute>(value)} on an event of any kind, as its generated class has it,
   * and rethrows what the method throws.
   */
  private static Event with(Event event, String attribute, Class<?> type, Object value) {
    try {
      return (Event) event.getClass().getMethod("with" + attribute, type).invoke(event, value);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The code rule, written out without a regular expression. */
  private static boolean isCode(String code) {
    return !code.isEmpty() && code.charAt(0) >= 'a' && code.charAt(0) <= 'z'
        && Arrays.stream(code.split("-", -1)).allMatch(word -> !word.isEmpty()
            && word.chars().allMatch(c -> c >= 'a' && c <= 'z' || c >= '0' && c <= '9'));
  }

  @Test
  void anImpactIsAcceptedIffItNamesDistinctPeopleNoMoreThanItsUpperBound() {
    Gen<List<Ref<Person>>> people = lists().of(Generate.pick(List.of(
        Ref.<Person>of("person/a"), Ref.<Person>of("person/b"), Ref.<Person>of("person/c"))))
        .ofSizeBetween(0, 4);
    qt().withExamples(EXAMPLES).forAll(Generators.impacts(), people).checkAssert((i, named) -> {
      boolean distinct = named.stream().distinct().count() == named.size();
      boolean fits = i.count().upper().isEmpty() || named.size() <= i.count().upper().getAsLong();
      InvalidDataException e = assertValidIff(distinct && fits,
          () -> ImmutableImpact.copyOf(i).withPeople(named));
      if (e != null) {
        assertThat(e.path()).isEqualTo("people");
        assertThat(e.getMessage()).contains(distinct ? "upper bound" : "must not repeat");
      }
    });
  }

  @Test
  void anEventIsAcceptedIffEachImpactClaimSupersedesOnlyOneOfItsKind() {
    Gen<Claim<Impact>> claims = in -> {
      int id = integers().between(0, 3).generate(in);
      return Claim.<Impact>builder()
          .value(Impact.of(Generate.pick(List.of(ImpactKind.KILLED, ImpactKind.INJURED))
              .generate(in), UncertainCount.some()))
          .attribution(Generators.attributions().generate(in))
          .id(EntityId.of("claim/" + id))
          .supersedes(integers().between(1, 3).map(d -> EntityId.of("claim/" + (id + d) % 4))
              .toOptionals(50).generate(in)) // never itself: that its own check refuses
          .build();
    };
    qt().withExamples(EXAMPLES)
        .forAll(Generators.events(), lists().of(claims).ofSizeBetween(0, 4))
        .checkAssert((event, impacts) -> {
          Map<EntityId, Claim<Impact>> byId = new HashMap<>();
          impacts.forEach(c -> byId.putIfAbsent(c.id().get(), c));
          boolean wellFormed = byId.size() == impacts.size() && impacts.stream().allMatch(c ->
              c.supersedes().map(byId::containsKey).orElse(true));
          boolean noLoop = wellFormed && impacts.stream().allMatch(c -> {
            Set<EntityId> seen = new HashSet<>();
            for (Claim<Impact> at = c; at.supersedes().isPresent();
                at = byId.get(at.supersedes().get())) {
              if (!seen.add(at.id().get())) {
                return false;
              }
            }
            return true;
          });
          boolean sameKind = wellFormed && impacts.stream().allMatch(c -> c.supersedes()
              .map(s -> byId.get(s).value().kind().equals(c.value().kind())).orElse(true));
          assertValidIff(wellFormed && noLoop && sameKind,
              () -> with(event, "Impacts", Iterable.class, impacts));
        });
  }

  @Test
  void anEventIsAcceptedIffItsSuspicionsSupersedeWithoutRepeatNorLoop() {
    Gen<Suspicion> suspicions = in -> {
      int id = integers().between(0, 3).generate(in);
      return Suspicion.builder().thing(Ref.of("vessel/eagle-s"))
          .attribution(Generators.attributions().generate(in))
          .id(EntityId.of("suspicion/" + id))
          .supersedes(integers().between(0, 3).map(s -> EntityId.of("suspicion/" + s))
              .toOptionals(50).generate(in))
          .build();
    };
    qt().withExamples(EXAMPLES)
        .forAll(Generators.events(), lists().of(suspicions).ofSizeBetween(0, 4))
        .checkAssert((event, list) -> {
          Map<EntityId, Suspicion> byId = new HashMap<>();
          list.forEach(x -> byId.putIfAbsent(x.id().get(), x));
          boolean wellFormed = byId.size() == list.size() && list.stream().allMatch(x ->
              x.supersedes().map(byId::containsKey).orElse(true));
          boolean noLoop = wellFormed && list.stream().allMatch(x -> {
            Set<EntityId> seen = new HashSet<>();
            for (Suspicion at = x; at.supersedes().isPresent();
                at = byId.get(at.supersedes().get())) {
              if (!seen.add(at.id().get())) {
                return false;
              }
            }
            return true;
          });
          InvalidDataException e = assertValidIff(wellFormed && noLoop,
              () -> with(event, "Suspicions", Iterable.class, list));
          if (e != null) {
            assertThat(e.path()).startsWith("suspicions[");
          }
        });
  }

  @Test
  void aSuspicionIsAcceptedIffItNamesAThingOrAnActor() {
    Gen<Optional<Ref<dev.sitrep.core.thing.Thing>>> things =
        Generators.<dev.sitrep.core.thing.Thing>refs().toOptionals(50);
    Gen<Optional<Ref<Actor>>> actors = Generators.<Actor>refs().toOptionals(50);
    qt().withExamples(EXAMPLES).forAll(Generators.suspicions(), things, actors)
        .checkAssert((x, thing, actor) -> {
          InvalidDataException e = assertValidIff(thing.isPresent() || actor.isPresent(),
              () -> Suspicion.builder().from(x).thing(thing).actor(actor).build());
          if (e != null) {
            assertThat(e.path()).isEqualTo("thing");
            assertThat(e.getMessage()).contains("a suspicion names a thing or an actor");
          }
        });
  }

  @Test
  void anImpactIsAcceptedIffItNamesNoThingTwiceAndNoMoreThanItsCountAllows() {
    Gen<Ref<dev.sitrep.core.thing.Thing>> few = Generate.pick(List.of(
        Ref.of("infrastructure/estlink-2"), Ref.of("infrastructure/c-lion1"),
        Ref.of("vessel/eagle-s")));
    qt().withExamples(EXAMPLES)
        .forAll(Generators.impacts(), lists().of(few).ofSizeBetween(0, 4))
        .checkAssert((impact, things) -> {
          boolean distinct = new HashSet<>(things).size() == things.size();
          boolean counted = impact.count().upper().orElse(Long.MAX_VALUE) >= things.size();
          InvalidDataException e = assertValidIff(distinct && counted,
              () -> ImmutableImpact.copyOf(impact).withAffectedThings(things));
          if (e != null) {
            assertThat(e.path()).isEqualTo("affectedThings");
            assertThat(e.getMessage()).contains(distinct
                ? "more things than the count's upper bound (" + things.size() + " named, upper="
                    + impact.count().upper().getAsLong() + ")"
                : "must not repeat a thing");
          }
        });
  }

  @Test
  void anEventIsAcceptedIffNoLinkPointsAtItself() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.events(), Generators.eventLinks(), integers().between(0, 3),
            Generate.booleans())
        .checkAssert((event, link, at, toItself) -> {
          EventLink added = toItself
              ? ImmutableEventLink.copyOf(link).withTarget(Ref.of(event.id())) : link;
          List<EventLink> links = new ArrayList<>(event.links());
          int index = Math.min(at, links.size());
          links.add(index, added);
          boolean valid = !added.target().id().equals(event.id());
          InvalidDataException e =
              assertValidIff(valid, () -> with(event, "Links", Iterable.class, links));
          if (e != null) {
            assertThat(e.path()).isEqualTo("links[" + index + "].target");
            assertThat(e.getMessage()).contains(event.id().value());
          }
        });
  }

  @Test
  void anEventIsAcceptedIffNoActorTakesPartTwiceInOneRole() {
    Gen<Participant> fewParticipants = Generate.pick(List.<Ref<Actor>>of(Ref.of("state/blr"),
            Ref.of("state/rus"), Ref.of("person/x")))
        .zip(Generate.pick(List.of(ParticipantRole.HOST, ParticipantRole.PARTICIPANT,
            ParticipantRole.of("militia"))), Participant::of);
    qt().withExamples(EXAMPLES)
        .forAll(Generators.events(), lists().of(fewParticipants).ofSizeBetween(0, 5))
        .checkAssert((event, participants) -> {
          int repeated = -1;
          List<Participant> seen = new ArrayList<>();
          for (int i = 0; i < participants.size() && repeated < 0; i++) {
            Participant p = participants.get(i);
            if (seen.stream().anyMatch(q -> q.actor().id().equals(p.actor().id())
                && q.role().equals(p.role()))) {
              repeated = i;
            }
            seen.add(p);
          }
          InvalidDataException e = assertValidIff(repeated < 0,
              () -> with(event, "Participants", Iterable.class, participants));
          if (e != null) {
            assertThat(e.path()).isEqualTo("participants[" + repeated + "]");
            assertThat(e.getMessage()).contains(participants.get(repeated).actor().id().value(),
                participants.get(repeated).role().code());
          }
        });
  }

  @Test
  void titleAndDescriptionAreAcceptedIffNotBlank() {
    qt().withExamples(EXAMPLES).forAll(Generators.events(), Arbitrary.blankishStrings())
        .checkAssert((event, text) -> {
          InvalidDataException e = assertValidIff(!Text.isBlank(text),
              () -> with(event, "Title", String.class, text));
          if (e != null) {
            assertThat(e.path()).isEqualTo("title");
          }
          e = assertValidIff(!Text.isBlank(text),
              () -> with(event, "Description", String.class, text));
          if (e != null) {
            assertThat(e.path()).isEqualTo("description");
          }
        });
  }

  @Test
  void aStatementIsAcceptedIffItHasAQuoteOrANonBlankSummary() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.statements(), Generators.quotes().toOptionals(50),
            Arbitrary.blankishStrings().toOptionals(50))
        .checkAssert((statement, quote, summary) -> {
          Optional<String> expected = quote.isEmpty() && summary.isEmpty() ? Optional.of("quote")
              : summary.filter(Text::isBlank).map(s -> "summary");
          InvalidDataException e = assertValidIff(expected.isEmpty(),
              () -> statement(statement, quote, summary));
          if (e != null) {
            assertThat(e.path()).isEqualTo(expected.get());
          }
        });
  }

  private static Statement statement(Statement s, Optional<Quote> quote, Optional<String> summary) {
    return Statement.builder().from((Event) s).speaker(s.speaker()).audience(s.audience())
        .venue(s.venue()).quote(quote).summary(summary).build();
  }

  @Test
  void aBorderClosureIsAcceptedIffItsNeighbourIsAnotherState() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.borderClosures(), Generate.pick(List.of(0, 1, 2)))
        .checkAssert((closure, which) -> {
          Ref<State> closing = closure.closingState();
          Ref<State> other = Ref.of(closing.id().value().equals("state/pol") ? "state/ltu"
              : "state/pol");
          Ref<State> neighbour = List.of(closing, closure.neighbour(), other).get(which);
          InvalidDataException e = assertValidIff(!neighbour.equals(closing),
              () -> ImmutableBorderClosure.copyOf(closure).withNeighbour(neighbour));
          if (e != null) {
            assertThat(e.path()).isEqualTo("neighbour");
            assertThat(e.getMessage()).contains(closing.id().value());
          }
          assertValidIff(false, () -> ImmutableBorderClosure.copyOf(closure)
              .withClosingState(closure.neighbour()));
        });
  }

  @Test
  void aBorderClosuresCrossingsAndReasonAreAcceptedIffNotBlank() {
    qt().withExamples(EXAMPLES).forAll(Generators.borderClosures(), Arbitrary.blankishStrings())
        .checkAssert((closure, text) -> {
          InvalidDataException e = assertValidIff(!Text.isBlank(text),
              () -> BorderClosure.builder().from(closure).addCrossing(text).build());
          if (e != null) {
            assertThat(e.path()).isEqualTo("crossings[" + closure.crossings().size() + "]");
          }
          e = assertValidIff(!Text.isBlank(text),
              () -> ImmutableBorderClosure.copyOf(closure).withReason(text));
          if (e != null) {
            assertThat(e.path()).isEqualTo("reason");
          }
        });
  }

  @Test
  void aWarningCopiedByItsBuilderIsEqualAndStillChecked() {
    qt().withExamples(EXAMPLES).forAll(Generators.warnings()).checkAssert(warning -> {
      assertThat(Warning.builder().from(warning).build()).isEqualTo(warning);
      InvalidDataException e = assertValidIff(false,
          () -> Warning.builder().from(warning).to(warning.by()).build());
      assertThat(e.path()).isEqualTo("to");
    });
  }

  @Test
  void aWarningIsAcceptedIffItGoesToAnotherActorAboutSomething() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.warnings(), Generators.<Actor>refs(), Generate.booleans(),
            Arbitrary.blankishStrings())
        .checkAssert((warning, other, toItself, about) -> {
          Ref<Actor> to = toItself ? Ref.of(warning.by().id()) : other;
          InvalidDataException e = assertValidIff(!to.id().equals(warning.by().id()),
              () -> ImmutableWarning.copyOf(warning).withTo(to));
          if (e != null) {
            assertThat(e.path()).isEqualTo("to");
            assertThat(e.getMessage()).contains(warning.by().id().value());
          }
          e = assertValidIff(!Text.isBlank(about),
              () -> ImmutableWarning.copyOf(warning).withAbout(about));
          if (e != null) {
            assertThat(e.path()).isEqualTo("about");
          }
        });
  }

  @Test
  void aGeneralEventsModeIsAcceptedIffLowercaseKebabCase() {
    Gen<String> modes = Generate.oneOf(Arbitrary.stringsOf("az09-", 0, 10),
        Arbitrary.stringsOf("azAZ-_ ", 0, 6), Arbitrary.anyStrings());
    qt().withExamples(EXAMPLES).forAll(Generators.generalEvents(), modes)
        .checkAssert((event, mode) -> {
          InvalidDataException e = assertValidIff(isCode(mode),
              () -> ImmutableGeneralEvent.copyOf(event).withMode(mode));
          if (e != null) {
            assertThat(e.path()).isEqualTo("mode");
            assertThat(e.getMessage()).contains("'" + mode + "'");
          }
        });
  }

  @Test
  void aMeetingsTopicAndALinksDescriptionAreAcceptedIffNotBlank() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.meetings(), Generators.eventLinks(), Arbitrary.blankishStrings())
        .checkAssert((meeting, link, text) -> {
          InvalidDataException e = assertValidIff(!Text.isBlank(text),
              () -> ImmutableMeeting.copyOf(meeting).withTopic(text));
          if (e != null) {
            assertThat(e.path()).isEqualTo("topic");
          }
          e = assertValidIff(!Text.isBlank(text),
              () -> ImmutableEventLink.copyOf(link).withDescription(text));
          if (e != null) {
            assertThat(e.path()).isEqualTo("description");
          }
        });
  }

  @Test
  void everyGeneratedEventKeepsItsOwnRules() {
    qt().withExamples(EXAMPLES).forAll(Generators.events()).checkAssert(event -> {
      assertThat(event.links()).noneMatch(l -> l.target().id().equals(event.id()));
      Set<String> seen = new HashSet<>();
      assertThat(event.participants()).allMatch(p -> seen.add(p.actor().id() + " " + p.role()));
      assertThat(event.title()).isNotBlank();
    });
  }
}
