package dev.sitrep.datasets;

import dev.sitrep.core.Text;
import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.Impact;
import dev.sitrep.core.event.ImpactKind;
import dev.sitrep.core.extension.JsonValue;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.provenance.Source;
import dev.sitrep.core.quantity.UncertainCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of an event that every dataset writer takes the same way, each counting in the report
 * what a row cannot hold of it.
 */
final class EventParts {
  private EventParts() {}

  /** Counts what no dataset row holds: links, suspicions, a duration. */
  static void reportUnwritten(Event e, LossReport report) {
    if (!e.links().isEmpty()) {
      report.add("links", "no column for links to other events; dropped");
    }
    if (!e.suspicions().isEmpty()) {
      report.add("suspicions", "no column for suspicions; dropped");
    }
    if (e.duration().isPresent()) {
      report.add("duration", "no column for how long it lasted; dropped");
    }
    e.when().ifPresent(p -> {
      if (p.phrase().isPresent()) {
        report.add("when.phrase", "no column for the source's words of the time; dropped");
      }
      if (p.duration().isPresent()) {
        report.add("when.duration", "no column for how long it lasted; dropped");
      }
    });
  }

  /**
   * Counts each extension not of {@code prefix}, or of a column {@code kept} does not have, or
   * that is no text a cell can hold.
   */
  static void reportExtensions(Event e, String prefix, Set<String> kept, LossReport report) {
    e.extensions().forEach((name, value) -> {
      if (!name.startsWith(prefix) || !kept.contains(name.substring(prefix.length()))) {
        report.add("extensions", "'" + name + "' has no column; dropped");
      } else if (!(value instanceof JsonValue.JsonString s) || Text.isBlank(s.value())) {
        report.add("extensions", "'" + name + "' is not text, a cell's; dropped");
      }
    });
  }

  /** @return the first place, counting the others as dropped; empty, counted, when none */
  static Optional<Place> firstPlace(Event e, LossReport report) {
    return firstPlace(e, false, report);
  }

  /**
   * @param geonames whether the row has a column for a GeoNames id
   * @return the first place, counting the others as dropped
   */
  static Optional<Place> firstPlace(Event e, boolean geonames, LossReport report) {
    if (e.places().size() > 1) {
      report.add("places", "a row has one place; all but the first dropped");
    }
    if (!e.places().isEmpty()) {
      Place p = e.places().get(0);
      long written = geonames ? Math.min(1, p.externalIds().stream()
          .filter(i -> i.scheme().equals(dev.sitrep.core.identity.IdScheme.GEONAMES)).count()) : 0;
      if (p.externalIds().size() > written) {
        report.add("places.external_ids", "no column for gazetteer ids; dropped");
      }
      if (p.areaKind().isPresent() && p.country().isPresent()) {
        report.add("places.area_kind", "no column for the kind of area; dropped");
      }
    }
    return e.places().stream().findFirst();
  }

  /** @return the English name of the state {@code ref}, from the record or the catalogue */
  static String stateName(EventRecord r, Ref<State> ref) {
    return r.actor(ref.id()).map(Actor::name).orElseGet(() -> state(ref.id())
        .map(State::name).orElse(ref.id().value()));
  }

  /**
   * @return the English name of the state {@code ref}, counting under {@code column} a name that
   *     does not read back as that state
   */
  static String countryName(EventRecord r, Ref<State> ref, String column, LossReport report) {
    String name = stateName(r, ref);
    if (!Countries.find(name).map(State::id).equals(Optional.of(ref.id()))) {
      report.add(column, "a name that reads back as no state, or another");
    }
    return name;
  }

  /** @return the state of an id such as {@code state/ukr}, from the catalogue */
  static Optional<State> state(EntityId id) {
    String v = id.value();
    return v.startsWith("state/") ? StateCatalogue.find(v.substring(6)) : Optional.empty();
  }

  /**
   * @return the current claims of {@code kind} nothing else qualifies (no affected group, actor,
   *     people or things); those others are left for the caller
   */
  static List<Claim<Impact>> overall(Event e, ImpactKind kind) {
    List<Claim<Impact>> found = new ArrayList<>();
    for (Claim<Impact> c : Claim.current(e.impacts())) {
      Impact i = c.value();
      if (i.kind().equals(kind) && i.affected().isEmpty() && i.affectedActor().isEmpty()
          && i.people().isEmpty() && i.affectedThings().isEmpty()) {
        found.add(c);
      }
    }
    return found;
  }

  /**
   * @return a count as one whole number: exact as it is, else the figure the source stated, else
   *     the lower bound, counting in {@code report} under {@code column} what was lost
   */
  static long wholeNumber(UncertainCount c, String column, LossReport report) {
    if (c.phrase().isPresent()) {
      report.add(column, "the source's phrase dropped");
    }
    if (c.upper().isPresent() && c.upper().getAsLong() == c.lower()) {
      reportQualifier(c, column, report);
      return c.lower();
    }
    if (c.stated().isPresent()) {
      report.add(column, "an uncertain count written as the figure stated");
      return c.stated().getAsLong();
    }
    report.add(column, "an uncertain count written as its lower bound");
    return c.lower();
  }

  /** Counts the qualifier of a count of one figure that is not {@code exactly}, as dropped. */
  static void reportQualifier(UncertainCount c, String column, LossReport report) {
    if (c.qualifier() != dev.sitrep.core.quantity.Qualifier.EXACTLY) {
      report.add(column, "the qualifier of a count of one figure dropped");
    }
  }

  /**
   * @return the names of the sources the event's attributions cite (a source's publisher, else
   *     its title, else its id), but {@code dataset}'s own; counting what they held beyond
   */
  static List<String> sourceNames(EventRecord r, EntityId dataset, LossReport report) {
    List<String> names = new ArrayList<>();
    for (Attribution a : r.event().attributions()) {
      if (a.source().id().equals(dataset)) {
        continue;
      }
      reportAttribution(a, Hedge.REPORTED, "attributions", report);
      Optional<Source> s = r.source(a.source().id());
      if (s.isEmpty()) {
        report.add("attributions.source", "source not in the input; written as its id");
      }
      names.add(s.flatMap(x -> x.publisher().or(x::title)).orElse(a.source().id().value()));
    }
    return names;
  }

  /** Counts what of an attribution a row has no column for. */
  static void reportAttribution(Attribution a, Hedge expected, String path, LossReport report) {
    if (a.hedge() != expected) {
      report.add(path + ".hedge", "only '" + expected.name().toLowerCase(java.util.Locale.ROOT)
          + "' is written; dropped");
    }
    if (a.assertedBy().isPresent() || a.assertedByDescription().isPresent()) {
      report.add(path + ".asserted_by", "no column for who asserts it; dropped");
    }
    if (a.date().isPresent()) {
      report.add(path + ".date", "no column for when it was asserted; dropped");
    }
  }
}
