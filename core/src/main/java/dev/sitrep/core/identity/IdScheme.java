package dev.sitrep.core.identity;

import dev.sitrep.core.Code;
import java.util.List;

/**
 * The scheme of an {@link ExternalId}: an open vocabulary. The well-known schemes are validated;
 * any other lowercase code (a registry's own, such as {@code acled} or {@code viasna}) is kept.
 */
public final class IdScheme extends Code {
  /** Wikidata items, such as {@code Q184} (Belarus). */
  public static final IdScheme WIKIDATA = new IdScheme("wikidata");
  /** ISO 3166-1 alpha-2 or alpha-3 country codes, such as {@code BY} or {@code BLR}. */
  public static final IdScheme ISO_3166 = new IdScheme("iso-3166");
  /** ICAO location indicators, such as {@code EPWW} (Warsaw flight information region). */
  public static final IdScheme ICAO = new IdScheme("icao");
  /** Absolute http or https URLs. */
  public static final IdScheme URL = new IdScheme("url");

  private static final List<IdScheme> KNOWN = List.of(WIKIDATA, ISO_3166, ICAO, URL);

  private IdScheme(String code) {
    super("scheme", code);
  }

  /**
   * @param code a known scheme or any lowercase kebab-case code
   * @return the scheme
   */
  public static IdScheme of(String code) {
    return KNOWN.stream().filter(k -> k.code().equals(code)).findFirst()
        .orElseGet(() -> new IdScheme(code));
  }

  /** @return the schemes whose values sitrep validates */
  public static List<IdScheme> known() {
    return KNOWN;
  }
}
