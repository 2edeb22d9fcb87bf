package dev.sitrep.core.dossier;

import dev.sitrep.core.internal.SitrepStyle;
import org.immutables.value.Value;

/**
 * One problem a {@link Dossier} has: where ({@code events[3].hosts[0]}), what kind
 * ({@code dangling-reference}), and a message naming the values.
 */
@Value.Immutable
@SitrepStyle
public abstract class Problem {
  /** A reference to an id no entity of the dossier has. */
  public static final String DANGLING_REFERENCE = "dangling-reference";
  /** A reference to an entity of the wrong kind: a person where a state is required. */
  public static final String WRONG_KIND = "wrong-kind";
  /** Two entities with one id. */
  public static final String DUPLICATE_ID = "duplicate-id";
  /** A claim or statistic that supersedes one dated later than itself. */
  public static final String SUPERSEDES_LATER = "supersedes-later";
  /** A statistic that supersedes one of another metric or subject, or one that leads back to it. */
  public static final String BAD_REVISION = "bad-revision";

  /** @return where, as a path into the dossier such as {@code events[3].hosts[0]} */
  @Value.Parameter
  public abstract String path();

  /** @return what kind of problem: one of the constants above */
  @Value.Parameter
  public abstract String code();

  /** @return what is wrong, with the values */
  @Value.Parameter
  public abstract String message();

  /**
   * @param path where, such as {@code events[0].hosts[0]}
   * @param code what kind of problem, such as {@link #DANGLING_REFERENCE}
   * @param message what is wrong, with the values
   * @return a problem
   */
  public static Problem of(String path, String code, String message) {
    return ImmutableProblem.of(path, code, message);
  }

  @Override
  public String toString() {
    return path() + ": " + message() + " [" + code() + "]";
  }
}
