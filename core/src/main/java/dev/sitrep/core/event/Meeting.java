package dev.sitrep.core.event;

import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.EventRules;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A meeting or summit: Vladimir Putin and Donald Trump in Alaska, August 2025. Who met are its
 * participants; where, its places.
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class Meeting implements Event {
  /** The builder of a Meeting: an {@link EventBuilder} with setters of its own. */
  public interface Builder extends EventBuilder<Builder> {}

  /** @return what it was about, if the source says */
  public abstract Optional<String> topic();

  /** @return a new builder */
  public static ImmutableMeeting.Builder builder() {
    return ImmutableMeeting.builder();
  }

  @Value.Check
  void check() {
    EventRules.check(this);
    topic().ifPresent(t -> Checks.notBlank(t, "topic"));
  }
}
