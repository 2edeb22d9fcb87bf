package dev.sitrep.core.provenance;

import dev.sitrep.core.identity.EntityId;
import java.util.Optional;

/**
 * Something asserted that a later assertion can supersede: a {@link Claim}, or a figure kept like
 * one, such as an exercise's strength, where a corrected figure supersedes the one declared
 * first. Each has an optional id, the id of the earlier one it supersedes, and its attribution;
 * {@link Claim#checkSupersession(java.util.List, String)} checks a list of them.
 *
 * <pre>{@code
 * Claim<Ref<State>> later = Claim.<Ref<State>>builder().value(Ref.of("state/rus"))
 *     .attribution(assessment).id(EntityId.of("claim/assessed"))
 *     .supersedes(EntityId.of("claim/first-report")).build();
 * }</pre>
 */
public interface Supersedable {
  /** @return an id, so that a later one can supersede it */
  Optional<EntityId> id();

  /** @return the id of the earlier one, of the same list, that this one supersedes */
  Optional<EntityId> supersedes();

  /** @return who asserts it, where, when and how firmly */
  Attribution attribution();

  /**
   * @param other another, such as the one this supersedes
   * @return whether both are dated and this one certainly before the other: one that supersedes
   *     one dated later is suspect, and {@code Dossier.validate()} reports it
   */
  default boolean isDatedBefore(Supersedable other) {
    return attribution().date().isPresent() && other.attribution().date().isPresent()
        && attribution().date().get().isBefore(other.attribution().date().get());
  }
}
