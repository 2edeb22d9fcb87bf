package dev.sitrep.core.airspace;

import dev.sitrep.core.actor.State;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.quantity.UncertainCount;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What entered the airspace: "at least nineteen Russian drones", some via Belarus. The platform,
 * its model where known ("Gerbera"), how many, the claims about where they came from (which may be
 * corrected later), the states they came through, and where they entered. Where sources disagree
 * on what it was, each identification is a claim:
 *
 * <pre>{@code
 * Intrusion decoys = Intrusion.builder().platform(PlatformKind.DECOY_DRONE)
 *     .count(UncertainCount.atLeast(19))
 *     .addPlatformClaims(Claim.of(PlatformKind.DRONE, firstReport))
 *     .addPlatformClaims(Claim.<PlatformKind>builder().value(PlatformKind.DECOY_DRONE)
 *         .attribution(assessment).supersedes(...).build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@SitrepStyle
public abstract class Intrusion {
  /** @return what kind of thing entered */
  public abstract PlatformKind platform();

  /** @return the model, if known, such as "Gerbera" or "MiG-31" */
  public abstract Optional<String> model();

  /**
   * @return the claims of what kind of thing it was, where sources disagree or an assessment
   *     corrects a first report ("drones", later "decoy drones"); {@link #platform()} is then
   *     the platform of one of the current claims
   */
  public abstract List<Claim<PlatformKind>> platformClaims();

  /**
   * @return the claims of its model, where sources disagree or one is corrected; {@link #model()},
   *     if given, is then the model of one of the current claims
   */
  public abstract List<Claim<String>> modelClaims();

  /** @return how many entered */
  public abstract UncertainCount count();

  /**
   * @return how they flew, as reported: no flight plan filed, transponder off, no radio contact;
   *     none twice
   */
  public abstract List<FlightConduct> conduct();

  /** @return what they carried, where reported: "contraband cigarettes", "explosives" */
  public abstract Optional<String> payload();

  /** @return the claims about the state they came from; a later one may supersede an earlier */
  public abstract List<Claim<Ref<State>>> origin();

  /** @return the states they came through */
  public abstract List<Transit> transits();

  /** @return where they entered, if known */
  public abstract Optional<Place> entry();

  /** @return a new builder */
  public static ImmutableIntrusion.Builder builder() {
    return ImmutableIntrusion.builder();
  }

  @Value.Check
  void check() {
    model().ifPresent(m -> Checks.notBlank(m, "model"));
    payload().ifPresent(p -> Checks.notBlank(p, "payload"));
    Checks.distinct(conduct(), "conduct", "a conduct");
    Claim.checkSupersession(origin(), "origin");
    Claim.checkSupersession(platformClaims(), "platformClaims");
    Claim.checkSupersession(modelClaims(), "modelClaims");
    modelClaims().forEach(c -> Checks.notBlank(c.value(), "modelClaims"));
    requireCurrent(platformClaims(), Optional.of(platform()), "platform");
    requireCurrent(modelClaims(), model(), "model");
  }

  /** Fails unless {@code value}, if given, is the value of a current claim, if there are claims. */
  private static <T> void requireCurrent(List<Claim<T>> claims, Optional<T> value, String path) {
    if (!claims.isEmpty() && value.isPresent()) {
      List<T> current = Claim.current(claims).stream().map(Claim::value).toList();
      Checks.require(current.contains(value.get()), path, () -> "must be what a current claim"
          + " says, one of " + current + ", was " + value.get());
    }
  }
}
