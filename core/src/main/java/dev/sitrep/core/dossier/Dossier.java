package dev.sitrep.core.dossier;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.ActorDirectory;
import dev.sitrep.core.actor.Relation;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.prisoner.PoliticalPrisoner;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.statistic.Statistic;
import dev.sitrep.core.thing.Thing;
import dev.sitrep.core.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * A whole story in one immutable value: the sources, actors, things (vessels, aircraft,
 * infrastructure), relations, events, political prisoners and statistics of an article or a
 * dataset, which refer to each other by id. This is
 * the document tools exchange.
 *
 * <p>Building a dossier checks each value but not how they fit together, so that a tool can load a
 * broken one and show every problem: {@link #validate()} lists them all (duplicate ids, references
 * to nothing, references to the wrong kind of entity, claims and statistics that supersede later
 * ones, statistics that revise another kind of figure), each with its path such as
 * {@code events[3].hosts[0]}; {@link #requireValid()} throws with the whole report.
 *
 * <p>An element of a kind this version does not know, kept by a lenient read (an
 * {@link dev.sitrep.core.extension.Unrecognized}), reserves its id and can be referred to as any
 * member of its family; nothing else of it is checked.
 *
 * <p>Queries: {@link #timeline()}, {@link #eventsInvolving(Ref)}, {@link #eventsMentioning(Ref)},
 * {@link #eventsWithin(Period)},
 * {@link #findActors(String)}, {@link #find(Ref, Class)}.
 */
@Value.Immutable
@SitrepStyle
public abstract class Dossier {
  /** The version of the dossier format this sitrep writes. */
  public static final String SCHEMA_VERSION = "1";

  /** The versions this sitrep reads and writes: its major version, or a minor one of it. */
  private static final Pattern VERSION =
      Pattern.compile(Pattern.quote(SCHEMA_VERSION) + "(?:\\.[0-9]+)*");

  /** @return the version of the dossier format, {@value #SCHEMA_VERSION} unless set */
  @Value.Default
  public String schemaVersion() {
    return SCHEMA_VERSION;
  }

  /** @return a title for the whole, such as "Zapad 2025" */
  public abstract Optional<String> title();

  /** @return where the facts come from */
  public abstract List<Source> sources();

  /** @return who acts */
  public abstract List<Actor> actors();

  /** @return what events act on that is not an actor: vessels, aircraft, infrastructure */
  public abstract List<Thing> things();

  /** @return memberships, offices and other relations between actors */
  public abstract List<Relation> relations();

  /** @return what happened */
  public abstract List<Event> events();

  /** @return political prisoners */
  public abstract List<PoliticalPrisoner> prisoners();

  /** @return attributed counts */
  public abstract List<Statistic> statistics();

  /** @return a new builder */
  public static ImmutableDossier.Builder builder() {
    return ImmutableDossier.builder();
  }

  @Value.Check
  void check() {
    Checks.matches(schemaVersion(), VERSION, "schemaVersion", "a version this sitrep reads, "
        + SCHEMA_VERSION + " or " + SCHEMA_VERSION + ".x, such as '1' or '1.2'");
    title().ifPresent(t -> Checks.notBlank(t, "title"));
  }

  /**
   * @return every entity, in the order of sources, actors, things, relations, events, prisoners,
   *     statistics
   */
  public List<Entity> entities() {
    return Stream.of(sources(), actors(), things(), relations(), events(), prisoners(),
            statistics())
        .flatMap(List::stream).collect(Collectors.toUnmodifiableList());
  }

  @Value.Lazy
  Map<EntityId, Entity> byId() {
    Map<EntityId, Entity> map = new HashMap<>();
    for (Entity e : entities()) {
      map.putIfAbsent(e.id(), e);
    }
    return map;
  }

  @Value.Lazy
  ActorDirectory directory() {
    return ActorDirectory.of(actors());
  }

  /**
   * @return every problem: duplicate ids, references to nothing, references to an entity of the
   *     wrong kind
   */
  public ValidationReport validate() {
    List<Problem> problems = new ArrayList<>();
    Map<EntityId, String> firstPath = new LinkedHashMap<>();
    String[] lists =
        {"sources", "actors", "things", "relations", "events", "prisoners", "statistics"};
    List<List<? extends Entity>> all =
        List.of(sources(), actors(), things(), relations(), events(), prisoners(), statistics());
    for (int l = 0; l < lists.length; l++) {
      for (int i = 0; i < all.get(l).size(); i++) {
        String path = lists[l] + "[" + i + "].id";
        EntityId id = all.get(l).get(i).id();
        String first = firstPath.putIfAbsent(id, path);
        if (first != null) {
          problems.add(Problem.of(path, Problem.DUPLICATE_ID,
              "id " + id + " is already the id of " + first));
        }
      }
    }
    References references = References.of(this);
    for (References.Found f : references.found) {
      Entity target = byId().get(f.id);
      if (target == null) {
        problems.add(Problem.of(f.path, Problem.DANGLING_REFERENCE,
            "refers to " + f.id + ", which is not in the dossier"));
      } else if (!f.kind.isInstance(target)) {
        problems.add(Problem.of(f.path, Problem.WRONG_KIND, "refers to " + f.id + ", a "
            + kindName(target.getClass()) + ", where a " + kindName(f.kind) + " is required"));
      }
    }
    problems.addAll(references.supersededLater);
    problems.addAll(revisions());
    return ValidationReport.of(problems);
  }

  /**
   * @return the problems of statistics that supersede others: each must revise a statistic of
   *     the same metric and subject, not dated later than itself, and no chain of revisions may
   *     lead back to where it started
   */
  private List<Problem> revisions() {
    List<Problem> problems = new ArrayList<>();
    Map<EntityId, Entity> byId = byId();
    for (int i = 0; i < statistics().size(); i++) {
      Statistic s = statistics().get(i);
      String path = "statistics[" + i + "].supersedes";
      Entity target = s.supersedes().map(r -> byId.get(r.id())).orElse(null);
      if (!(target instanceof Statistic earlier)) {
        continue; // none, or a dangling or wrong-kind reference, reported as such
      }
      if (!earlier.metric().equals(s.metric()) || !earlier.subject().equals(s.subject())) {
        problems.add(Problem.of(path, Problem.BAD_REVISION, "revises " + earlier.id() + ", a "
            + earlier.metric().code() + " of " + earlier.subject() + ", where this is a "
            + s.metric().code() + " of " + s.subject()));
      } else if (s.asOf().isBefore(earlier.asOf())) {
        problems.add(Problem.of(path, Problem.SUPERSEDES_LATER, "revises " + earlier.id()
            + ", as of " + earlier.asOf() + ", later than this one's " + s.asOf()));
      }
    }
    problems.addAll(revisionLoops());
    return problems;
  }

  /** @return a problem for each statistic whose revisions lead back to it; in linear time */
  private List<Problem> revisionLoops() {
    int n = statistics().size();
    Map<EntityId, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.putIfAbsent(statistics().get(i).id(), i);
    }
    int[] next = new int[n];
    for (int i = 0; i < n; i++) {
      next[i] = statistics().get(i).supersedes().map(r -> index.getOrDefault(r.id(), -1))
          .orElse(-1);
    }
    List<Problem> problems = new ArrayList<>();
    byte[] state = new byte[n]; // 0 not walked yet, 1 on the current walk, 2 walked
    for (int start = 0; start < n; start++) {
      List<Integer> walk = new ArrayList<>();
      int at = start;
      while (at >= 0 && state[at] == 0) {
        state[at] = 1;
        walk.add(at);
        at = next[at];
      }
      if (at >= 0 && state[at] == 1) { // back to a statistic of this walk: a loop from there
        for (int k = walk.indexOf(at); k < walk.size(); k++) {
          Statistic s = statistics().get(walk.get(k));
          problems.add(Problem.of("statistics[" + walk.get(k) + "].supersedes",
              Problem.BAD_REVISION, "revises " + s.supersedes().get().id()
                  + ", whose revisions lead back to " + s.id()));
        }
      }
      walk.forEach(w -> state[w] = 2);
    }
    return problems;
  }

  /**
   * @return this dossier, if it is valid
   * @throws InvalidDataException naming every problem, if it is not
   */
  public Dossier requireValid() {
    ValidationReport report = validate();
    if (!report.isValid()) {
      throw new InvalidDataException("", report.toString());
    }
    return this;
  }

  /**
   * @param <T> the kind of entity expected
   * @param ref a reference, such as an event link's target
   * @param kind the kind of entity expected, such as {@code GeneralEvent.class}
   * @return the entity referred to, if the dossier has one of that kind
   */
  public <T extends Entity> Optional<T> find(Ref<?> ref, Class<T> kind) {
    return Optional.ofNullable(byId().get(ref.id())).filter(kind::isInstance).map(kind::cast);
  }

  /**
   * @return the events that have a time, ordered by their earliest start ("August 2025" before
   *     "2025-09-10" before "2025-09-12"), ties in the dossier's order; then those without a time,
   *     in the dossier's order
   */
  public List<Event> timeline() {
    return events().stream().sorted(Comparator.comparing(
            (Event e) -> e.when().map(w -> w.start().earliest()).orElse(null),
            Comparator.nullsLast(Comparator.naturalOrder())))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * @param actor an actor
   * @return the events the actor is involved in, in the dossier's order: as participant, host,
   *     speaker, responder, the origin a current claim gives, the actor a current suspicion
   *     names…; not those about which it only asserts or denies something (an attribution's
   *     actor), nor those that name it only in a claim or suspicion a later one supersedes or
   *     that is denied ({@link #eventsMentioning(Ref)} has those too)
   */
  public List<Event> eventsInvolving(Ref<? extends Actor> actor) {
    return events().stream()
        .filter(e -> References.in(e).stream().anyMatch(f -> !f.aside && f.id.equals(actor.id())))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * @param event an event
   * @return the ids of the actors the event involves, each once, in the order the event names
   *     them: the actors for which {@link #eventsInvolving(Ref)} of a dossier that holds the event
   *     lists it
   */
  public static List<EntityId> actorsInvolvedIn(Event event) {
    return References.in(event).stream()
        .filter(f -> !f.aside && Actor.class.isAssignableFrom(f.kind))
        .map(f -> f.id)
        .distinct()
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * @param actor an actor
   * @return the events that name the actor anywhere, in the dossier's order: those it
   *     {@linkplain #eventsInvolving(Ref) is involved in}, and those about which it only asserts
   *     or denies something, or that name it only in a claim since superseded or denied
   */
  public List<Event> eventsMentioning(Ref<? extends Actor> actor) {
    return events().stream()
        .filter(e -> References.in(e).stream().anyMatch(f -> f.id.equals(actor.id())))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * @param window a period
   * @return the events that certainly start within the window (at the precision of their start),
   *     in the dossier's order: September 2025 holds Zapad 2025, which starts on 12 September
   */
  public List<Event> eventsWithin(Period window) {
    return events().stream()
        .filter(e -> e.when().map(w -> window.contains(w.start())).orElse(false))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * @param name any name of an actor, in any case, with or without diacritics
   * @return the actors so named: "lukashenko" finds Alyaksandr Lukashenka
   */
  public List<Actor> findActors(String name) {
    return directory().find(name);
  }

  private static String kindName(Class<?> type) {
    for (Class<?> kind : List.of(dev.sitrep.core.actor.State.class,
        dev.sitrep.core.actor.Person.class, dev.sitrep.core.actor.Organization.class,
        dev.sitrep.core.actor.Collective.class, Actor.class, dev.sitrep.core.thing.Vessel.class,
        dev.sitrep.core.thing.Aircraft.class, dev.sitrep.core.thing.Infrastructure.class,
        Thing.class, Source.class, Relation.class,
        dev.sitrep.core.exercise.MilitaryExercise.class, Event.class, PoliticalPrisoner.class,
        Statistic.class)) {
      if (kind.isAssignableFrom(type)) {
        return kind.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2")
            .toLowerCase(java.util.Locale.ROOT);
      }
    }
    return type.getSimpleName();
  }
}
