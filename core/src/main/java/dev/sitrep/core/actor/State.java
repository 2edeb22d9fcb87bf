package dev.sitrep.core.actor;

import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import org.immutables.value.Value;

/**
 * A sovereign state, identified by its ISO 3166-1 codes: Belarus is {@code BY} / {@code BLR}. The
 * codes are checked against the JDK's own list ({@link Locale#getISOCountries()}), and must name
 * the same country. {@link StateCatalogue} has every state the JDK knows, ready made.
 */
@Value.Immutable
@SitrepStyle
public abstract non-sealed class State implements Actor {
  /** The builder of a State: an {@link ActorBuilder} with setters of its own. */
  public interface Builder extends ActorBuilder<Builder> {}

  /** The JDK's alpha-2 codes, each with its alpha-3 code, made once rather than per state read. */
  private static final Map<String, String> ALPHA3_BY_ALPHA2 = alpha3ByAlpha2();

  /** @return the ISO 3166-1 alpha-2 code, such as {@code BY} */
  public abstract String alpha2();

  /** @return the ISO 3166-1 alpha-3 code, such as {@code BLR} */
  public abstract String alpha3();

  /** @return a new builder */
  public static ImmutableState.Builder builder() {
    return ImmutableState.builder();
  }

  @Value.Check
  void check() {
    Names.checkActor(this);
    String expected = alpha3Of(alpha2());
    Checks.require(!expected.isEmpty(), "alpha2",
        () -> "must be an ISO 3166-1 alpha-2 code known to the JDK, was '" + alpha2() + "'");
    Checks.require(expected.equals(alpha3()), "alpha3",
        () -> "must be the alpha-3 code of " + alpha2() + " ('" + expected + "'), was '" + alpha3()
            + "'");
  }

  /** @return the alpha-3 code of a JDK-known alpha-2 code, or "" */
  static String alpha3Of(String alpha2) {
    return ALPHA3_BY_ALPHA2.getOrDefault(alpha2, "");
  }

  private static Map<String, String> alpha3ByAlpha2() {
    Map<String, String> codes = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
      try {
        codes.put(alpha2, new Locale("", alpha2).getISO3Country());
      } catch (MissingResourceException e) {
        // a code with no alpha-3 code cannot name a state
      }
    }
    return Map.copyOf(codes);
  }
}
