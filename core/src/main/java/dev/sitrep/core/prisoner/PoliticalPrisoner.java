package dev.sitrep.core.prisoner;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.actor.Person;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.identity.Entity;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.extension.Extensions;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.time.TimePoint;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * A person held for political reasons: who, by which state, where detained and confined, on which
 * charges, with which sentence, the dated history of their status, and who recognized them as a
 * political prisoner. The article counts "over a thousand" of them in Belarus; registries such as
 * Viasna's keep them one by one.
 *
 * <p>The history is in date order and follows the transitions that make sense: serving a sentence,
 * a pardon or a completed sentence only after a conviction since the person was last set free
 * (released, pardoned, sentence completed or expelled); serving a sentence, unknown whereabouts,
 * release, pardon, completed sentence or death in custody only when held; expulsion only after an
 * earlier status; nothing after death. A conviction may come in absentia, and counts when the
 * person is later detained. Re-arrest after release is allowed, and starts a new case; a return to
 * custody right after a release or a pardon (a release revoked, a pardon refused) takes up the
 * conviction that stood then.
 */
@Value.Immutable
@SitrepStyle
public abstract class PoliticalPrisoner implements Entity {
  private static final Set<PrisonerStatus> NEEDS_CUSTODY = EnumSet.of(
      PrisonerStatus.SERVING_SENTENCE, PrisonerStatus.WHEREABOUTS_UNKNOWN, PrisonerStatus.RELEASED,
      PrisonerStatus.PARDONED, PrisonerStatus.SENTENCE_COMPLETED, PrisonerStatus.DIED_IN_CUSTODY);
  private static final Set<PrisonerStatus> NEEDS_CONVICTION = EnumSet.of(
      PrisonerStatus.SERVING_SENTENCE, PrisonerStatus.PARDONED, PrisonerStatus.SENTENCE_COMPLETED);
  private static final Set<PrisonerStatus> SETS_FREE = EnumSet.of(PrisonerStatus.RELEASED,
      PrisonerStatus.PARDONED, PrisonerStatus.SENTENCE_COMPLETED, PrisonerStatus.EXPELLED);
  private static final Set<PrisonerStatus> RETURNABLE = EnumSet.of(PrisonerStatus.RELEASED,
      PrisonerStatus.PARDONED);

  /** @return the person */
  public abstract Ref<Person> person();

  /** @return the state that holds them */
  public abstract Ref<State> detainingState();

  /** @return where they were detained, if known */
  public abstract Optional<Place> detentionPlace();

  /** @return the charges */
  public abstract List<Charge> charges();

  /** @return the sentence, once there is one */
  public abstract Optional<Sentence> sentence();

  /** @return where they are held, such as a penal colony, if known */
  public abstract Optional<Place> placeOfConfinement();

  /** @return the dated statuses, oldest first */
  public abstract List<StatusChange> history();

  /** @return who recognized them as a political prisoner */
  public abstract List<Recognition> recognitions();

  /** @return who reports all this */
  public abstract List<Attribution> attributions();

  /** @return a new builder */
  public static ImmutablePoliticalPrisoner.Builder builder() {
    return ImmutablePoliticalPrisoner.builder();
  }

  /**
   * @return the date of the first detention, from the history; a conviction in absentia is not
   *     one
   */
  public Optional<TimePoint> detentionDate() {
    return history().stream()
        .filter(c -> c.status().isCustody() && c.status() != PrisonerStatus.CONVICTED)
        .map(StatusChange::date).findFirst();
  }

  /** @return the date of the last conviction, from the history */
  public Optional<TimePoint> verdictDate() {
    return history().stream().filter(c -> c.status() == PrisonerStatus.CONVICTED)
        .map(StatusChange::date).reduce((a, b) -> b);
  }

  /** @return the latest status, if any */
  public Optional<PrisonerStatus> currentStatus() {
    return history().isEmpty() ? Optional.empty()
        : Optional.of(history().get(history().size() - 1).status());
  }

  @Value.Check
  void check() {
    Extensions.requireNames(extensions());
    boolean custody = false;
    boolean convicted = false;
    boolean convictedWhenSetFree = false;
    int latest = -1; // the earlier status that begins last
    for (int i = 0; i < history().size(); i++) {
      StatusChange c = history().get(i);
      StatusChange previous = i == 0 ? null : history().get(i - 1);
      PrisonerStatus s = c.status();
      String at = "history[" + i + "]";
      Supplier<String> before = () -> previous == null ? "it is the first status"
          : "it follows " + name(previous);
      // before any earlier one, not only the one before (with vague dates, 2025 between two days
      // says too little): then before the earlier one that begins last
      if (latest >= 0 && c.date().isBefore(history().get(latest).date())) {
        StatusChange earlier = history().get(latest);
        throw new InvalidDataException(at + ".date", "must not be before "
            + (latest == i - 1 ? "the status it follows" : "history[" + latest + "]") + " ("
            + name(earlier) + " " + earlier.date() + ", " + name(c) + " " + c.date() + ")");
      }
      if (latest < 0 || c.date().earliest().isAfter(history().get(latest).date().earliest())) {
        latest = i;
      }
      if (previous != null) {
        Checks.require(previous.status() != PrisonerStatus.DIED_IN_CUSTODY, at + ".status",
            () -> "nothing can follow died-in-custody, was " + name(c));
      }
      Checks.require(!NEEDS_CUSTODY.contains(s) || custody, at + ".status",
          () -> name(c) + " needs the person to be held before, but " + before.get());
      Checks.require(!NEEDS_CONVICTION.contains(s) || convicted, at + ".status",
          () -> name(c) + " needs a conviction since the person was last set free, but "
              + before.get());
      Checks.require(s != PrisonerStatus.EXPELLED || previous != null, at + ".status",
          () -> "expelled needs the person to be held or released before, but " + before.get());
      if (s == PrisonerStatus.RETURNED_TO_CUSTODY) {
        Checks.require(previous != null && RETURNABLE.contains(previous.status()), at + ".status",
            () -> "returned-to-custody needs the person to be released or pardoned just"
                + " before, but " + before.get());
        Checks.require(convictedWhenSetFree, at + ".status",
            () -> "returned-to-custody needs a conviction that stood when the person was set"
                + " free, but there was none");
      }
      convictedWhenSetFree = SETS_FREE.contains(s) ? convicted : convictedWhenSetFree;
      convicted = s == PrisonerStatus.CONVICTED
          || s == PrisonerStatus.RETURNED_TO_CUSTODY
          || (convicted && !SETS_FREE.contains(s));
      custody = s == PrisonerStatus.CONVICTED ? custody : s.isCustody();
    }
  }

  private static String name(StatusChange c) {
    return c.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
