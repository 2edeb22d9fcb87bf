package dev.sitrep.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar, run with {@code java -jar} after {@code package}. */
class RunnableJarIT {
  @TempDir
  Path dir;

  private record Run(int exit, String out) {}

  private Run run(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
        Path.of("target", "sitrep.jar").toAbsolutePath().toString()));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Run(p.waitFor(), out);
  }

  @Test
  void helpValidateAndConvert() throws Exception {
    Run help = run("--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out()).contains("validate", "convert", "stats", "Exit codes:");
    Path csv = dir.resolve("events.acled.csv");
    try (var in = getClass().getResourceAsStream("/events.acled.csv")) {
      Files.copy(in, csv);
    }
    Path json = dir.resolve("events.json.gz");
    Run convert = run("convert", csv.toString(), json.toString());
    assertThat(convert.exit()).isEqualTo(1);
    assertThat(convert.out()).contains("4 events read, 4 written, 1 bad rows");
    Run validate = run("validate", json.toString());
    assertThat(validate.exit()).isZero();
    assertThat(validate.out()).contains("0 problems");
  }
}
