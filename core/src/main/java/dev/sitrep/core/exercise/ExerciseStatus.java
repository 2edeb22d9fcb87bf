package dev.sitrep.core.exercise;

/**
 * Where an exercise stands: Zapad 2023 was {@link #CANCELLED}; Zapad 2025 {@link #PLANNED} when
 * the article was written.
 */
public enum ExerciseStatus {
  PLANNED,
  ONGOING,
  COMPLETED,
  CANCELLED,
  POSTPONED
}
