package dev.sitrep.datasets;

import dev.sitrep.core.actor.State;
import dev.sitrep.core.actor.StateCatalogue;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * States by the names datasets give them: the JDK's English names and ISO 3166-1 codes, the names
 * ACLED and UCDP spell differently (ISO 3166 name to alpha-2, for the countries of their regions),
 * and UCDP's former names in parentheses ("Russia (Soviet Union)"). Each name is looked up once.
 * A name of no state the JDK lists (Kosovo, which has no ISO 3166-1 code) is not found: the row's
 * place is then kept as extensions, not made up (see the mappings).
 */
final class Countries {
  /** Names of the datasets' codebooks that the JDK's English names do not match. */
  private static final Map<String, String> ALIASES = Map.ofEntries(
      Map.entry("Russia", "RU"), Map.entry("Democratic Republic of Congo", "CD"),
      Map.entry("DR Congo", "CD"), Map.entry("Republic of Congo", "CG"), Map.entry("Congo", "CG"),
      Map.entry("Palestine", "PS"), Map.entry("Myanmar", "MM"), Map.entry("Ivory Coast", "CI"),
      Map.entry("Cote d'Ivoire", "CI"), Map.entry("eSwatini", "SZ"), Map.entry("Swaziland", "SZ"),
      Map.entry("Czech Republic", "CZ"), Map.entry("Turkey", "TR"), Map.entry("Syria", "SY"),
      Map.entry("Iran", "IR"), Map.entry("Laos", "LA"), Map.entry("North Korea", "KP"),
      Map.entry("South Korea", "KR"), Map.entry("Vietnam", "VN"), Map.entry("Bolivia", "BO"),
      Map.entry("Venezuela", "VE"), Map.entry("Tanzania", "TZ"), Map.entry("Moldova", "MD"),
      Map.entry("Macedonia, FYR", "MK"), Map.entry("North Macedonia", "MK"),
Map.entry("Cape Verde", "CV"), Map.entry("East Timor", "TL"),
      Map.entry("Micronesia", "FM"), Map.entry("Brunei", "BN"), Map.entry("Taiwan", "TW"),
      Map.entry("Cambodia (Kampuchea)", "KH"), Map.entry("Yemen (North Yemen)", "YE"),
      Map.entry("Bosnia-Herzegovina", "BA"), Map.entry("Bosnia and Herzegovina", "BA"),
      Map.entry("Gambia", "GM"), Map.entry("Bahamas", "BS"), Map.entry("Vatican City", "VA"),
      Map.entry("Burma", "MM"), Map.entry("Kingdom of eSwatini", "SZ"),
      Map.entry("Türkiye", "TR"), Map.entry("United States of America", "US"),
      Map.entry("Sao Tome and Principe", "ST"), Map.entry("Saint Kitts and Nevis", "KN"),
      Map.entry("Saint Vincent and the Grenadines", "VC"),
      Map.entry("Antigua and Barbuda", "AG"), Map.entry("Trinidad and Tobago", "TT"),
      Map.entry("Saint-Martin", "MF"), Map.entry("Saint-Barthelemy", "BL"),
      Map.entry("Wallis and Futuna", "WF"),
      Map.entry("Saint Helena, Ascension and Tristan da Cunha", "SH"),
      Map.entry("Virgin Islands, British", "VG"), Map.entry("Virgin Islands, U.S.", "VI"),
      Map.entry("Hong Kong", "HK"));

  private static final Map<String, Optional<State>> FOUND = new ConcurrentHashMap<>();

  private Countries() {}

  /** @return the state of that name or code, if known */
  static Optional<State> find(String name) {
    if (FOUND.size() > 10_000) {
      FOUND.clear(); // a bound on what odd names can make it hold
    }
    return FOUND.computeIfAbsent(name.trim(), Countries::lookup);
  }

  private static Optional<State> lookup(String name) {
    String alias = ALIASES.get(name);
    if (alias != null) {
      return StateCatalogue.find(alias);
    }
    Optional<State> s = name.isEmpty() ? Optional.empty() : StateCatalogue.find(name);
    int paren = name.indexOf(" (");
    // not find(): a ConcurrentHashMap must not be updated from within computeIfAbsent
    return s.isPresent() || paren < 0 ? s : lookup(name.substring(0, paren).trim());
  }
}
