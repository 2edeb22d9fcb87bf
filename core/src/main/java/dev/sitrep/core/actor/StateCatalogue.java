package dev.sitrep.core.actor;

import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every state the JDK's country list knows, ready made: {@code StateCatalogue.find("BY")},
 * {@code find("BLR")} and {@code find("belarus")} all give Belarus, with the id {@code state/blr},
 * its English name and its ISO 3166 external ids.
 */
public final class StateCatalogue {
  private static final List<State> ALL = build();

  private StateCatalogue() {}

  /** @return every state, ordered by alpha-2 code */
  public static List<State> all() {
    return ALL;
  }

  /**
   * @param codeOrName an alpha-2 or alpha-3 code (any case) or an English name ("Poland")
   * @return the state, if the JDK knows it
   */
  public static Optional<State> find(String codeOrName) {
    Checks.require(codeOrName != null, "state", "must not be null");
    String upper = codeOrName.trim().toUpperCase(Locale.ROOT);
    return ALL.stream()
        .filter(s -> s.alpha2().equals(upper) || s.alpha3().equals(upper)
            || Names.isExactly(s, codeOrName))
        .findFirst();
  }

  /**
   * @param codeOrName an alpha-2 or alpha-3 code or an English name
   * @return the state
   * @throws dev.sitrep.core.InvalidDataException if the JDK knows no such state
   */
  public static State get(String codeOrName) {
    return find(codeOrName).orElseThrow(() -> new dev.sitrep.core.InvalidDataException("state",
        "must be an ISO 3166-1 code or English name of a state, was '" + codeOrName + "'"));
  }

  private static List<State> build() {
    List<State> states = new ArrayList<>();
    for (String alpha2 : Locale.getISOCountries()) {
      String alpha3 = State.alpha3Of(alpha2);
      if (alpha3.isEmpty()) {
        continue;
      }
      states.add(State.builder()
          .id(EntityId.of("state/" + alpha3.toLowerCase(Locale.ROOT)))
          .name(new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH))
          .alpha2(alpha2)
          .alpha3(alpha3)
          .addExternalIds(ExternalId.iso3166(alpha2), ExternalId.iso3166(alpha3))
          .build());
    }
    return Collections.unmodifiableList(states);
  }
}
