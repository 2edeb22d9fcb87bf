package dev.sitrep.cli;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.GeneralEvent;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.datasets.EventRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep stats FILE}: what a file holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = {"Counts a file's events by type (and a general event's kind), the period "
        + "they cover, and the distinct actors and places, in any format convert reads."},
    footerHeading = "%nExit codes:%n",
    footer = {"  0  counted", "  1  some rows were bad (counted without them)",
        "  2  a usage error, or a file that cannot be read",
        "%nExamples:%n  sitrep stats dossier.json", "  sitrep stats ged.csv.gz --from ucdp"})
final class StatsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "the file; - is standard input")
  String file;

  @Option(names = "--from", paramLabel = "FORMAT", description = "the file's format")
  String from;

  @Option(names = "--max-errors", defaultValue = "100",
      description = "print at most this many bad rows (default: ${DEFAULT-VALUE})")
  long maxErrors;

  @Option(names = {"-q", "--quiet"}, description = "no progress bar")
  boolean quiet;

  @Mixin
  Threads threads;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Format.Reader reader = Format.of(spec.commandLine(), from, file, "--from")
        .reading(spec.commandLine());
    int decoders = threads.count();
    Errors errors = Errors.of(spec, maxErrors);
    Map<String, Long> byType = new TreeMap<>();
    Set<EntityId> actors = new HashSet<>();
    Set<String> places = new HashSet<>();
    Instant first = null;
    Instant last = null;
    long events = 0;
    long[] read = new long[1];
    Progress progress = new Progress(err, Files.size(file), read, quiet);
    try (InputStream in = Files.in(file, System.in, read);
        Format.Records records = reader.open(in,
            bad -> errors.report(file, bad.lineNumber(), bad.error().getMessage()), decoders)) {
      while (records.hasNext()) {
        EventRecord r = records.next();
        Event e = r.event();
        events++;
        progress.tick();
        String type = e instanceof GeneralEvent g ? "general-event/" + g.kind().code()
            : e.getClass().getSimpleName().replaceFirst("^Immutable", "");
        byType.merge(type, 1L, Long::sum);
        e.participants().forEach(p -> actors.add(p.actor().id()));
        for (Place p : e.places()) {
          places.add(p.name() + "|" + p.country().map(c -> c.id().value()).orElse(""));
        }
        if (e.when().isPresent()) {
          Instant a = e.when().get().start().earliest();
          Instant b = e.when().get().end().orElse(e.when().get().start()).latest();
          first = first == null || a.isBefore(first) ? a : first;
          last = last == null || b.isAfter(last) ? b : last;
        }
      }
    } catch (InvalidDataException e) {
      errors.report(file, e.line().orElse(0), e.getMessage());
      return Main.BAD_DATA;
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println(file + ": cannot be read: " + Files.why(e));
      return Main.USAGE;
    } finally {
      progress.done();
    }
    out.println("events: " + events);
    byType.forEach((t, n) -> out.println("  " + t + ": " + n));
    out.println("period: " + (first == null ? "none" : first + " to " + last));
    out.println("actors: " + actors.size());
    out.println("places: " + places.size());
    if (errors.count() > 0) {
      errors.summary(file);
    }
    return errors.count() == 0 ? Main.OK : Main.BAD_DATA;
  }
}
