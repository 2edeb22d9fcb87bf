package dev.sitrep.benchmarks;

import static dev.sitrep.examples.ArticleDossier.ARTICLE;
import static dev.sitrep.examples.ArticleDossier.BELARUS;
import static dev.sitrep.examples.ArticleDossier.KREMLIN;
import static dev.sitrep.examples.ArticleDossier.LITHUANIA;
import static dev.sitrep.examples.ArticleDossier.NATO;
import static dev.sitrep.examples.ArticleDossier.OFFICIALS_IN_MINSK;
import static dev.sitrep.examples.ArticleDossier.POLAND;
import static dev.sitrep.examples.ArticleDossier.RUSSIA;

import dev.sitrep.core.actor.State;
import dev.sitrep.core.airspace.AirspaceIncident;
import dev.sitrep.core.airspace.Intrusion;
import dev.sitrep.core.airspace.PlatformKind;
import dev.sitrep.core.airspace.Response;
import dev.sitrep.core.airspace.ResponseAction;
import dev.sitrep.core.airspace.Transit;
import dev.sitrep.core.event.Event;
import dev.sitrep.core.event.Participant;
import dev.sitrep.core.event.ParticipantRole;
import dev.sitrep.core.exercise.ExerciseStatus;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.exercise.Strength;
import dev.sitrep.core.exercise.StrengthCategory;
import dev.sitrep.core.geo.Airspace;
import dev.sitrep.core.geo.Place;
import dev.sitrep.core.geo.PlacePrecision;
import dev.sitrep.core.identity.EntityId;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.provenance.Claim;
import dev.sitrep.core.provenance.Hedge;
import dev.sitrep.core.quantity.UncertainCount;
import dev.sitrep.core.time.Period;
import dev.sitrep.core.time.TimePoint;
import dev.sitrep.io.JsonLinesWriter;
import dev.sitrep.io.SitrepJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a JSON Lines file of events like the article's: airspace incidents (drones over a
 * NATO state, some crossing Belarus, some shot down) and exercises with disagreeing strength
 * claims, alternately, with varied ids, titles, dates, states and counts. Deterministic for a seed.
 */
public final class EventLines {
  private EventLines() {}

  /** The seed of every benchmark's file of events. */
  public static final long SEED = 2025;

  private static final List<State> VIOLATED = List.of(POLAND, LITHUANIA);
  private static final String[] PLATFORMS = {"drone", "drone", "drone", "balloon", "helicopter"};
  private static final String[] FIRS = {"EPWW", "EYVL"};
  private static final Attribution STATED = Attribution.of(Ref.to(ARTICLE), Hedge.STATED);
  private static final Attribution REPORTED = Attribution.of(Ref.to(ARTICLE), Hedge.REPORTED);
  private static final Attribution DECLARED_BY_MINSK = Attribution.builder()
      .source(Ref.to(ARTICLE)).assertedBy(Ref.to(OFFICIALS_IN_MINSK)).hedge(Hedge.DECLARED)
      .build();
  private static final Attribution CLAIMED_BY_MOSCOW = Attribution.builder()
      .source(Ref.to(ARTICLE)).assertedBy(Ref.to(KREMLIN)).hedge(Hedge.CLAIMED).build();

  /**
   * Makes or finds the {@link #shared} file of events of the {@link #SEED}, the one the
   * benchmarks read, and prints its path (for {@code validate-vs-jq.sh}).
   *
   * @param args how many events, 1,000,000 if none is given
   */
  public static void main(String[] args) throws IOException, URISyntaxException {
    int count = args.length == 0 ? 1_000_000 : Integer.parseInt(args[0]);
    System.out.println(shared(count, SEED));
  }

  /**
   * Writes {@code count} events to a new temporary file.
   *
   * @return the file, which the caller deletes
   */
  public static Path generate(int count, long seed) throws IOException {
    Path file = Files.createTempFile("sitrep-events-", ".jsonl");
    write(file, count, seed);
    return file;
  }

