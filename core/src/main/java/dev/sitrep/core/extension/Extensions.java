package dev.sitrep.core.extension;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.Text;
import java.util.Map;

/**
 * The rule of extension properties: fields a feed carries that sitrep does not model, kept on any
 * {@linkplain dev.sitrep.core.identity.Entity entity} under a namespaced name, in order, and
 * written back as read, as STIX 2.1 keeps custom properties. A name is either STIX style,
 * {@code x_} and then ASCII letters, digits and underscores ({@code x_acme_score}), or a
 * reverse-domain name of at least three dot-separated labels, the first a lowercase top-level
 * domain ({@code org.acled.interaction}, {@code com.example.risk-level}); exactly
 * {@value #NAME_PATTERN}. No property sitrep declares can have such a name: sitrep's own names are
 * snake_case without dots and never begin with {@code x_}.
 *
 * <pre>{@code
 * Person p = Person.builder().id(EntityId.of("person/x")).name("X")
 *     .putExtension("org.acled.actor-code", JsonValue.of(1301))
 *     .build();
 * Extensions.isName("x_acme_score");   // true
 * Extensions.isName("score");          // false
 * }</pre>
 */
public final class Extensions {
  /** The pattern every extension name matches, as a regular expression of Java and ECMAScript. */
  public static final String NAME_PATTERN =
      "^(x_[A-Za-z0-9_]+|[a-z][a-z0-9-]*(\\.[A-Za-z0-9][A-Za-z0-9_-]*){2,})$";

  private Extensions() {}

  /**
   * @param name a property name read
   * @return whether {@code name} is an extension name: whether it matches {@link #NAME_PATTERN},
   *     checked in one pass without a regular expression, as it runs for every extension read
   */
  public static boolean isName(String name) {
    int n = name.length();
    if (name.startsWith("x_")) { // x_[A-Za-z0-9_]+
      int i = 2;
      while (i < n && (isAlphanumeric(name.charAt(i)) || name.charAt(i) == '_')) {
        i++;
      }
      return n > 2 && i == n;
    }
    if (n == 0 || name.charAt(0) < 'a' || name.charAt(0) > 'z') { // [a-z][a-z0-9-]*
      return false;
    }
    int i = 1;
    while (i < n && (name.charAt(i) >= 'a' && name.charAt(i) <= 'z' || isDigit(name.charAt(i))
        || name.charAt(i) == '-')) {
      i++;
    }
    int labels = 0; // then (\.[A-Za-z0-9][A-Za-z0-9_-]*){2,}
    while (i < n) {
      if (name.charAt(i) != '.' || i + 1 == n || !isAlphanumeric(name.charAt(i + 1))) {
        return false;
      }
      i += 2;
      while (i < n && (isAlphanumeric(name.charAt(i)) || name.charAt(i) == '_'
          || name.charAt(i) == '-')) {
        i++;
      }
      labels++;
    }
    return labels >= 2;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlphanumeric(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c);
  }

  /**
   * Fails unless every key of {@code extensions} is an extension name.
   *
   * @param extensions an entity's extension properties
   * @throws InvalidDataException at {@code extensions}, naming the key and the rule
   */
  public static void requireNames(Map<String, JsonValue> extensions) {
    for (String name : extensions.keySet()) {
      if (!isName(name)) {
        throw new InvalidDataException("extensions", "must have names that begin with 'x_' or"
            + " are reverse-domain names such as 'org.acled.interaction', matching "
            + NAME_PATTERN + "; found '" + Text.abbreviate(name, 100) + "'");
      }
    }
  }

  /** Fails at {@code path} if a name has an unpaired surrogate, which no JSON writer can write. */
  static void requireWellFormed(Iterable<String> names, String path) {
    for (String name : names) {
      if (Text.hasUnpairedSurrogate(name)) {
        throw new InvalidDataException(path, "must have names of well-formed Unicode, as I-JSON"
            + " requires: '" + Text.abbreviate(name, 100) + "' has an unpaired surrogate");
      }
    }
  }
}
