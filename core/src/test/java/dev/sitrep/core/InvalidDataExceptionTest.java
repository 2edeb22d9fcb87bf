package dev.sitrep.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The one exception: its path, its rule, and where in a JSON document it was found. */
class InvalidDataExceptionTest {
  @Test
  void aBrokenRuleNamesItsPath() {
    InvalidDataException e = new InvalidDataException("end",
        "must not be before start (start=2025-09-12, end=2025-09-10)");
    assertThat(e).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("end: must not be before start (start=2025-09-12, end=2025-09-10)");
    assertThat(e.path()).isEqualTo("end");
    assertThat(e.line()).isEqualTo(OptionalLong.empty());
    assertThat(e.column()).isEqualTo(OptionalInt.empty());
  }

  @Test
  void theGeneratedBuildersMessagesBecomeAPathAndARule() {
    InvalidDataException nullAttribute = new InvalidDataException("name");
    assertThat(nullAttribute.path()).isEqualTo("name");
    assertThat(nullAttribute).hasMessage("name: must not be null");

    InvalidDataException nullElement = new InvalidDataException("otherNames element");
    assertThat(nullElement.path()).isEqualTo("otherNames");
    assertThat(nullElement).hasMessage("otherNames: must not contain null");

    InvalidDataException oneMissing = new InvalidDataException(
        "Cannot build Quote, some of required attributes are not set [text]");
    assertThat(oneMissing.path()).isEqualTo("text");
    assertThat(oneMissing).hasMessage("text: is required by Quote but missing");

    InvalidDataException severalMissing = new InvalidDataException(
        "Cannot build Person, some of required attributes are not set [id, name]");
    assertThat(severalMissing.path()).isEmpty();
    assertThat(severalMissing).hasMessage("required attributes of Person are missing: id, name");

    InvalidDataException other = new InvalidDataException("Something else went wrong.");
    assertThat(other.path()).isEmpty();
    assertThat(other).hasMessage("Something else went wrong.");
  }

  @Test
  void foundInJsonItKeepsTheRuleAndAddsThePathLineAndColumn() {
    IllegalStateException cause = new IllegalStateException("cause");
    InvalidDataException inJson = InvalidDataException.inJson("$.events[3].period.end",
        "must not be before start", 12, 7, cause);
    assertThat(inJson.path()).isEqualTo("$.events[3].period.end");
    assertThat(inJson.rule()).isEqualTo("must not be before start");
    assertThat(inJson.line()).hasValue(12);
    assertThat(inJson.column()).hasValue(7);
    assertThat(inJson).hasCause(cause)
        .hasMessage("$.events[3].period.end: must not be before start (line 12, column 7)");
    assertThat(InvalidDataException.inJson("$.x", "unknown property", -1, -1, null))
        .hasMessage("$.x: unknown property");
  }
}
