package dev.sitrep.core.actor;

import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * A time-bounded relation between actors: a {@link Membership} (Poland in NATO since 1999), an
 * {@link Office} (Donald Tusk, Prime Minister of Poland) or a typed {@link ActorRelation} (Belarus
 * hosts forces of Russia). Each may be attributed to the sources that assert it.
 */
public sealed interface Relation extends Entity permits Membership, Office, ActorRelation,
    UnrecognizedRelation {
  /** @return when the relation held, if known */
  Optional<Period> period();

  /** @return who asserts the relation */
  List<Attribution> attributions();
}
