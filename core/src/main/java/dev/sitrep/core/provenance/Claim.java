package dev.sitrep.core.provenance;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
 * claims nothing supersedes. Supersession must not loop back, a claim superseding one that,
 * directly or through others, supersedes it: a loop would leave no current claim, and
 * {@link #checkSupersession(List, String)} refuses it.
 *
 * @param <T> the kind of value claimed, such as an {@code UncertainCount}
 */
@Value.Immutable
@SitrepStyle
public abstract class Claim<T> implements Supersedable {
  /** The most ids a loop's message names; a longer loop is cut short with an ellipsis. */
  private static final int LOOP_IDS_SHOWN = 10;

  /** @return what is claimed */
  public abstract T value();

  /** @return who claims it, where and how firmly */
  @Override
  public abstract Attribution attribution();

  /** @return an id for this claim, so that a later claim can supersede it */
  @Override
  public abstract Optional<EntityId> id();

  /** @return the id of the earlier claim this one supersedes */
  @Override
  public abstract Optional<EntityId> supersedes();

  /**
   * @param <T> what the claim asserts, such as an {@code UncertainCount}
   * @return a new builder
   */
  public static <T> ImmutableClaim.Builder<T> builder() {
    return ImmutableClaim.builder();
  }

  @Value.Check
  void check() {
    supersedes().ifPresent(s -> Checks.require(!id().equals(supersedes()), "supersedes",
        () -> "must not be the claim itself (" + s + ")"));
  }

  /**
   * Takes time linear in the number of claims.
   *
   * @param <C> the kind of claim
   * @param claims claims about one thing, some superseding others: {@code Claim}s, or an
   *     exercise's {@code Strength} figures
   * @return the claims that no claim in the list supersedes, in their order
   */
  public static <C extends Supersedable> List<C> current(List<C> claims) {
    Set<EntityId> superseded = new HashSet<>();
    for (C c : claims) {
      c.supersedes().ifPresent(superseded::add);
    }
    return claims.stream().filter(c -> c.id().map(id -> !superseded.contains(id)).orElse(true))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Checks that within {@code claims} ids are unique, every {@code supersedes} names an id of the
   * list, and no claim supersedes, directly or through others, a claim that supersedes it: in a
   * loop such as a, superseding b, superseding a, no claim would be {@linkplain #current(List)
   * current}. The first problem in the order of the list is reported: a repeated id at its first
   * occurrence, or a {@code supersedes} naming no claim; then a loop, at its claim that comes first
   * in the list, with the ids around it from there ({@code a -> b -> a}; after ten ids, an
   * ellipsis). Takes time linear in the number of claims.
   *
   * @param claims the claims
   * @param path the attribute holding them, for the message
   * @throws dev.sitrep.core.InvalidDataException if not
   */
  public static void checkSupersession(List<? extends Supersedable> claims, String path) {
    boolean linked = false;
    for (Supersedable c : claims) {
      linked |= c.id().isPresent() || c.supersedes().isPresent();
    }
    if (!linked) {
      return; // the common case: no claim supersedes another
    }
    int n = claims.size();
    // the index of each id, or -1 for an id that more than one claim has
    Map<EntityId, Integer> indexOf = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Optional<EntityId> id = claims.get(i).id();
      if (id.isPresent()) {
        indexOf.merge(id.get(), i, (first, again) -> -1);
      }
    }
    boolean superseding = false;
    for (int i = 0; i < n; i++) {
      Supersedable c = claims.get(i);
      Optional<EntityId> id = c.id();
      if (id.isPresent() && indexOf.get(id.get()) < 0) {
        throw new InvalidDataException(path + "[" + i + "].id",
            "must be unique among the claims, was " + id.get());
      }
      Optional<EntityId> s = c.supersedes();
      if (s.isPresent() && !indexOf.containsKey(s.get())) {
        throw new InvalidDataException(path + "[" + i + "].supersedes",
            "must name the id of another claim, was " + s.get());
      }
      superseding |= s.isPresent();
    }
    if (superseding) {
      checkNoLoop(claims, path, indexOf);
    }
  }

  /**
   * Checks supersession as {@link #checkSupersession(List, String)} does, and that a claim
   * supersedes only a claim about the same thing: a later count of people killed supersedes an
   * earlier count of people killed, never a count of people injured.
   *
   * <pre>{@code
   * Claim.checkSupersession(event.impacts(), "impacts", c -> c.value().kind());
   * Claim.checkSupersession(exercise.strength(), "strength", Strength::category);
   * }</pre>
   *
   * @param <C> the kind of claim
   * @param claims the claims
   * @param path the attribute holding them, for the message
   * @param subject what a claim is about, such as an impact's kind
   * @throws dev.sitrep.core.InvalidDataException if not
   */
  public static <C extends Supersedable> void checkSupersession(List<? extends C> claims,
      String path, Function<? super C, ?> subject) {
    checkSupersession(claims, path);
    boolean superseding = false;
    for (int i = 0; i < claims.size() && !superseding; i++) {
      superseding = claims.get(i).supersedes().isPresent();
    }
    if (!superseding) {
      return; // the common case, an empty list included: nothing to compare
    }
    Map<EntityId, C> byId = new HashMap<>();
    for (C c : claims) {
      c.id().ifPresent(id -> byId.put(id, c));
    }
    for (int i = 0; i < claims.size(); i++) {
      C c = claims.get(i);
      if (c.supersedes().isPresent()) {
        Object about = subject.apply(c);
        Object earlier = subject.apply(byId.get(c.supersedes().get()));
        if (!about.equals(earlier)) {
          throw new InvalidDataException(path + "[" + i + "].supersedes",
              "must name a claim about the same thing: " + c.supersedes().get() + " is about "
                  + earlier + ", this claim about " + about);
        }
      }
    }
  }

  /**
   * Fails if following {@code supersedes} from some claim leads back to it. Ids are unique and
   * every {@code supersedes} names a claim, so each claim leads to at most one other: each claim
   * is walked once, marked first as on the walk, then as leading to no loop or as in one.
   */
  private static void checkNoLoop(List<? extends Supersedable> claims, String path,
      Map<EntityId, Integer> indexOf) {
    int n = claims.size();
    int[] next = new int[n];
    for (int i = 0; i < n; i++) {
      next[i] = claims.get(i).supersedes().map(indexOf::get).orElse(-1);
    }
    final byte unseen = 0;
    final byte onWalk = 1;
    final byte noLoop = 2;
    final byte inLoop = 3;
    byte[] state = new byte[n];
    int[] walk = new int[n];
    for (int start = 0; start < n; start++) {
      int length = 0;
      int at = start;
      while (at >= 0 && state[at] == unseen) {
        state[at] = onWalk;
        walk[length++] = at;
        at = next[at];
      }
      if (at >= 0 && state[at] == onWalk) {
        // the walk came back to a claim of its own: that claim and those after it form a loop
        int k = length - 1;
        while (walk[k] != at) {
          state[walk[k--]] = inLoop;
        }
        state[at] = inLoop;
        length = k;
      }
      for (int k = 0; k < length; k++) {
        state[walk[k]] = noLoop;
      }
    }
    for (int i = 0; i < n; i++) {
      if (state[i] == inLoop) {
        List<String> shown = new ArrayList<>();
        int at = i;
        do {
          shown.add(claims.get(at).id().orElseThrow().toString());
          at = next[at];
        } while (at != i && shown.size() < LOOP_IDS_SHOWN);
        shown.add(at == i ? claims.get(i).id().orElseThrow().toString() : "\u2026");
        throw new InvalidDataException(path + "[" + i + "].supersedes",
            "must not form a loop: " + String.join(" -> ", shown));
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
