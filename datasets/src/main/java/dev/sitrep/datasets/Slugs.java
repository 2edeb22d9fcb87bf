package dev.sitrep.datasets;

import dev.sitrep.core.identity.EntityId;
import java.text.Normalizer;
import java.util.Locale;

/** Ids made from a dataset's names: "Military Forces of Ukraine (2019-)" is {@code actor/military-forces-of-ukraine-2019}. */
final class Slugs {
  private static final int MAX_SEGMENT = 150;

  private Slugs() {}

  /** @return {@code prefix/} followed by {@code name} in lowercase kebab-case */
  static EntityId id(String prefix, String name) {
    return EntityId.of(prefix + "/" + slug(name));
  }

  /**
   * @return the name in lowercase ASCII words joined by hyphens, diacritics dropped; a name with
   *     no such word (one in another script) becomes the hex of its hash code
   */
  static String slug(String name) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).toLowerCase(Locale.ROOT);
    StringBuilder s = new StringBuilder();
    boolean hyphen = false;
    for (int i = 0; i < plain.length() && s.length() < MAX_SEGMENT; i++) {
      char c = plain.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (hyphen && s.length() > 0) {
          s.append('-');
        }
        s.append(c);
        hyphen = false;
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        hyphen = true;
      }
    }
    if (s.length() == 0) {
      return "n" + Integer.toHexString(name.hashCode());
    }
    return s.toString();
  }
}
