package dev.sitrep.core.event;

import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.provenance.Attribution;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A typed link from one event to another, with who asserts it: Zapad 2021 was "used as cover for
 * preparations ahead of Russia's February 2022 invasion of Ukraine".
 */
@Value.Immutable
@SitrepStyle
public abstract class EventLink {
  /** @return how the events relate */
  public abstract LinkKind kind();

  /** @return the other event */
  public abstract Ref<Event> target();

  /** @return the source's own words for the link, such as "significantly smaller in scale" */
  public abstract Optional<String> description();

  /** @return who asserts the link */
  public abstract List<Attribution> attributions();

  /** @return a new builder */
  public static ImmutableEventLink.Builder builder() {
    return ImmutableEventLink.builder();
  }

  @Value.Check
  void check() {
    description().ifPresent(d -> Checks.notBlank(d, "description"));
  }

  /**
   * @param kind how the events relate
   * @param target the other event
   * @return a link of {@code kind} to {@code target}, unattributed
   */
  public static EventLink of(LinkKind kind, Ref<Event> target) {
    return builder().kind(kind).target(target).build();
  }
}
