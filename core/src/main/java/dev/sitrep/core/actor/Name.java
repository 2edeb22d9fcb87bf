package dev.sitrep.core.actor;

import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A name as written in one language or script: "Alexander Lukashenko" (English), "Аляксандр
 * Лукашэнка" ({@code be}, {@code Cyrl}), "Александр Лукашенко" ({@code ru}, {@code Cyrl}).
 */
@Value.Immutable
@SitrepStyle
public abstract class Name {
  private static final Pattern SCRIPT = Pattern.compile("[A-Z][a-z]{3}");

  /** @return the name as written */
  @Value.Parameter
  public abstract String value();

  /** @return the BCP 47 language tag, such as {@code be}, if known */
  public abstract Optional<String> language();

  /** @return the ISO 15924 script, such as {@code Cyrl}, if known */
  public abstract Optional<String> script();

  /**
   * @param value the name as written, such as "Lukashenka"
   * @return a name of unknown language and script
   */
  public static Name of(String value) {
    return ImmutableName.of(value);
  }

  /**
   * @param value the name as written, such as "Лукашэнка"
   * @param language its BCP 47 language tag, such as {@code be}
   * @param script its ISO 15924 script, such as {@code Cyrl}
   * @return a name in a language ({@code be}) and script ({@code Cyrl})
   */
  public static Name of(String value, String language, String script) {
    return ImmutableName.of(value).withLanguage(language).withScript(script);
  }

  /** @return a new builder */
  public static ImmutableName.Builder builder() {
    return ImmutableName.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(value(), "value");
    language().ifPresent(l -> Checks.language(l, "language"));
    script().ifPresent(s -> Checks.matches(s, SCRIPT, "script",
        "an ISO 15924 script code such as 'Cyrl'"));
  }
}
