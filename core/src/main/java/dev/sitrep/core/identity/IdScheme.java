package dev.sitrep.core.identity;

import dev.sitrep.core.Code;

/**
 * The scheme of an {@link ExternalId}: an open vocabulary. The well-known schemes (its constants)
 * are validated; any other lowercase code (a registry's own, such as {@code acled} or {@code viasna}) is kept.
 */
public final class IdScheme extends Code {
  /** Wikidata items, such as {@code Q184} (Belarus). */
  public static final IdScheme WIKIDATA = new IdScheme("wikidata");
  /** ISO 3166-1 alpha-2 or alpha-3 country codes, such as {@code BY} or {@code BLR}. */
  public static final IdScheme ISO_3166 = new IdScheme("iso-3166");
  /** ICAO location indicators, such as {@code EPWW} (Warsaw flight information region). */
  public static final IdScheme ICAO = new IdScheme("icao");
  /** GeoNames gazetteer ids, a positive number such as {@code 756135} (Warsaw). */
  public static final IdScheme GEONAMES = new IdScheme("geonames");
  /** Absolute http or https URLs. */
  public static final IdScheme URL = new IdScheme("url");
  /**
   * IMO ship identification numbers: seven digits, the last a check digit, such as
   * {@code 9329760} (the Eagle S); written without the letters "IMO".
   */
  public static final IdScheme IMO = new IdScheme("imo");

  private IdScheme(String code) {
    super("scheme", code);
  }

  /**
   * @param code a known scheme or any lowercase kebab-case code
   * @return the scheme
   */
  public static IdScheme of(String code) {
    return new IdScheme(code);
  }
}
