package dev.sitrep.core.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.event.AffectedGroup;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.EventKind;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.Impact;
import dev.sitrep.core.event.ImpactKind;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.provenance.SourceKind;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.statistic.Metric;
import dev.sitrep.core.statistic.Statistic;
import dev.sitrep.core.time.TimePoint;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Claims where sources disagree: an event's impacts, statistics revised by later ones, and what
 * the dossier's queries and validation make of superseded and denied claims.
 */
class DisputedClaimsTest {
  private static final Ref<Source> SOURCE = Ref.of("source/report");
  private static final Ref<Actor> POLAND = Ref.of("state/pol");
  private static final Ref<Actor> BELARUS = Ref.of("state/blr");
  private static final Ref<Actor> RUSSIA = Ref.of("state/rus");

  private static Attribution said(Ref<Actor> by, Hedge hedge, String date) {
    return Attribution.builder().source(SOURCE).assertedBy(by).hedge(hedge)
        .date(TimePoint.parse(date)).build();
  }

  private static Claim<Impact> impact(String id, ImpactKind kind, long count, String supersedes,
      Attribution attribution) {
    return Claim.<Impact>builder().id(EntityId.of(id))
        .value(Impact.builder().kind(kind).count(UncertainCount.exactly(count))
            .affected(AffectedGroup.CIVILIANS).affectedActor(POLAND).build())
        .attribution(attribution)
        .supersedes(Optional.ofNullable(supersedes).map(EntityId::of))
        .build();
  }

  private static GeneralEvent strike(List<Claim<Impact>> impacts) {
    return GeneralEvent.builder().id(EntityId.of("event/strike")).title("A strike")
        .kind(EventKind.of("attack")).impacts(impacts).build();
  }

