package dev.sitrep.datasets;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.Participant;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Source;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One event with the actors and sources it refers to, as one row of a dataset holds them: an ACLED
 * row is a battle, its two actors and the states its places lie in, and the publishers ACLED
 * cites. A dossier is made of records with {@link #toDossier(Iterator, LossReport)}, and taken
 * apart into them
 * with {@link #of(Dossier)}.
 *
 * <pre>{@code
 * EventRecord r = new EventRecord(battle, List.of(ukraine, russianForces), List.of(acled));
 * r.actor(EntityId.of("state/ukr"));   // Optional[Ukraine]
 * }</pre>
 *
 * @param event the event
 * @param actors the actors it refers to (participants, places' states, asserters), none twice
 * @param sources the sources its attributions cite, none twice
 */
public record EventRecord(Event event, List<Actor> actors, List<Source> sources) {
  /**
   * Copies the lists; refuses nulls and an id twice.
   *
   * @param event the event
   * @param actors the actors it refers to, none twice
   * @param sources the sources its attributions cite, none twice
   * @throws InvalidDataException if {@code event} is null or an actor's or source's id is there
   *     twice
   */
  public EventRecord {
    if (event == null) {
      throw new InvalidDataException("event", "must not be null");
    }
    actors = List.copyOf(actors);
    sources = List.copyOf(sources);
    distinct(actors, "actors");
    distinct(sources, "sources");
  }

  private static void distinct(List<? extends Entity> entities, String path) {
    java.util.Set<EntityId> seen = new java.util.HashSet<>();
    for (int i = 0; i < entities.size(); i++) {
      if (!seen.add(entities.get(i).id())) {
        throw new InvalidDataException(path + "[" + i + "].id",
            "must be unique in a record, was " + entities.get(i).id() + " again");
      }
    }
  }

  /**
   * @param id an actor's id, such as {@code state/ukr}
   * @return the actor of {@code id} among the record's actors
   */
  public Optional<Actor> actor(EntityId id) {
    return actors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /**
   * @param id a source's id
   * @return the source of {@code id} among the record's sources
   */
  public Optional<Source> source(EntityId id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * @param dossier a dossier
   * @return a record for each of its events, in order, with the actors and sources of the dossier
   *     that the event refers to through its participants, places, attributions and impacts
   */
  public static List<EventRecord> of(Dossier dossier) {
    Map<EntityId, Actor> actors = new LinkedHashMap<>();
    dossier.actors().forEach(a -> actors.put(a.id(), a));
    Map<EntityId, Source> sources = new LinkedHashMap<>();
    dossier.sources().forEach(s -> sources.put(s.id(), s));
    List<EventRecord> records = new ArrayList<>();
    for (Event e : dossier.events()) {
      records.add(resolve(e, actors, sources));
    }
    return records;
  }

  /**
   * @return the event with those of {@code actors} and {@code sources} it refers to; references
   *     to neither are left as they are
   */
  static EventRecord resolve(Event e, Map<EntityId, ? extends Actor> actors,
      Map<EntityId, Source> sources) {
    Map<EntityId, Actor> mine = new LinkedHashMap<>();
    Map<EntityId, Source> cited = new LinkedHashMap<>();
    for (Participant p : e.participants()) {
      pick(p.actor().id(), actors, mine);
    }
    e.places().forEach(pl -> {
      pl.country().ifPresent(c -> pick(c.id(), actors, mine));
      pl.borderStates().forEach(c -> pick(c.id(), actors, mine));
    });
    List<Attribution> attributions = new ArrayList<>(e.attributions());
    for (Claim<?> c : e.impacts()) {
      attributions.add(c.attribution());
      ((dev.sitrep.core.event.Impact) c.value()).affectedActor()
          .ifPresent(a -> pick(a.id(), actors, mine));
    }
    for (Attribution a : attributions) {
      pick(a.source().id(), sources, cited);
      a.assertedBy().ifPresent(r -> pick(r.id(), actors, mine));
      a.alsoAssertedBy().forEach(r -> pick(r.id(), actors, mine));
    }
    return new EventRecord(e, List.copyOf(mine.values()), List.copyOf(cited.values()));
  }

  private static <T> void pick(EntityId id, Map<EntityId, ? extends T> from, Map<EntityId, T> to) {
    T t = from.get(id);
    if (t != null) {
      to.putIfAbsent(id, t);
    }
  }

  /**
   * @param records records, such as a dataset's rows
   * @param report where what the dossier cannot hold is counted: a record whose event has the id
   *     of an earlier one (dropped, as a dossier holds each id once), and an actor or source with
   *     the id of an earlier, different one (ids are made of names, so two rows may name two
   *     actors alike; the first kept)
   * @return one dossier of their events, actors and sources, each id once
   */
  public static Dossier toDossier(Iterator<EventRecord> records, LossReport report) {
    Map<EntityId, Actor> actors = new LinkedHashMap<>();
    Map<EntityId, Source> sources = new LinkedHashMap<>();
    Map<EntityId, Event> events = new LinkedHashMap<>();
    while (records.hasNext()) {
      EventRecord r = records.next();
      if (events.putIfAbsent(r.event().id(), r.event()) != null) {
        report.add("events.id", "an event with the id of an earlier one; dropped");
        continue;
      }
      r.actors().forEach(a -> keepFirst(actors, a, "actors", report));
      r.sources().forEach(s -> keepFirst(sources, s, "sources", report));
    }
    return Dossier.builder().addAllSources(sources.values()).addAllActors(actors.values())
        .addAllEvents(events.values()).build();
  }

  private static <T extends Entity> void keepFirst(Map<EntityId, T> kept, T entity, String path,
      LossReport report) {
    T first = kept.putIfAbsent(entity.id(), entity);
    if (first != null && !first.equals(entity)) {
      report.add(path, "one with the id of an earlier, different one (its name made the same"
          + " id); the first kept");
    }
  }
}
