package dev.sitrep.core.airspace;

import static dev.sitrep.core.testing.Validity.assertValidIff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.testing.Arbitrary;
import dev.sitrep.core.testing.Generators;
import dev.sitrep.core.quantity.Qualifier;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import dev.sitrep.core.time.UncertainDuration;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of airspace incidents: nothing comes from or through the violated state, no response
 * shoots down more than can have entered, consultations are not held before they are requested,
 * claims supersede only claims of their own list, and text is not blank.
 */
class AirspacePropertiesTest {
  private static final int EXAMPLES = 100;
  private static final Attribution STATED = Attribution.of(Ref.of("source/article"), Hedge.STATED);

  /** The most that can have entered, as exact arithmetic has it; empty when unbounded. */
  private static Optional<BigInteger> most(List<Intrusion> intrusions) {
    BigInteger sum = BigInteger.ZERO;
    for (Intrusion i : intrusions) {
      if (i.count().upper().isEmpty()) {
        return Optional.empty();
      }
      sum = sum.add(BigInteger.valueOf(i.count().upper().getAsLong()));
    }
    return Optional.of(sum);
  }

  /**
   * A count shot down whose lower bound is just below, at or above the most that can have
   * entered, or any count.
   */
  private static Gen<UncertainCount> shotDownNear(AirspaceIncident incident) {
    Optional<BigInteger> most = most(incident.intrusions());
    Gen<UncertainCount> any = Generators.uncertainCounts();
    if (most.isEmpty()) {
      return any;
    }
    Gen<UncertainCount> near = Generate.pick(List.of(-1L, 0L, 1L)).map(delta -> {
      BigInteger lower = most.get().add(BigInteger.valueOf(delta))
          .max(BigInteger.ZERO).min(BigInteger.valueOf(UncertainCount.MAX));
      return UncertainCount.atLeast(lower.longValueExact());
    });
    return Generate.oneOf(near, any);
  }