  @Test
  void aLaterCountSupersedesAnEarlierOneOfTheSameKindOnly() {
    Claim<Impact> first = impact("claim/first", ImpactKind.KILLED, 3, null,
        said(POLAND, Hedge.STATED, "2025-09-10"));
    Claim<Impact> revised = impact("claim/revised", ImpactKind.KILLED, 5, "claim/first",
        said(POLAND, Hedge.STATED, "2025-09-11"));
    GeneralEvent event = strike(List.of(first, revised));
    assertThat(Claim.current(event.impacts())).containsExactly(revised);

    Claim<Impact> injured = impact("claim/injured", ImpactKind.INJURED, 7, "claim/first",
        said(POLAND, Hedge.STATED, "2025-09-11"));
    assertThatThrownBy(() -> strike(List.of(first, injured)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("impacts[1].supersedes: must name a claim about the same thing: claim/first"
            + " is about killed, this claim about injured");
  }

  @Test
  void anEventInvolvesTheActorsOfItsCurrentUndeniedClaimsNotThoseWhoOnlyAssert() {
    Claim<Impact> denied = Claim.<Impact>builder().id(EntityId.of("claim/denied"))
        .value(Impact.builder().kind(ImpactKind.DETAINED).count(UncertainCount.exactly(2))
            .affectedActor(RUSSIA).build())
        .attribution(said(BELARUS, Hedge.DENIED, "2025-09-10")).build();
    Claim<Impact> first = impact("claim/first", ImpactKind.KILLED, 3, null,
        said(BELARUS, Hedge.CLAIMED, "2025-09-10"));
    Claim<Impact> revised = Claim.<Impact>builder().id(EntityId.of("claim/revised"))
        .value(Impact.of(ImpactKind.KILLED, UncertainCount.exactly(4)))
        .attribution(said(BELARUS, Hedge.STATED, "2025-09-12"))
        .supersedes(EntityId.of("claim/first")).build();
    Dossier dossier = dossier(strike(List.of(denied, first, revised)));
    assertThat(dossier.validate().problems()).isEmpty();
    assertThat(dossier.eventsInvolving(POLAND)).as("named only in a superseded claim").isEmpty();
    assertThat(dossier.eventsInvolving(RUSSIA)).as("named only in a denied claim").isEmpty();
    assertThat(dossier.eventsInvolving(BELARUS)).as("only asserts and denies").isEmpty();
    assertThat(dossier.eventsMentioning(POLAND)).extracting(Event::title)
        .containsExactly("A strike");
    assertThat(dossier.eventsMentioning(BELARUS)).hasSize(1);
  }

  @Test
  void aClaimThatSupersedesALaterDatedOneIsReported() {
    Claim<Impact> later = impact("claim/later", ImpactKind.KILLED, 3, null,
        said(POLAND, Hedge.STATED, "2025-09-12"));
    Claim<Impact> earlier = impact("claim/earlier", ImpactKind.KILLED, 5, "claim/later",
        said(POLAND, Hedge.STATED, "2025-09-10"));
    Dossier dossier = dossier(strike(List.of(later, earlier)));
    assertThat(dossier.validate().problems()).containsExactly(Problem.of(
        "events[0].impacts[1].supersedes", Problem.SUPERSEDES_LATER,
        "supersedes claim/later, a claim dated later"));
  }

  @Test
  void aStatisticRevisesOnlyAnEarlierFigureOfTheSameMetricAndSubject() {
    Statistic september = statistic("statistic/september", "2025-09", Metric.POLITICAL_PRISONERS,
        null);
    Statistic october = statistic("statistic/october", "2025-10", Metric.POLITICAL_PRISONERS,
        "statistic/september");
    assertThat(dossier(september, october).validate().problems()).isEmpty();

    Statistic backwards = statistic("statistic/august", "2025-08", Metric.POLITICAL_PRISONERS,
        "statistic/september");
    assertThat(dossier(september, backwards).validate().problems()).extracting(Problem::code)
        .containsExactly(Problem.SUPERSEDES_LATER);
    Statistic otherMetric = statistic("statistic/troops", "2025-10", Metric.TROOPS_DEPLOYED,
        "statistic/september");
    assertThat(dossier(september, otherMetric).validate().problems()).extracting(Problem::message)
        .containsExactly("revises statistic/september, a political-prisoners of state/blr, where"
            + " this is a troops-deployed of state/blr");
    Statistic a = statistic("statistic/a", "2025-10", Metric.POLITICAL_PRISONERS, "statistic/b");
    Statistic b = statistic("statistic/b", "2025-10", Metric.POLITICAL_PRISONERS, "statistic/a");
    assertThat(dossier(a, b).validate().problems()).extracting(Problem::path, Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("statistics[0].supersedes",
                "revises statistic/b, whose revisions lead back to statistic/a"),
            org.assertj.core.groups.Tuple.tuple("statistics[1].supersedes",
                "revises statistic/a, whose revisions lead back to statistic/b"));
    assertThatThrownBy(() -> statistic("statistic/a", "2025-10", Metric.POLITICAL_PRISONERS,
        "statistic/a")).isInstanceOf(InvalidDataException.class)
        .hasMessageStartingWith("supersedes: must not be the statistic itself");
  }

  private static Statistic statistic(String id, String asOf, Metric metric, String supersedes) {
    return Statistic.builder().id(EntityId.of(id)).metric(metric).subject(BELARUS)
        .asOf(TimePoint.parse(asOf)).count(UncertainCount.moreThan(1000))
        .attribution(Attribution.of(SOURCE, Hedge.STATED))
        .supersedes(Optional.ofNullable(supersedes).map(s -> Ref.<Statistic>of(s))).build();
  }

  private static Dossier dossier(Event event) {
    return base().addEvents(event).build();
  }

  private static Dossier dossier(Statistic... statistics) {
    return base().addStatistics(statistics).build();
  }

  private static ImmutableDossier.Builder base() {
    return Dossier.builder()
        .addSources(Source.builder().id(SOURCE.id()).kind(SourceKind.ARTICLE).build())
        .addActors(StateCatalogue.get("PL"), StateCatalogue.get("BY"), StateCatalogue.get("RU"));
  }
}
