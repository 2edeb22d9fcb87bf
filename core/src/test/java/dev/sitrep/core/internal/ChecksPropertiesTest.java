package dev.sitrep.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the shared checks that have a fast path. */
class ChecksPropertiesTest {
  /** The first repeated element, found the obvious way. */
  private static int naiveFirstRepeat(List<Integer> values) {
    for (int i = 0; i < values.size(); i++) {
      if (values.subList(0, i).contains(values.get(i))) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void firstRepeatFindsTheFirstElementEqualToAnEarlierOneInShortAndLongLists() {
    qt().withExamples(2000)
        .forAll(lists().of(integers().between(0, 60)).ofSizeBetween(0, 40))
        .checkAssert(values ->
            assertThat(Checks.firstRepeat(values)).isEqualTo(naiveFirstRepeat(values)));
  }
}