  @Test
  void aCountOfOccurrencesIsAcceptedIffItIsAtLeastOne() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.airspaceIncidents(), Generators.consequences(),
            Generators.uncertainCounts())
        .checkAssert((incident, consequence, occurrences) -> {
          boolean valid = occurrences.lower() >= 1;
          assertValidIff(valid, () -> ImmutableAirspaceIncident.copyOf(incident)
              .withOccurrences(occurrences));
          assertValidIff(valid, () -> ImmutableConsequence.copyOf(consequence)
              .withOccurrences(occurrences));
        });
  }

  @Test
  void anIntrusionIsAcceptedIffNoConductRepeats() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.intrusions(), lists().of(Generate.pick(List.of(
            FlightConduct.NO_FLIGHT_PLAN, FlightConduct.TRANSPONDER_OFF,
            FlightConduct.of("low-altitude")))).ofSizeBetween(0, 4))
        .checkAssert((intrusion, conduct) -> assertValidIff(
            new HashSet<>(conduct).size() == conduct.size(),
            () -> ImmutableIntrusion.copyOf(intrusion).withConduct(conduct)));
  }

  @Test
  void aResponseIsAcceptedIffWithTheOthersItShootsDownNoMoreThanCanHaveEntered() {
    Gen<Object[]> cases = in -> {
      AirspaceIncident incident = Generators.airspaceIncidents().generate(in);
      return new Object[] {incident, shotDownNear(incident).generate(in),
          Generate.oneOf(Generate.constant(ResponseAction.SHOT_DOWN),
              Generate.pick(List.of(ResponseAction.INTERCEPTED, ResponseAction.of("jammed"))))
              .generate(in)};
    };
    qt().withExamples(300).forAll(cases).checkAssert(c -> {
      AirspaceIncident incident = (AirspaceIncident) c[0];
      UncertainCount count = (UncertainCount) c[1];
      ResponseAction action = (ResponseAction) c[2];
      Response response = Response.builder().action(action).count(count).build();
      BigInteger shotBefore = incident.responses().stream()
          .filter(r -> r.action().equals(ResponseAction.SHOT_DOWN))
          .map(r -> BigInteger.valueOf(r.count().map(UncertainCount::lower).orElse(0L)))
          .reduce(BigInteger.ZERO, BigInteger::add);
      boolean valid = !action.equals(ResponseAction.SHOT_DOWN) || incident.intrusions().isEmpty()
          || most(incident.intrusions()).map(m -> shotBefore.add(BigInteger.valueOf(
              count.lower())).compareTo(m) <= 0).orElse(true);
      InvalidDataException e = assertValidIff(valid,
          () -> AirspaceIncident.builder().from(incident).addResponse(response).build());
      if (e != null) {
        assertThat(e.path()).isEqualTo("responses[" + incident.responses().size() + "].count");
        assertThat(e.getMessage())
            .contains("at least " + shotBefore.add(BigInteger.valueOf(count.lower())));
      }
    });
  }

  @Test
  void theMostThatEnteredIsTheSumOfTheUpperBoundsUpToLongMaxValue() {
    qt().withExamples(EXAMPLES).forAll(Generators.airspaceIncidents()).checkAssert(incident -> {
      OptionalLong expected = most(incident.intrusions())
          .map(m -> OptionalLong.of(m.min(BigInteger.valueOf(Long.MAX_VALUE)).longValueExact()))
          .orElse(OptionalLong.empty());
      assertThat(incident.mostThatEntered()).isEqualTo(expected);
    });
  }

  @Test
  void anIncidentIsAcceptedIffNothingComesFromOrThroughTheViolatedState() {
    Gen<Object[]> cases = in -> {
      AirspaceIncident incident = Generators.airspaceIncidents().generate(in);
      Ref<State> violated = incident.violatedState().orElse(Ref.of("state/pol"));
      Gen<Ref<State>> states = Generate.pick(List.of(violated, Ref.of("state/blr"),
          Ref.of("state/rus")));
      Gen<Intrusion> intrusions = i -> Intrusion.builder()
          .platform(PlatformKind.DRONE)
          .count(UncertainCount.some())
          .origin(lists().of(states.map(s -> Claim.of(s, STATED))).ofSizeBetween(0, 2)
              .generate(i))
          .transits(lists().of(states.map(s -> Transit.of(s))).ofSizeBetween(0, 2).generate(i))
          .build();
      return new Object[] {incident, lists().of(intrusions).ofSizeBetween(0, 3).generate(in)};
    };
    qt().withExamples(EXAMPLES).forAll(cases).checkAssert(c -> {
      AirspaceIncident incident = (AirspaceIncident) c[0];
      @SuppressWarnings("unchecked")
      List<Intrusion> intrusions = (List<Intrusion>) c[1];
      Set<String> violations = new HashSet<>();
      for (int i = 0; i < intrusions.size(); i++) {
        for (int j = 0; j < intrusions.get(i).origin().size(); j++) {
          if (intrusions.get(i).origin().get(j).value().equals(incident.violatedState().orElse(null))) {
            violations.add("intrusions[" + i + "].origin[" + j + "].value");
          }
        }
        for (int j = 0; j < intrusions.get(i).transits().size(); j++) {
          if (intrusions.get(i).transits().get(j).state().equals(incident.violatedState().orElse(null))) {
            violations.add("intrusions[" + i + "].transits[" + j + "].state");
          }
        }
      }
      InvalidDataException e = assertValidIff(violations.isEmpty(), () -> AirspaceIncident
          .builder().from(incident).intrusions(intrusions).responses(List.of()).build());
      if (e != null) {
        assertThat(e.path()).isIn(violations);
        assertThat(e.getMessage()).contains(incident.violatedState().get().id().value());
      }
    });
  }

  @Test
  void aConsultationIsAcceptedIffNotHeldBeforeItWasRequested() {
    qt().withExamples(300)
        .forAll(Generators.consultations(), Generators.timePoints(), Generators.timePoints())
        .checkAssert((consultation, requested, held) -> {
          boolean valid = !held.latest().isBefore(requested.earliest());
          InvalidDataException e = assertValidIff(valid, () -> Consultation.builder()
              .from(consultation).considered(Optional.empty()).declined(Optional.empty())
              .status(Optional.empty()).requested(requested).held(held).build());
          if (e != null) {
            assertThat(e.path()).isEqualTo("held");
            assertThat(e.getMessage()).contains("requested=" + requested, "held=" + held);
          }
        });
  }

  @Test
  void aConsultationIsAcceptedIffItsDatesAreInOrderAndOfStagesItReached() {
    Gen<List<Optional<TimePoint>>> dates = lists().of(Generators.timePoints().toOptionals(50))
        .ofSize(4);
    qt().withExamples(300)
        .forAll(Generators.consultations(),
            Generate.enumValues(ConsultationStatus.class).toOptionals(50), dates)
        .checkAssert((consultation, status, d) -> {
          Optional<TimePoint> considered = d.get(0);
          Optional<TimePoint> requested = d.get(1);
          Optional<TimePoint> held = d.get(2);
          Optional<TimePoint> declined = d.get(3);
          ConsultationStatus stage = status.orElse(held.isPresent() ? ConsultationStatus.HELD
              : declined.isPresent() ? ConsultationStatus.DECLINED
              : requested.isEmpty() && considered.isPresent() ? ConsultationStatus.CONSIDERED
              : ConsultationStatus.REQUESTED);
          boolean inOrder = notBefore(considered, requested) && notBefore(considered, held)
              && notBefore(considered, declined) && notBefore(requested, held)
              && notBefore(requested, declined);
          boolean valid = (held.isEmpty() || declined.isEmpty()) && inOrder
              && (stage == ConsultationStatus.HELD || held.isEmpty())
              && (stage == ConsultationStatus.DECLINED || declined.isEmpty())
              && (stage != ConsultationStatus.CONSIDERED || requested.isEmpty());
          java.util.function.Supplier<Consultation> build = () -> Consultation.builder()
              .from(consultation).considered(considered).requested(requested).held(held)
              .declined(declined).status(status).build();
          if (assertValidIff(valid, build::get) == null) {
            assertThat(build.get().stage()).isEqualTo(stage);
          }
        });
  }

  private static boolean notBefore(Optional<TimePoint> earlier, Optional<TimePoint> later) {
    return earlier.isEmpty() || later.isEmpty() || !later.get().isBefore(earlier.get());
  }

  @Test
  void claimsAreAcceptedIffTheirIdsAreUniqueEachSupersedesAnotherOfTheListAndNoneLoop() {
    Gen<Optional<EntityId>> ids = Generate.pick(List.of("claim/a", "claim/b", "claim/c"))
        .map(EntityId::of).toOptionals(60);
    Gen<Optional<EntityId>> supersedes = Generate.pick(List.of("claim/a", "claim/b", "claim/d"))
        .map(EntityId::of).toOptionals(40);
    Gen<List<Optional<EntityId>[]>> lists = lists().of(ids.zip(supersedes, (id, s) -> {
      @SuppressWarnings({"unchecked", "rawtypes"})
      Optional<EntityId>[] pair = new Optional[] {id, s};
      return pair;
    })).ofSizeBetween(0, 4);
    qt().withExamples(300).forAll(Generators.intrusions(), lists)
        .checkAssert((intrusion, pairs) -> {
          // a claim that supersedes itself is refused by its own builder
          boolean selfSuperseding = pairs.stream()
              .anyMatch(p -> p[0].isPresent() && p[0].equals(p[1]));
          InvalidDataException e = assertValidIff(!selfSuperseding, () -> claims(pairs));
          if (e != null) {
            assertThat(e.path()).isEqualTo("supersedes");
            return;
          }
          List<Claim<Ref<State>>> origin = claims(pairs);
          List<EntityId> all = new ArrayList<>();
          pairs.forEach(p -> p[0].ifPresent(all::add));
          String expected = null;
          for (int i = 0; i < pairs.size() && expected == null; i++) {
            Optional<EntityId> id = pairs.get(i)[0];
            if (id.isPresent() && all.stream().filter(id.get()::equals).count() > 1) {
              expected = "origin[" + i + "].id";
            } else if (pairs.get(i)[1].isPresent() && !all.contains(pairs.get(i)[1].get())) {
              expected = "origin[" + i + "].supersedes";
            }
          }
          // then a loop, at its claim that comes first
          for (int i = 0; i < pairs.size() && expected == null; i++) {
            Optional<EntityId> at = pairs.get(i)[1];
            for (int step = 0; step < pairs.size() && at.isPresent(); step++) {
              if (at.equals(pairs.get(i)[0])) {
                expected = "origin[" + i + "].supersedes";
                break;
              }
              Optional<EntityId> id = at;
              at = pairs.stream().filter(p -> p[0].equals(id)).findFirst()
                  .flatMap(p -> p[1]);
            }
          }
          e = assertValidIff(expected == null,
              () -> ImmutableIntrusion.copyOf(intrusion).withOrigin(origin));
          if (e != null) {
            assertThat(e.path()).isEqualTo(expected);
          }
        });
  }

  private static List<Claim<Ref<State>>> claims(List<Optional<EntityId>[]> pairs) {
    List<Claim<Ref<State>>> claims = new ArrayList<>();
    for (Optional<EntityId>[] p : pairs) {
      claims.add(Claim.<Ref<State>>builder().value(Ref.of("state/rus")).attribution(STATED)
          .id(p[0]).supersedes(p[1]).build());
    }
    return claims;
  }

  @Test
  void currentClaimsAreThoseNothingSupersedes() {
    qt().withExamples(EXAMPLES).forAll(Generators.intrusions()).checkAssert(intrusion -> {
      List<Claim<Ref<State>>> origin = intrusion.origin();
      Set<EntityId> superseded = new HashSet<>();
      origin.forEach(c -> c.supersedes().ifPresent(superseded::add));
      assertThat(Claim.current(origin)).containsExactlyElementsOf(origin.stream()
          .filter(c -> c.id().map(id -> !superseded.contains(id)).orElse(true)).toList());
    });
  }

  @Test
  void textIsAcceptedIffNotBlank() {
    qt().withExamples(EXAMPLES)
        .forAll(Generators.airspaceIncidents(), Arbitrary.blankishStrings(),
            integers().between(0, 4))
        .checkAssert((incident, text, which) -> {
          String path;
          Runnable build;
          switch (which) {
            case 0:
              path = "model";
              build = () -> Intrusion.builder().platform(PlatformKind.DRONE)
                  .count(UncertainCount.some()).model(text).build();
              break;
            case 1:
              path = "assets[0]";
              build = () -> Response.builder().action(ResponseAction.SCRAMBLED).addAsset(text)
                  .build();
              break;
            case 2:
              path = "description";
              build = () -> Consequence.builder().kind(ConsequenceKind.DAMAGE).description(text)
                  .build();
              break;
            case 3:
              path = "basis";
              build = () -> Consultation.builder().forum(Ref.of("organization/nato"))
                  .basis(text).build();
              break;
            default:
              path = "claims[" + incident.claims().size() + "].value";
              build = () -> AirspaceIncident.builder().from(incident)
                  .addClaim(Claim.of(text, STATED)).build();
              break;
          }
          InvalidDataException e = assertValidIff(!Text.isBlank(text), build::run);
          if (e != null) {
            assertThat(e.path()).isEqualTo(path);
          }
        });
  }

  @Test
  void theViolationsDurationRunsFromTheShortestToTheLongestItsPeriodAllows() {
    qt().withExamples(EXAMPLES).forAll(Generators.airspaceIncidents()).checkAssert(incident -> {
      Optional<Period> when = incident.when();
      if (when.isEmpty() || when.get().end().isEmpty()) {
        assertThat(incident.violationDuration()).isEmpty();
        return;
      }
      UncertainDuration lasted = incident.violationDuration().orElseThrow();
      assertThat(lasted.lower()).isEqualTo(when.get().shortest().orElseThrow());
      assertThat(lasted.upper()).isEqualTo(when.get().longest());
      assertThat(lasted.qualifier()).isEqualTo(lasted.upper().get().equals(lasted.lower())
          ? Qualifier.EXACTLY : Qualifier.BETWEEN);
      incident.duration().ifPresent(reported -> assertThat(reported.lower())
          .isLessThanOrEqualTo(lasted.upper().get()));
    });
  }
}
