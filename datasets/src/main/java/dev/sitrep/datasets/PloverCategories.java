package dev.sitrep.datasets;

import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.event.BorderClosure;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.EventKind;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.event.Meeting;
import dev.sitrep.core.event.Warning;
import dev.sitrep.core.exercise.MilitaryExercise;
import java.util.Optional;

/**
 * The PLOVER category and mode of any sitrep event, which every dataset's kinds map through. A
 * {@code GeneralEvent} has its own; sitrep's richer events map as this table says (PLOVER manual,
 * chapter "Event Categories"), and a dataset row written from one is read back as a general
 * event, which the writer's report says:
 *
 * <table>
 * <caption>sitrep events as PLOVER categories</caption>
 * <tr><th>sitrep</th><th>PLOVER category / mode</th></tr>
 * <tr><td>general-event</td><td>its kind / its mode</td></tr>
 * <tr><td>military-exercise</td><td>MOBILIZE / troops</td></tr>
 * <tr><td>airspace-incident</td><td>ASSAULT / drone</td></tr>
 * <tr><td>meeting</td><td>CONSULT</td></tr>
 * <tr><td>border-closure</td><td>COERCE / restrict</td></tr>
 * <tr><td>warning</td><td>THREATEN</td></tr>
 * <tr><td>statement, an event of an unknown type</td><td>none: not written</td></tr>
 * </table>
 */
final class PloverCategories {
  private PloverCategories() {}

  /** @return the category and mode of {@code e}, if it has one */
  static Optional<KindAndMode> of(Event e) {
    if (e instanceof GeneralEvent g) {
      return Optional.of(new KindAndMode(g.kind(), g.mode()));
    } else if (e instanceof MilitaryExercise) {
      return Optional.of(KindAndMode.of(EventKind.MOBILIZE, "troops"));
    } else if (e instanceof AirspaceIncident) {
      return Optional.of(KindAndMode.of(EventKind.ASSAULT, "drone"));
    } else if (e instanceof Meeting) {
      return Optional.of(KindAndMode.of(EventKind.CONSULT));
    } else if (e instanceof BorderClosure) {
      return Optional.of(KindAndMode.of(EventKind.COERCE, "restrict"));
    } else if (e instanceof Warning) {
      return Optional.of(KindAndMode.of(EventKind.THREATEN));
    }
    return Optional.empty();
  }

  /**
   * @return the category and mode of the record's event, counting in {@code report} a rich event
   *     written as a general one; empty, counted as skipped, for an event of no category
   */
  static Optional<KindAndMode> forWriting(Event e, LossReport report) {
    Optional<KindAndMode> k = of(e);
    if (k.isEmpty()) {
      report.add("type", "a " + typeName(e) + " has no PLOVER category; event skipped");
    } else if (!(e instanceof GeneralEvent)) {
      report.add("type", "a " + typeName(e) + " written as " + k.get()
          + "; read back as a general event");
    }
    return k;
  }

  /** @return the event's type as the wire names it, such as {@code military-exercise} */
  static String typeName(Event e) {
    String simple = e.getClass().getSimpleName().replaceFirst("^Immutable", "");
    return simple.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }
}
