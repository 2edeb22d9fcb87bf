package dev.sitrep.core.internal;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.Participant;
import dev.sitrep.core.extension.Extensions;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.time.Period;

/** The rules every kind of event shares, for their {@code @Value.Check} methods. */
public final class EventRules {
  private EventRules() {}

  /**
   * Fails unless the title and description are not blank, the duration fits the period
   * ({@link Period#checkFits}), no link points at the event itself,
   * no actor takes part twice in the same role, the extensions are well named, and the claims of
   * impacts supersede as
   * {@link Claim#checkSupersession(java.util.List, String, java.util.function.Function)} says,
   * each only a claim of the same kind, and the suspicions as
   * {@link Claim#checkSupersession(java.util.List, String)} says.
   */
  public static void check(Event event) {
    Checks.notBlank(event.title(), "title");
    Extensions.requireNames(event.extensions());
    event.description().ifPresent(d -> Checks.notBlank(d, "description"));
    if (event.when().isPresent() && event.duration().isPresent()) {
      Period.checkFits(event.when().get(), event.duration().get(), "duration");
    }
    for (int i = 0; i < event.links().size(); i++) {
      if (event.links().get(i).target().id().equals(event.id())) {
        throw new InvalidDataException("links[" + i + "].target",
            "must not be the event itself (" + event.id() + ")");
      }
    }
    int repeat = Checks.firstRepeat(event.participants());
    if (repeat >= 0) {
      Participant p = event.participants().get(repeat);
      throw new InvalidDataException("participants[" + repeat + "]",
          "must not repeat " + p.actor() + " as " + p.role());
    }
    Claim.checkSupersession(event.impacts(), "impacts", c -> c.value().kind());
    Claim.checkSupersession(event.suspicions(), "suspicions");
  }
}
