package dev.sitrep.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Errors as a user reads them, one a line on standard error ({@code file:line: path: rule}), up to
 * {@code --max-errors}; then only counted, and summed up at the end.
 */
final class Errors {
  private final PrintWriter err;
  private final long max;
  private long count;

  private Errors(PrintWriter err, long max) {
    this.err = err;
    this.max = max;
  }

  /**
   * @param command the command, whose standard error is written to
   * @param max how many errors to print, {@code --max-errors}
   * @return the errors of a run of the command
   * @throws ParameterException if {@code max} is below 0
   */
  static Errors of(CommandSpec command, long max) {
    if (max < 0) {
      throw new ParameterException(command.commandLine(), "--max-errors must be at least 0, was "
          + max);
    }
    return new Errors(command.commandLine().getErr(), max);
  }

  void report(String file, long line, String message) {
    count++;
    if (count <= max) {
      err.println(file + (line > 0 ? ":" + line : "") + ": " + message);
    }
  }

  long count() {
    return count;
  }

  /** Prints how many errors there were, and how many were not shown. */
  void summary(String what) {
    err.println(count == 0 ? what + ": no errors"
        : what + ": " + count + (count == 1 ? " error" : " errors")
            + (count > max ? " (" + (count - max) + " not shown; see --max-errors)" : ""));
  }
}
