package dev.sitrep.core.identity;

import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An id of the same thing in another system: a Wikidata item ({@code Q184}, Belarus), an ISO 3166
 * code ({@code BY} or {@code BLR}), an ICAO location indicator ({@code EPWW}), a GeoNames id
 * ({@code 756135}, Warsaw), a URL, a ship's IMO number ({@code 9329760}, its check digit checked),
 * or a registry's own id. Values of the well-known schemes are validated.
 */
@Value.Immutable
@SitrepStyle
public abstract class ExternalId {
  private static final Pattern WIKIDATA = Pattern.compile("[QP][1-9][0-9]*");
  private static final Pattern IMO_DIGITS = Pattern.compile("[0-9]{7}");
  private static final Pattern GEONAMES = Pattern.compile("[1-9][0-9]*");
  private static final Set<String> ISO_ALPHA2 =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
  private static final Set<String> ISO_ALPHA3 =
      Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

  /** @return the scheme, such as {@link IdScheme#WIKIDATA} */
  @Value.Parameter
  public abstract IdScheme scheme();

  /** @return the id within the scheme, such as {@code Q184} */
  @Value.Parameter
  public abstract String value();

  /**
   * @param scheme the scheme
   * @param value the id within the scheme
   * @return the external id
   * @throws dev.sitrep.core.InvalidDataException if the value is not valid for a known scheme
   */
  public static ExternalId of(IdScheme scheme, String value) {
    return ImmutableExternalId.of(scheme, value);
  }

  /**
   * @param qid the item's id
   * @return a Wikidata item, such as {@code Q184}
   */
  public static ExternalId wikidata(String qid) {
    return of(IdScheme.WIKIDATA, qid);
  }

  /**
   * @param code the country code
   * @return an ISO 3166-1 alpha-2 or alpha-3 code, such as {@code BY} or {@code BLR}
   */
  public static ExternalId iso3166(String code) {
    return of(IdScheme.ISO_3166, code);
  }

  /**
   * @param number the IMO number
   * @return a ship's IMO number, seven digits such as {@code 9329760}
   */
  public static ExternalId imo(String number) {
    return of(IdScheme.IMO, number);
  }

  @Value.Check
  void check() {
    Checks.notBlank(value(), "value");
    if (scheme().equals(IdScheme.WIKIDATA)) {
      Checks.matches(value(), WIKIDATA, "value", "a Wikidata id such as 'Q184'");
    } else if (scheme().equals(IdScheme.ISO_3166)) {
      Checks.require(ISO_ALPHA2.contains(value()) || ISO_ALPHA3.contains(value()), "value",
          () -> "must be an ISO 3166-1 alpha-2 or alpha-3 code known to the JDK, was '" + value() + "'");
    } else if (scheme().equals(IdScheme.ICAO)) {
      Checks.icao(value(), "value");
    } else if (scheme().equals(IdScheme.GEONAMES)) {
      Checks.matches(value(), GEONAMES, "value", "a GeoNames id, a positive number such as '756135'");
    } else if (scheme().equals(IdScheme.URL)) {
      Checks.webUrl(value(), "value");
    } else if (scheme().equals(IdScheme.IMO)) {
      Checks.matches(value(), IMO_DIGITS, "value",
          "an IMO number of seven digits such as '9329760'");
      Checks.require(imoCheckDigit(value()) == value().charAt(6) - '0', "value",
          () -> "must end in the IMO check digit " + imoCheckDigit(value()) + ", was '" + value()
              + "'");
    }
  }

  /**
   * @return the check digit of an IMO number: the last digit of the sum of its first six digits
   *     multiplied by 7, 6, 5, 4, 3 and 2 (9, 3, 2, 9, 7, 6 give 160, so 9329760 ends in 0)
   */
  private static int imoCheckDigit(String digits) {
    int sum = 0;
    for (int i = 0; i < 6; i++) {
      sum += (digits.charAt(i) - '0') * (7 - i);
    }
    return sum % 10;
  }

  @Override
  public String toString() {
    return scheme() + ":" + value();
  }
}