  /**
   * The file of {@code count} events from {@code seed}, made once per build of the benchmarks and
   * shared by every fork and run of that build, so that a quick profile generates it once. It lies
   * next to the benchmarks jar, in {@code benchmarks/target} ({@code mvn clean} removes it); a file
   * of an earlier build is deleted when a new one is made.
   *
   * @return the file
   */
  public static Path shared(int count, long seed) throws IOException, URISyntaxException {
    Path jar = Path.of(EventLines.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path dir = Files.isDirectory(jar) ? Path.of(System.getProperty("java.io.tmpdir"))
        : jar.getParent();
    String prefix = "sitrep-events-" + count + "-" + seed + "-";
    Path file = dir.resolve(prefix + Files.getLastModifiedTime(jar).toMillis() + ".jsonl");
    if (!Files.exists(file)) {
      try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, prefix + "*.jsonl")) {
        for (Path p : old) {
          Files.delete(p);
        }
      }
      Path partial = Files.createTempFile(dir, prefix, ".partial");
      write(partial, count, seed);
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }
    return file;
  }

  private static void write(Path file, int count, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    try (JsonLinesWriter out = SitrepJson.defaults().writeLines(
        new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      for (int i = 0; i < count; i++) {
        out.write(event(i, random));
      }
    }
  }

  /** @return the {@code i}th event: an incident when {@code i} is even, else an exercise */
  static Event event(int i, SplittableRandom random) {
    int year = 2015 + random.nextInt(11);
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    return i % 2 == 0 ? incident(i, random, year, month, day) : exercise(i, random, year, month, day);
  }

  private static AirspaceIncident incident(int i, SplittableRandom random, int year, int month,
      int day) {
    int v = random.nextInt(VIOLATED.size());
    State violated = VIOLATED.get(v);
    String platform = PLATFORMS[random.nextInt(PLATFORMS.length)];
    int entered = 1 + random.nextInt(40);
    int shot = random.nextInt(entered + 1);
    TimePoint date = TimePoint.day(year, month, day);
    var b = AirspaceIncident.builder()
        .id(EntityId.of("incident/" + platform + "s-over-" + violated.alpha3().toLowerCase()
            + "-" + date + "-" + i))
        .title("Russian " + platform + "s penetrate " + violated.name() + "'s airspace (" + i + ")")
        .when(Period.builder().start(date).end(date).phrase("early on " + date).build())
        .airspace(Airspace.of(Ref.to(violated), FIRS[v]))
        .addPlaces(Place.builder().name("the skies above " + violated.name())
            .country(Ref.to(violated)).precision(PlacePrecision.COUNTRY).build())
        .addParticipants(Participant.of(Ref.to(RUSSIA), ParticipantRole.INITIATOR),
            Participant.of(Ref.to(violated), ParticipantRole.TARGET))
        .addIntrusions(Intrusion.builder()
            .platform(PlatformKind.of(platform))
            .count(UncertainCount.atLeast(entered).withPhrase("at least " + entered))
            .addOrigin(Claim.of(Ref.to(RUSSIA), STATED))
            .addTransits(Transit.of(Ref.to(BELARUS), UncertainCount.some().withPhrase("Some")))
            .build())
        .addAttributions(STATED);
    if (shot > 0) {
      b.addResponses(Response.builder()
          .addResponders(Ref.to(violated), Ref.to(NATO))
          .addAssets("jets")
          .action(ResponseAction.SHOT_DOWN)
          .count(UncertainCount.exactly(shot))
          .attribution(REPORTED)
          .build());
    }
    return b.build();
  }

  private static MilitaryExercise exercise(int i, SplittableRandom random, int year, int month,
      int day) {
    int declared = 1_000 + random.nextInt(20_000);
    int claimed = declared * (2 + random.nextInt(10));
    ExerciseStatus status = ExerciseStatus.values()[random.nextInt(ExerciseStatus.values().length)];
    return MilitaryExercise.builder()
        .id(EntityId.of("exercise/union-shield-" + year + "-" + i))
        .title("Union Shield " + year + ", phase " + (1 + random.nextInt(9)) + " (" + i + ")")
        .series("Union Shield")
        .edition(year)
        .when(Period.builder().start(TimePoint.day(year, month, day))
            .phrase("from " + TimePoint.day(year, month, day)).build())
        .addHosts(Ref.to(BELARUS), Ref.to(RUSSIA))
        .status(status)
        .addParticipants(Participant.of(Ref.to(BELARUS), ParticipantRole.HOST),
            Participant.of(Ref.to(RUSSIA), ParticipantRole.PARTICIPANT))
        .addStrength(
            Strength.of(StrengthCategory.TROOPS,
                UncertainCount.exactly(declared).withPhrase(declared + " declared"),
                DECLARED_BY_MINSK),
            Strength.of(StrengthCategory.TROOPS,
                UncertainCount.about(claimed).withPhrase("some " + claimed), CLAIMED_BY_MOSCOW))
        .addAttributions(STATED)
        .build();
  }
}
