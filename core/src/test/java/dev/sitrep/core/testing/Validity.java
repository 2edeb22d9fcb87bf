package dev.sitrep.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.sitrep.core.InvalidDataException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions about sitrep's one exception for bad input. */
public final class Validity {
  private Validity() {}

  /**
   * Asserts that {@code build} succeeds if {@code valid}, and otherwise fails with an
   * {@link InvalidDataException} (never an NPE or any other exception).
   *
   * @param valid whether the input follows the rule
   * @param build what builds the value
   * @return the exception, or {@code null} when the value was built
   */
  public static InvalidDataException assertValidIff(boolean valid, ThrowingCallable build) {
    Throwable thrown = catchThrowable(build);
    if (valid) {
      assertThat(thrown).as("a valid input must be accepted").isNull();
      return null;
    }
    assertThat(thrown).as("an invalid input must be rejected with InvalidDataException")
        .isInstanceOf(InvalidDataException.class);
    return (InvalidDataException) thrown;
  }

  /**
   * Asserts that {@code build} fails with an {@link InvalidDataException} at {@code path} whose
   * message contains every one of {@code fragments}.
   *
   * @param build what tries to build the value
   * @param path the attribute the exception must name, such as {@code end}
   * @param fragments what the message must contain, such as the offending value
   * @return the exception
   */
  public static InvalidDataException assertRejected(
      ThrowingCallable build, String path, String... fragments) {
    Throwable thrown = catchThrowable(build);
    assertThat(thrown).as("must be rejected with InvalidDataException")
        .isInstanceOf(InvalidDataException.class);
    InvalidDataException e = (InvalidDataException) thrown;
    assertThat(e.path()).as("the path of '%s'", e.getMessage()).isEqualTo(path);
    if (fragments.length > 0) {
      assertThat(e.getMessage()).contains(fragments);
    }
    return e;
  }
}
