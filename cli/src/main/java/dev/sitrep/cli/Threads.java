package dev.sitrep.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The option {@code --threads N} of the commands that read sitrep JSON Lines: how many threads
 * decode its lines, one a processor unless given. Results come out in line order whatever the
 * number, so it changes only how soon they come.
 *
 * <pre>
 * sitrep stats --threads 1 events.jsonl
 * </pre>
 */
final class Threads {
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(names = "--threads", paramLabel = "N", description = "threads that decode the lines of "
      + "sitrep JSON Lines (default: one a processor, here ${DEFAULT-VALUE}); errors come out in "
      + "line order whatever the number; 1 decodes each line as soon as it arrives")
  int threads = Runtime.getRuntime().availableProcessors();

  /**
   * @return the number of threads given
   * @throws ParameterException if it is below 1
   */
  int count() {
    if (threads < 1) {
      throw new ParameterException(command.commandLine(), "--threads must be at least 1, was "
          + threads);
    }
    return threads;
  }
}
