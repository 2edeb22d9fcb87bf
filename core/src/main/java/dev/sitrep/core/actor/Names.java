package dev.sitrep.core.actor;

import dev.sitrep.core.extension.Extensions;
import dev.sitrep.core.internal.Checks;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Name matching that ignores case, diacritics and punctuation; and the checks every actor shares. */
final class Names {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private Names() {}

  /** @return the text lowercased, without diacritics, with single spaces between words */
  static String normalize(String text) {
    Checks.require(text != null, "name", "must not be null");
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return NON_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  static boolean matches(Actor actor, String query) {
    String q = normalize(query);
    if (q.isEmpty()) {
      return false;
    }
    return Stream.concat(Stream.of(actor.name()), actor.otherNames().stream().map(Name::value))
        .map(Names::normalize)
        .anyMatch(n -> n.equals(q) || (" " + n + " ").contains(" " + q + " "));
  }

  static boolean isExactly(Actor actor, String query) {
    String q = normalize(query);
    return Stream.concat(Stream.of(actor.name()), actor.otherNames().stream().map(Name::value))
        .map(Names::normalize)
        .anyMatch(q::equals);
  }

  static void checkActor(Actor actor) {
    Checks.notBlank(actor.name(), "name");
    Extensions.requireNames(actor.extensions());
  }
}
