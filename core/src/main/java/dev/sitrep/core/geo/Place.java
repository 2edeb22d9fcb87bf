package dev.sitrep.core.geo;

import dev.sitrep.core.actor.State;
import dev.sitrep.core.identity.ExternalId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A named place, with a point where one is known and what the point stands for: "Warsaw", "an
 * aerodrome in Kaliningrad Region, Russia", "Alaska". Most places lie in one state, their
 * {@link #country()}; a place in none says why: a border zone names the states it lies between,
 * and a sea area, international waters or airspace has an {@link #areaKind()}.
 *
 * <pre>{@code
 * Place.builder().name("Warsaw").country(Ref.to(poland)).admin1("Masovian Voivodeship")
 *     .point(GeoPoint.of(52.2297, 21.0122)).precision(PlacePrecision.SETTLEMENT)
 *     .addExternalIds(ExternalId.of(IdScheme.GEONAMES, "756135"), ExternalId.wikidata("Q270"))
 *     .build();
 * Place.builder().name("the Polish-Belarusian border").addBorderStates(Ref.to(poland),
 *     Ref.to(belarus)).areaKind(AreaKind.BORDER_ZONE).precision(PlacePrecision.AREA).build();
 * Place.builder().name("the Baltic Sea").areaKind(AreaKind.SEA)
 *     .point(GeoPoint.of(55.5, 18.5)).precision(PlacePrecision.AREA).build();
 * }</pre>
 *
 * <p>Rules: a place has a country, or the two or more distinct states of a border zone, or an
 * area kind that says why it has neither; never a country and border states together; a
 * {@link PlacePrecision#COUNTRY} precision needs the country.
 */
@Value.Immutable
@SitrepStyle
public abstract class Place {
  /** @return the place's name as the source gives it */
  public abstract String name();

  /** @return the state the place lies in, unless it lies in none or on a border */
  public abstract Optional<Ref<State>> country();

  /**
   * @return the states whose border zone the place is, two or more, none twice; empty when the
   *     place has a country, or lies outside any state
   */
  public abstract List<Ref<State>> borderStates();

  /**
   * @return what kind of area the place is, such as {@link AreaKind#SEA} or
   *     {@link AreaKind#INTERNATIONAL_AIRSPACE}; required when the place has neither a country nor
   *     border states
   */
  public abstract Optional<AreaKind> areaKind();

  /** @return the first-level subdivision it lies in (region, province, oblast), if known */
  public abstract Optional<String> admin1();

  /** @return the second-level subdivision it lies in (district, county, raion), if known */
  public abstract Optional<String> admin2();

  /** @return a point, if known */
  public abstract Optional<GeoPoint> point();

  /** @return what the point stands for, or would if there were one */
  public abstract PlacePrecision precision();

  /** @return ids of the place in gazetteers, such as GeoNames and Wikidata */
  public abstract List<ExternalId> externalIds();

  /** @return a new builder */
  public static ImmutablePlace.Builder builder() {
    return ImmutablePlace.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
    admin1().ifPresent(a -> Checks.notBlank(a, "admin1"));
    admin2().ifPresent(a -> Checks.notBlank(a, "admin2"));
    if (country().isPresent()) {
      Checks.require(borderStates().isEmpty(), "borderStates",
          () -> "must be empty when the place lies in one country (" + country().get()
              + "), was " + borderStates());
    } else if (borderStates().isEmpty()) {
      Checks.require(areaKind().isPresent(), "areaKind",
          "must say why a place has no country nor border states, such as 'sea' or"
              + " 'international-airspace'");
    } else {
      Checks.require(borderStates().size() >= 2, "borderStates",
          () -> "must name two or more states of a border zone, was " + borderStates());
      Checks.distinct(borderStates(), "borderStates", "a state");
    }
    Checks.require(precision() != PlacePrecision.COUNTRY || country().isPresent(), "precision",
        "must not be 'country' for a place that lies in no one country");
  }
}
