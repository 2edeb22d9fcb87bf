package dev.sitrep.core.prisoner;

import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.time.TimePoint;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The recognition of a prisoner as political by a human-rights organization (Viasna, Memorial),
 * when, and on which criteria of PACE Resolution 1900.
 */
@Value.Immutable
@SitrepStyle
public abstract class Recognition {
  /** @return the organization that recognized the prisoner */
  public abstract Ref<Organization> by();

  /** @return when, if known */
  public abstract Optional<TimePoint> date();

  /** @return the criteria it cited */
  public abstract List<Pace1900Criterion> criteria();

  /** @return a new builder */
  public static ImmutableRecognition.Builder builder() {
    return ImmutableRecognition.builder();
  }

  @Value.Check
  void check() {
    Checks.distinct(criteria(), "criteria", "a criterion");
  }
}
