package dev.sitrep.core.event;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Supersedable;
import dev.sitrep.core.thing.Thing;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who or what someone suspects of causing an event: a thing, an actor or both, what it is
 * suspected of doing, and who suspects it, how firmly (the attribution's asserter and hedge). On
 * 25 December 2024 the Estlink 2 power cable failed; Finnish police suspected the tanker Eagle S
 * of cutting it by dragging its anchor:
 *
 * <pre>{@code
 * Suspicion anchor = Suspicion.builder().thing(Ref.of("vessel/eagle-s"))
 *     .description("dragged its anchor across the seabed")
 *     .attribution(Attribution.builder().source(Ref.of("source/yle-2024-12-26"))
 *         .assertedBy(Ref.of("organization/finnish-police")).hedge(Hedge.ALLEGED).build())
 *     .build();
 * }</pre>
 *
 * <p>An event keeps every suspicion, however they disagree; one denied keeps the hedge
 * {@code denied}, and a later one can supersede an earlier (a vessel suspected first, the state
 * behind it later), as {@link dev.sitrep.core.provenance.Claim claims} do.
 */
@Value.Immutable
@SitrepStyle
public abstract class Suspicion implements Supersedable {
  /** @return the thing suspected, such as a vessel */
  public abstract Optional<Ref<? extends Thing>> thing();

  /** @return the actor suspected, such as the state or the crew behind the thing */
  public abstract Optional<Ref<? extends Actor>> actor();

  /** @return what it is suspected of doing, in the source's words: "dragged its anchor" */
  public abstract Optional<String> description();

  /** @return who suspects it, where, when and how firmly */
  @Override
  public abstract Attribution attribution();

  /** @return an id, so that a later suspicion can supersede this one */
  @Override
  public abstract Optional<EntityId> id();

  /** @return the id of the earlier suspicion of the same event that this one supersedes */
  @Override
  public abstract Optional<EntityId> supersedes();

  /** @return a new builder */
  public static ImmutableSuspicion.Builder builder() {
    return ImmutableSuspicion.builder();
  }

  @Value.Check
  void check() {
    Checks.require(thing().isPresent() || actor().isPresent(), "thing",
        "must be given, or the actor, or both: a suspicion names a thing or an actor");
    description().ifPresent(d -> Checks.notBlank(d, "description"));
  }
}
