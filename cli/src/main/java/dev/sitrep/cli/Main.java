package dev.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sitrep} command: {@code validate}, {@code convert} and {@code stats}.
 *
 * <pre>
 * java -jar cli/target/sitrep.jar convert events.acled.csv events.geojson
 * </pre>
 */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0-SNAPSHOT",
    description = "Validate, convert and summarize sitrep JSON and the conflict-event datasets.",
    subcommands = {ValidateCommand.class, ConvertCommand.class, StatsCommand.class,
        CommandLine.HelpCommand.class},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  done; for validate, every file valid",
        "  1  bad data: a file not valid, or rows that could not be read",
        "  2  a usage error, or a file that cannot be read or written",
        "%nExamples:%n  sitrep validate dossier.json events.jsonl.gz",
        "  sitrep convert events.acled.csv events.geojson",
        "  sitrep stats events.plover.jsonl"})
public final class Main implements Runnable {
  /** Exit code: done. */
  static final int OK = 0;
  /** Exit code: bad data. */
  static final int BAD_DATA = 1;
  /** Exit code: usage error or input and output. */
  static final int USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** The {@code sitrep} command, before picocli gives it its arguments; {@link #main} runs it. */
  public Main() {}

  /**
   * Runs the command line and exits with its code: 0 done, 1 bad data, 2 a usage error or a file
   * that cannot be read or written.
   *
   * @param args the arguments, such as {@code validate dossier.json}
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** @return the command line, ready to execute */
  static CommandLine commandLine() {
    return new CommandLine(new Main()).setExitCodeExceptionMapper(e -> USAGE);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command");
  }
}
