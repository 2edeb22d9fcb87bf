package dev.sitrep.cli;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.dossier.Problem;
import dev.sitrep.core.event.Event;
import dev.sitrep.io.JsonLinesReader;
import dev.sitrep.io.SitrepJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep validate FILE...}: sitrep JSON dossiers and JSON Lines of events. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Checks sitrep files: a .json file (or one whose name ends in no format that "
        + "convert knows) is a dossier, read strictly and validated (references, supersession); "
        + "a .jsonl or .ndjson file holds an event a line. Each error is printed as "
        + "file:line: JSON path: rule; each problem validate() finds in a dossier as "
        + "file: JSON path: rule (code). Files in other formats are refused: convert them "
        + "first. Every file is checked, whatever the errors in those before it."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  every file valid", "  1  a file not valid",
        "  2  a file that cannot be read, or is not sitrep JSON",
        "%nExamples:%n  sitrep validate dossier.json", "  sitrep validate events.jsonl.gz",
        "  sitrep validate --threads 1 events.jsonl",
        "  cat events.jsonl | sitrep validate --jsonl -"})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "files to check; - is standard input")
  List<String> files;

  @Option(names = "--max-errors", defaultValue = "100", description = "print at most this many "
      + "errors (default: ${DEFAULT-VALUE}); all are counted")
  long maxErrors;

  @Option(names = "--jsonl", description = "read every file as JSON Lines, whatever its name")
  boolean jsonl;

  @Option(names = {"-q", "--quiet"}, description = "no progress bar")
  boolean quiet;

  @Mixin
  Threads threads;

  @Override
  public Integer call() {
    int decoders = threads.count();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Errors errors = Errors.of(spec, maxErrors);
    SitrepJson json = SitrepJson.defaults();
    int unread = 0;
    for (String file : files) {
      Format format = jsonl ? Format.JSONL : Format.guess(file).orElse(Format.JSON);
      if (format != Format.JSON && format != Format.JSONL) {
        err.println(file + ": cannot be validated: it is " + format.description + ", not sitrep"
            + " JSON; sitrep convert reads it");
        unread++;
        continue;
      }
      long[] read = new long[1];
      try (InputStream in = Files.in(file, System.in, read)) {
        if (format == Format.JSONL) {
          try (JsonLinesReader<Event> lines = json.readLines(in, Event.class,
              bad -> errors.report(file, bad.lineNumber(), bad.error().getMessage()), decoders)) {
            Progress progress = new Progress(err, Files.size(file), read, quiet);
            lines.forEachRemaining(e -> progress.tick());
            progress.done();
            out.println(file + ": " + lines.goodLines() + " events, " + lines.badLines()
                + " bad lines");
          }
        } else {
          Dossier d = json.read(in, Dossier.class);
          List<Problem> problems = d.validate().problems();
          for (Problem p : problems) {
            errors.report(file, 0, "$." + p.path() + ": " + p.message() + " (" + p.code() + ")");
          }
          out.println(file + ": " + d.entities().size() + " entities, " + problems.size()
              + " problems");
        }
      } catch (InvalidDataException e) {
        errors.report(file, e.line().orElse(0), e.getMessage());
      } catch (IOException | UncheckedIOException e) {
        err.println(file + ": cannot be read: " + Files.why(e));
        unread++;
      }
    }
    errors.summary(files.size() + (files.size() == 1 ? " file" : " files")
        + (unread == 0 ? "" : ", " + unread + " not read"));
    return unread > 0 ? Main.USAGE : errors.count() == 0 ? Main.OK : Main.BAD_DATA;
  }
}
