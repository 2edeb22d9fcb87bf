package dev.sitrep.core.testing;

import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/** Draws values from a generator outside a property, for tests that look at a whole sample. */
public final class Samples {
  /** The seed of every sample, so that a coverage test sees the same values on every run. */
  public static final long SEED = 20250910L;

  private Samples() {}

  /**
   * @param gen the generator
   * @param size how many values to draw
   * @param <T> the kind of value
   * @return {@code size} values drawn with the fixed {@link #SEED}
   */
  public static <T> List<T> of(Gen<T> gen, int size) {
    List<T> values = new ArrayList<>(size);
    qt().withFixedSeed(SEED).withExamples(size).forAll(gen).checkAssert(values::add);
    return values;
  }
}
