package dev.sitrep.examples;

import dev.sitrep.core.dossier.Dossier;
import dev.sitrep.core.dossier.ValidationReport;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.Impact;
import dev.sitrep.core.event.Suspicion;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.exercise.ViennaCheck;
import dev.sitrep.core.exercise.ViennaDocument2011;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.statistic.Statistic;
import dev.sitrep.io.GeoJson;
import dev.sitrep.stix.StixExport;
import dev.sitrep.io.SitrepJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs the article's dossier ({@link ArticleDossier}): validates it, prints its timeline, the
 * Vienna Document 2011 assessment of its exercises (strictly, and as stated where that differs)
 * and a short summary, and writes the dossier as sitrep JSON and its placed events as GeoJSON;
 * then prints two reports of its kind that the article does not need ({@link OtherReports}).
 *
 * <p>Usage: {@code Zapad2025 [output-directory]}, by default {@code target/zapad-2025}.
 */
public final class Zapad2025 {
  private Zapad2025() {}

  /**
   * @param args an optional output directory
   * @throws IOException if the files cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/zapad-2025");
    run(ArticleDossier.DOSSIER, dir, System.out);
    System.out.println();
    printOtherReports(System.out);
  }

  /**
   * Prints the reports beyond the article ({@link OtherReports}): each dossier's validation, its
   * events with what they did and whom they suspect, and its prisoners' current status.
   *
   * @param out where to print
   */
  static void printOtherReports(PrintStream out) {
    out.println("Beyond the article:");
    for (Dossier d : List.of(OtherReports.ESTLINK, OtherReports.PRISONER_RELEASE)) {
      out.println("  " + d.title().orElse("(untitled)") + ": " + d.validate());
      for (Event e : d.timeline()) {
        out.println("    " + e.when().map(w -> w.start().toString()).orElse("") + " "
            + e.title());
        for (Claim<Impact> c : e.impacts()) {
          Impact i = c.value();
          String named = Stream.concat(i.affectedThings().stream(), i.people().stream())
              .map(r -> r.id().value()).collect(Collectors.joining(", "));
          out.println("      " + i.kind() + ": " + i.count().phrase().orElse(String.valueOf(
              i.count().stated().orElse(i.count().lower())))
              + (named.isEmpty() ? "" : " (" + named + ")"));
        }
        for (Suspicion s : e.suspicions()) {
          out.println("      suspected: " + s.thing().map(Ref::id).or(() -> s.actor().map(Ref::id))
              .orElseThrow() + " (" + s.attribution().hedge() + ")");
        }
      }
      d.prisoners().forEach(p -> out.println("    " + p.person() + ": "
          + p.currentStatus().map(Object::toString).orElse("no status")));
    }
  }

  static void run(Dossier dossier, Path dir, PrintStream out) throws IOException {
    ValidationReport report = dossier.validate();
    out.println("Dossier: " + dossier.title().orElse("(untitled)"));
    out.println("Validation: " + report);

    out.println();
    out.println("Timeline:");
    for (Event e : dossier.timeline()) {
      String when = e.when().map(w -> w.start().toString()).orElse("(no time given)");
      String phrase = e.when().flatMap(w -> w.phrase()).map(p -> " (\"" + p + "\")").orElse("");
      out.printf("  %-26s %s%s%n", when, e.title(), phrase);
    }

    out.println();
    out.println("Vienna Document 2011 assessment:");
    for (Event e : dossier.events()) {
      if (e instanceof MilitaryExercise) {
        printAssessment((MilitaryExercise) e, out);
      }
    }

    out.println();
    out.println("Summary:");
    out.printf("  %d sources, %d actors, %d relations, %d events, %d statistics%n",
        dossier.sources().size(), dossier.actors().size(), dossier.relations().size(),
        dossier.events().size(), dossier.statistics().size());
    for (Statistic s : dossier.statistics()) {
      out.printf("  %s %s: %s (%s, %s)%n", s.metric(), s.subject(),
          s.count().phrase().orElse(s.count().toString()), s.asOf(), s.attribution().hedge());
    }
    out.println("  events involving Belarus: " + dossier.eventsInvolving(
        Ref.to(ArticleDossier.BELARUS)).size());

    Files.createDirectories(dir);
    Path json = dir.resolve("zapad-2025.json");
    Path geo = dir.resolve("zapad-2025.geojson");
    Path stix = dir.resolve("zapad-2025.stix.json");
    Files.write(json, SitrepJson.builder().pretty(true).build().writeBytes(dossier));
    Files.writeString(geo, GeoJson.write(dossier), StandardCharsets.UTF_8);
    try (OutputStream stixOut = Files.newOutputStream(stix)) {
      StixExport.builder().pretty(true).build().write(dossier, stixOut);
    }
    out.println();
    out.println("Wrote " + json + ", " + geo + " and " + stix);
  }

  /**
   * Prints the Vienna Document 2011 assessment of one exercise: for each claim and threshold the
   * strict answer and its reason, and, where the as-stated reading differs, that one too.
   *
   * <pre>
   *   TROOPS NOTIFICATION: CANNOT_TELL, bounds 0 to unbounded straddle 9000 (notification, ...)
   *     as stated: YES, best guess 9000 reaches 9000 (notification, paragraph 40.1.1)
   * </pre>
   *
   * @param x the exercise
   * @param out where to print
   */
  static void printAssessment(MilitaryExercise x, PrintStream out) {
    List<ViennaCheck> checks = ViennaDocument2011.assess(x);
    out.println("  " + x.title() + " ("
        + x.status().name().toLowerCase(java.util.Locale.ROOT) + "):"
        + (checks.isEmpty() ? " cannot assess, the article gives no strength figures" : ""));
    for (ViennaCheck c : checks) {
      out.println("    " + c.strength().category() + " " + c.threshold().obligation() + ": "
          + c.answer() + ", " + c.reason());
      if (c.readingsDiffer()) {
        out.println("      as stated: " + c.asStated() + ", " + c.asStatedReason());
      }
    }
  }
}
