package dev.sitrep.core.airspace;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.quantity.UncertainCount;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What was done about an incursion, by whom, with what, to how many, and how sure the source is:
 * Polish and other NATO jets "reportedly shot down a number of Russian drones".
 */
@Value.Immutable
@SitrepStyle
public abstract class Response {
  /** @return who responded: the Polish Air Force, the Royal Netherlands Air Force, NATO */
  public abstract List<Ref<? extends Actor>> responders();

  /** @return the assets used, as the source names them: "F-35", "AWACS", "Patriot" */
  public abstract List<String> assets();

  /** @return what they did */
  public abstract ResponseAction action();

  /** @return to how many intruders, if the source says: "a number of" is {@code some()} */
  public abstract Optional<UncertainCount> count();

  /** @return who says so and how firmly ("reportedly"), if attributed */
  public abstract Optional<Attribution> attribution();

  /** @return a new builder */
  public static ImmutableResponse.Builder builder() {
    return ImmutableResponse.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlankElements(assets(), "assets");
  }
}
