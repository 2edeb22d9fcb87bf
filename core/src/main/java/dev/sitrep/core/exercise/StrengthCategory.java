package dev.sitrep.core.exercise;

/**
 * What a strength figure counts, in the categories of the Vienna Document 2011 (paragraphs 40 and
 * 47): "6,850 troops" counts {@link #TROOPS}, "250 tanks" {@link #BATTLE_TANKS}.
 */
public enum StrengthCategory {
  /** Troops, including support troops. */
  TROOPS,
  /** Battle tanks. */
  BATTLE_TANKS,
  /** Armoured combat vehicles. */
  ARMOURED_COMBAT_VEHICLES,
  /** Self-propelled and towed artillery, mortars and multiple rocket launchers of 100 mm and more. */
  ARTILLERY,
  /** Sorties by combat aircraft, excluding helicopters. */
  COMBAT_AIRCRAFT_SORTIES,
  /** Troops in an airborne (parachute) or amphibious landing. */
  AIRBORNE_OR_AMPHIBIOUS_TROOPS
}
