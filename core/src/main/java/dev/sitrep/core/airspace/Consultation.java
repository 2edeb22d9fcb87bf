package dev.sitrep.core.airspace;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.time.TimePoint;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Consultations considered, requested, declined or held after an incident: Poland requesting
 * consultations in NATO under Article 4 of the North Atlantic Treaty, held the same day; another
 * state considering it and not invoking it ({@code status(ConsultationStatus.CONSIDERED)}).
 * {@link #stage()} says how far they went.
 */
@Value.Immutable
@SitrepStyle
public abstract class Consultation {
  /** @return where the consultations take place, such as NATO */
  public abstract Ref<Organization> forum();

  /** @return the basis, such as "Article 4" */
  public abstract String basis();

  /** @return who requested them */
  public abstract List<Ref<? extends Actor>> requestedBy();

  /** @return when they were requested, if known */
  public abstract Optional<TimePoint> requested();

  /** @return when they were held, if they were */
  public abstract Optional<TimePoint> held();

  /** @return when requesting them was considered, if the source says */
  public abstract Optional<TimePoint> considered();

  /** @return when the request was declined, if it was */
  public abstract Optional<TimePoint> declined();

  /**
   * @return how far they went, where the source says so without a date: "considered, not
   *     invoked"; {@link #stage()} gives it in any case
   */
  public abstract Optional<ConsultationStatus> status();

  /**
   * @return how far they went: the status given, or else the one the latest date shows (held or
   *     declined, requested, considered), or else requested, as a consultation with neither has
   *     always been read
   */
  public ConsultationStatus stage() {
    if (status().isPresent()) {
      return status().get();
    }
    if (held().isPresent()) {
      return ConsultationStatus.HELD;
    }
    if (declined().isPresent()) {
      return ConsultationStatus.DECLINED;
    }
    return requested().isEmpty() && considered().isPresent() ? ConsultationStatus.CONSIDERED
        : ConsultationStatus.REQUESTED;
  }

  /** @return a new builder */
  public static ImmutableConsultation.Builder builder() {
    return ImmutableConsultation.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank(basis(), "basis");
    Checks.require(held().isEmpty() || declined().isEmpty(), "declined",
        () -> "must not be given for consultations that were held (held=" + held().get() + ")");
    notBefore(considered(), "considered", requested(), "requested");
    notBefore(considered(), "considered", held(), "held");
    notBefore(considered(), "considered", declined(), "declined");
    notBefore(requested(), "requested", held(), "held");
    notBefore(requested(), "requested", declined(), "declined");
    ConsultationStatus stage = stage();
    // a status given says how far they went: no date of a later stage
    Checks.require(stage == ConsultationStatus.HELD || held().isEmpty(), "held",
        () -> "must not be given for consultations " + stage.name().toLowerCase(Locale.ROOT));
    Checks.require(stage == ConsultationStatus.DECLINED || declined().isEmpty(), "declined",
        () -> "must not be given for consultations " + stage.name().toLowerCase(Locale.ROOT));
    Checks.require(stage != ConsultationStatus.CONSIDERED || requested().isEmpty(), "requested",
        "must not be given for consultations only considered");
  }

  /** Fails if the later date, where both are given, is certainly before the earlier. */
  private static void notBefore(Optional<TimePoint> earlier, String earlierName,
      Optional<TimePoint> later, String laterName) {
    if (earlier.isPresent() && later.isPresent()) {
      Checks.require(!later.get().isBefore(earlier.get()), laterName,
          () -> "must not be before " + earlierName + " (" + earlierName + "=" + earlier.get()
              + ", " + laterName + "=" + later.get() + ")");
    }
  }
}
