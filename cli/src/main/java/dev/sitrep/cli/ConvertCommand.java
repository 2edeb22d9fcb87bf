package dev.sitrep.cli;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.datasets.Loss;
import dev.sitrep.datasets.LossReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep convert IN OUT}: between sitrep JSON, STIX 2.1, GeoJSON and the datasets. */
@Command(name = "convert", mixinStandardHelpOptions = true,
    description = {"Converts events between formats, guessed from the file names or given with "
        + "--from and --to: json (a sitrep dossier, .json), jsonl (sitrep events, .jsonl), "
        + "stix (a STIX 2.1 bundle, .stix.json), geojson (write only, .geojson), plover (.plover.jsonl), acled (.acled.csv), "
        + "ucdp (.ucdp.csv, UCDP GED). A name ending in .gz is gzip. - is standard input or "
        + "output. Bad rows are printed and passed over; what the conversion could not carry "
        + "is printed at the end, per column or property, with counts."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  converted, every row read", "  1  converted, but some rows were bad",
        "  2  a usage error, or a file that cannot be read or written",
        "%nExamples:%n  sitrep convert events.acled.csv events.geojson",
        "  sitrep convert ged.csv.gz events.json --from ucdp",
        "  sitrep convert dossier.json dossier.stix.json",
        "  sitrep convert events.plover.jsonl - --to acled > events.csv"})
final class ConvertCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "IN", description = "the input file; - is standard input")
  String in;

  @Parameters(index = "1", paramLabel = "OUT", description = "the output file; - is standard output")
  String out;

  @Option(names = "--from", paramLabel = "FORMAT", description = "the input's format")
  String from;

  @Option(names = "--to", paramLabel = "FORMAT", description = "the output's format")
  String to;

  @Option(names = "--max-errors", defaultValue = "100",
      description = "print at most this many bad rows (default: ${DEFAULT-VALUE})")
  long maxErrors;

  @Option(names = {"-q", "--quiet"}, description = "no progress bar, no report of losses")
  boolean quiet;

  @Mixin
  Threads threads;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Format.Reader input = Format.of(spec.commandLine(), from, in, "--from")
        .reading(spec.commandLine());
    Format.Writer output = Format.of(spec.commandLine(), to, out, "--to")
        .writing(spec.commandLine());
    int decoders = threads.count();
    if (Files.same(in, out)) {
      throw new ParameterException(spec.commandLine(), "IN and OUT are the same file, " + in
          + ": writing it would destroy it before it is read; write to another file");
    }
    Errors errors = Errors.of(spec, maxErrors);
    long[] read = new long[1];
    Progress progress = new Progress(err, Files.size(in), read, quiet);
    long rows = 0;
    long written = 0;
    LossReport readLosses;
    LossReport writeLosses;
    try (InputStream is = Files.in(in, System.in, read);
        Files.Output os = Files.out(out, System.out);
        Format.Records records = input.open(is,
            bad -> errors.report(in, bad.lineNumber(), bad.error().getMessage()), decoders)) {
      // closed here, at the end, as it writes a dossier, a bundle or a map then; after a failure
      // what it holds is not written, and OUT's temporary file is deleted
      Format.Sink sink = output.open(os.stream());
      while (records.hasNext()) {
        sink.write(records.next());
        rows++;
        progress.tick();
      }
      progress.done();
      readLosses = records.report();
      sink.close();
      written = sink.written();
      writeLosses = sink.report();
      os.commit();
    } catch (InvalidDataException e) {
      progress.done();
      errors.report(in, e.line().orElse(0), e.getMessage());
      errors.summary(in);
      return Main.BAD_DATA;
    } catch (IOException | UncheckedIOException e) {
      progress.done();
      err.println("cannot convert " + in + " to " + out + ": " + Files.why(e));
      return Main.USAGE;
    }
    if (!quiet) {
      losses("reading " + in, readLosses.losses(), err);
      losses("writing " + out, writeLosses.losses(), err);
      err.println(rows + " events read, " + written + " written, " + errors.count()
          + " bad rows");
    }
    if (errors.count() > 0) {
      errors.summary(in);
    }
    return errors.count() == 0 ? Main.OK : Main.BAD_DATA;
  }

  private static void losses(String what, java.util.List<Loss> losses, PrintWriter err) {
    if (!losses.isEmpty()) {
      err.println(what + " could not carry:");
      losses.forEach(l -> err.println("  " + l));
    }
  }
}
