package dev.sitrep.core.exercise;

/**
 * Where an exercise stands: Zapad 2023 was {@link #CANCELLED}; Zapad 2025 {@link #PLANNED} when
 * the article was written.
 */
public enum ExerciseStatus {
  /** Announced, not begun. */
  PLANNED,
  /** Under way. */
  ONGOING,
  /** Held and ended. */
  COMPLETED,
  /** Called off: Zapad 2023. */
  CANCELLED,
  /** Put off to a later date. */
  POSTPONED
}
