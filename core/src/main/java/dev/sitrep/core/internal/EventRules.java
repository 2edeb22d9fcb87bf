package dev.sitrep.core.internal;

import dev.sitrep.core.event.Event;
import java.util.HashSet;
import java.util.Set;

/** The rules every kind of event shares, for their {@code @Value.Check} methods. */
public final class EventRules {
  private EventRules() {}

  /**
   * Fails unless the title and description are not blank, no link points at the event itself,
   * and no actor takes part twice in the same role.
   */
  public static void check(Event event) {
    Checks.notBlank(event.title(), "title");
    event.description().ifPresent(d -> Checks.notBlank(d, "description"));
    for (int i = 0; i < event.links().size(); i++) {
      Checks.require(!event.links().get(i).target().id().equals(event.id()),
          "links[" + i + "].target", () -> "must not be the event itself (" + event.id() + ")");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < event.participants().size(); i++) {
      var p = event.participants().get(i);
      Checks.require(seen.add(p.actor().id() + " " + p.role()), "participants[" + i + "]",
          () -> "must not repeat " + p.actor() + " as " + p.role());
    }
  }
}
