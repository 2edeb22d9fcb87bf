package dev.sitrep.core.identity;

import dev.sitrep.core.InvalidDataException;
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
    String value = value();
    if (value.length() > MAX_LENGTH) {
      throw new InvalidDataException("id",
          "must be at most " + MAX_LENGTH + " characters, was " + value.length());
    }
    if (!isSlug(value)) {
      throw new InvalidDataException("id", "must be lowercase kebab-case segments joined by '/', "
          + "such as 'exercise/zapad-2025', was '" + value + "'");
    }
  }

  /** What each ASCII character may be in a slug: 0 nothing, 1 a word's, 2 a separator. */
  private static final byte[] SLUG_CHARS = new byte[128];

  static {
    for (char c = 'a'; c <= 'z'; c++) {
      SLUG_CHARS[c] = 1;
    }
    for (char c = '0'; c <= '9'; c++) {
      SLUG_CHARS[c] = 1;
    }
    SLUG_CHARS['-'] = 2;
    SLUG_CHARS['/'] = 2;
  }

  /**
   * One pass over the characters with a table, not a regular expression, as it runs for every id
   * and reference read: lowercase letters and digits, with single hyphens and slashes between
   * them.
   */
  private static boolean isSlug(String value) {
    boolean afterSeparator = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      int kind = c < 128 ? SLUG_CHARS[c] : 0;
      if (kind == 0 || (kind == 2 && afterSeparator)) {
        return false;
      }
      afterSeparator = kind == 2;
    }
    return !afterSeparator;
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
