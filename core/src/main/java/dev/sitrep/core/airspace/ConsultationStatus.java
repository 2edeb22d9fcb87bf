package dev.sitrep.core.airspace;

/**
 * How far consultations went: considered but not invoked, requested, declined by the forum, or
 * held. "Lithuania considered invoking Article 4" is {@link #CONSIDERED}; Poland's request of
 * 10 September 2025 is {@link #REQUESTED}, then {@link #HELD} once the North Atlantic Council met.
 */
public enum ConsultationStatus {
  /** Considered, not (yet) requested. */
  CONSIDERED,
  /** Requested, not yet held or declined. */
  REQUESTED,
  /** Requested and declined. */
  DECLINED,
  /** Held. */
  HELD
}
