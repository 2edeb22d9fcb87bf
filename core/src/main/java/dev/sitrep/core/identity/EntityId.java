package dev.sitrep.core.identity;

import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import org.immutables.value.Value;

/**
 * The id of an entity: a human-readable slug of lowercase kebab-case segments joined by {@code /},
 * such as {@code exercise/zapad-2025} or {@code state/blr}; at most 200 characters.
 */
@Value.Immutable
@SitrepStyle
public abstract class EntityId implements Comparable<EntityId> {
  static final int MAX_LENGTH = 200;

  /** @return the slug, such as {@code exercise/zapad-2025} */
  @Value.Parameter
  public abstract String value();

  /**
   * @param value a slug such as {@code exercise/zapad-2025}
   * @return the id
   * @throws dev.sitrep.core.InvalidDataException if it is not a valid slug
   */
  public static EntityId of(String value) {
    return ImmutableEntityId.of(value);
  }

  @Value.Check
  void check() {
    Checks.require(value().length() <= MAX_LENGTH, "id",
        () -> "must be at most " + MAX_LENGTH + " characters, was " + value().length());
    Checks.require(isSlug(value()), "id", () -> "must be lowercase kebab-case segments joined by '/', "
        + "such as 'exercise/zapad-2025', was '" + value() + "'");
  }

  /**
   * One pass over the characters, not a regular expression, as it runs for every id and reference
   * read: lowercase letters and digits, with single hyphens and slashes between them.
   */
  private static boolean isSlug(String value) {
    char previous = '/';
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      if (!word && ((c != '-' && c != '/') || previous == '-' || previous == '/')) {
        return false;
      }
      previous = c;
    }
    return previous != '-' && previous != '/';
  }

  @Override
  public int compareTo(EntityId other) {
    return value().compareTo(other.value());
  }

  @Override
  public String toString() {
    return value();
  }
}
