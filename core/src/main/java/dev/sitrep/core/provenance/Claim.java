package dev.sitrep.core.provenance;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A value as someone asserts it. Where sources disagree, each gets its own claim: an exercise's
 * strength as 6,850 troops declared by its host, and as 100,000 claimed by someone else; drones
 * detected by one side and shot down according to another.
 *
 * <p>A later claim can supersede an earlier one in the same list: an incursion first reported as
 * coming from one state and later assessed as coming from another keeps both claims, the later
 * naming the earlier's {@link #id()} in {@link #supersedes()}; {@link #current(List)} gives the
 * claims nothing supersedes.
 *
 * @param <T> the kind of value claimed, such as an {@code UncertainCount}
 */
@Value.Immutable
@SitrepStyle
public abstract class Claim<T> {
  /** @return what is claimed */
  public abstract T value();

  /** @return who claims it, where and how firmly */
  public abstract Attribution attribution();

  /** @return an id for this claim, so that a later claim can supersede it */
  public abstract Optional<EntityId> id();

  /** @return the id of the earlier claim this one supersedes */
  public abstract Optional<EntityId> supersedes();

  /** @return a new builder */
  public static <T> ImmutableClaim.Builder<T> builder() {
    return ImmutableClaim.builder();
  }

  @Value.Check
  void check() {
    supersedes().ifPresent(s -> Checks.require(!id().equals(supersedes()), "supersedes",
        () -> "must not be the claim itself (" + s + ")"));
  }

  /**
   * @param claims claims about one thing, some superseding others
   * @return the claims that no claim in the list supersedes, in their order
   */
  public static <T> List<Claim<T>> current(List<Claim<T>> claims) {
    List<EntityId> superseded = claims.stream().flatMap(c -> c.supersedes().stream())
        .collect(Collectors.toList());
    return claims.stream().filter(c -> c.id().map(id -> !superseded.contains(id)).orElse(true))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Checks that within {@code claims} ids are unique and every {@code supersedes} names an id of
   * the list.
   *
   * @param claims the claims
   * @param path the attribute holding them, for the message
   * @throws dev.sitrep.core.InvalidDataException if not
   */
  public static void checkSupersession(List<? extends Claim<?>> claims, String path) {
    boolean linked = false;
    for (Claim<?> c : claims) {
      linked |= c.id().isPresent() || c.supersedes().isPresent();
    }
    if (!linked) {
      return; // the common case: no claim supersedes another
    }
    List<EntityId> ids = claims.stream().flatMap(c -> c.id().stream())
        .collect(Collectors.toList());
    for (int i = 0; i < claims.size(); i++) {
      Claim<?> c = claims.get(i);
      Optional<EntityId> id = c.id();
      if (id.isPresent() && ids.indexOf(id.get()) != ids.lastIndexOf(id.get())) {
        throw new InvalidDataException(path + "[" + i + "].id",
            "must be unique among the claims, was " + id.get());
      }
      Optional<EntityId> s = c.supersedes();
      if (s.isPresent() && !ids.contains(s.get())) {
        throw new InvalidDataException(path + "[" + i + "].supersedes",
            "must name the id of another claim, was " + s.get());
      }
    }
  }

  /**
   * @param value what is claimed
   * @param attribution who claims it
   * @param <T> the kind of value
   * @return the claim
   */
  public static <T> Claim<T> of(T value, Attribution attribution) {
    return ImmutableClaim.<T>builder().value(value).attribution(attribution).build();
  }
}
