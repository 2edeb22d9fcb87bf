package dev.sitrep.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The settings every baseline's mapper has: snake_case names, empty and absent values left out,
 * properties in declaration order. Otherwise Jackson 3's defaults. A class of its own, without
 * state, so that building one baseline's mapper builds no other (what {@code ColdStartBenchmark}
 * measures).
 */
public final class Mappers {
  private Mappers() {}

  /** @return a new builder with the baselines' settings */
  public static JsonMapper.Builder builder() {
    return JsonMapper.builder()
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .changeDefaultPropertyInclusion(
            incl -> incl.withValueInclusion(JsonInclude.Include.NON_EMPTY))
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY);
  }
}
