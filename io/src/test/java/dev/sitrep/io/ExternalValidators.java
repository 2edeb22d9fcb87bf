package dev.sitrep.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates JSON documents against a JSON Schema (draft 2020-12) with two validators outside the
 * JVM: ajv 8 in strict mode ({@code src/test/js/validate.mjs}) and python-jsonschema
 * ({@code src/test/python/validate.py}). Each call writes the schema and the documents to a
 * temporary folder and runs one process per validator, whatever the number of documents.
 *
 * <p>A document's file name says what it is: {@code <def>__<anything>.json} is validated against
 * {@code <schema $id>#/$defs/<def>} (see {@link #fileName}). {@code format} is not asserted.
 *
 * <pre>{@code
 * String name = ExternalValidators.fileName("uncertain-count", "at-least");
 * Map<Validator, Map<String, Verdict>> verdicts = ExternalValidators.validate(
 *     SchemaValidator.schemaText(), Map.of(name, json.write(UncertainCount.atLeast(19))));
 * assertThat(verdicts.get(Validator.AJV).get(name).errors()).isEmpty();
 * }</pre>
 *
 * <p>A validator that is not installed aborts the test (it is skipped) with a message saying how
 * to install it, except when the environment variable {@code CI} is {@code true}: there it fails.
 * To install both, from the repository root: {@code npm ci --prefix io/src/test/js} and, on
 * Debian, {@code apt-get install python3-jsonschema} (run with {@code /usr/bin/python3}).
 */
public final class ExternalValidators {
  /** The external validators. */
  public enum Validator {
    /** ajv 8, {@code ajv/dist/2020}, {@code strict: true}, {@code allErrors: true}. */
    AJV,
    /** python-jsonschema's {@code Draft202012Validator}, run by {@code /usr/bin/python3}. */
    PYTHON_JSONSCHEMA
  }

  /**
   * One validator's verdict on one document.
   *
   * @param valid whether the document is valid
   * @param errors the validator's messages, each {@code "<JSON Pointer>: <message>"} (the pointer
   *     is empty for the document's root); empty when it is valid
   */
  public record Verdict(boolean valid, List<String> errors) {
    public Verdict {
      errors = List.copyOf(errors);
    }
  }

  /** How long one validator may run for one call. */
  public static final long TIMEOUT_SECONDS = 120;

  private static final String PYTHON = "/usr/bin/python3";
  private static final String NODE_SCRIPT = "src/test/js/validate.mjs";
  private static final String PYTHON_SCRIPT = "src/test/python/validate.py";
  private static final int SCHEMA_PROBLEM = 2;
  private static final int NOT_INSTALLED = 3;
  private static final Map<Validator, String> MISSING = new ConcurrentHashMap<>();

  private ExternalValidators() {}

  /**
   * @param defName the name of a {@code $defs} entry, such as {@code uncertain-count}
   * @param label anything that makes the name unique, such as {@code at-least}
   * @return {@code <defName>__<label>.json}
   */
  public static String fileName(String defName, String label) {
    return checkName(defName + "__" + label + ".json");
  }

  /**
   * Validates each document against the {@code $defs} entry its file name names, with every
   * external validator.
   *
   * @param schemaText a JSON Schema 2020-12 with an absolute {@code $id} and {@code $defs}
   * @param documentsByFileName JSON texts by file names {@code <def>__<anything>.json}
   * @return for each validator, the verdicts by file name, in file-name order
   * @throws AssertionError if the schema does not compile strictly, or a validator fails to run
   * @throws IllegalArgumentException if a file name is not {@code <def>__<anything>.json}
   */
  public static Map<Validator, Map<String, Verdict>> validate(
      String schemaText, Map<String, String> documentsByFileName) {
    documentsByFileName.keySet().forEach(ExternalValidators::checkName);
    requireInstalled();
    Map<Validator, Result> results = run(schemaText, documentsByFileName);
    Map<Validator, Map<String, Verdict>> verdicts = new EnumMap<>(Validator.class);
    List<String> problems = new ArrayList<>();
    results.forEach((validator, result) -> {
      if (result.exitCode == SCHEMA_PROBLEM && !result.schemaErrors.isEmpty()) {
        problems.add(validator + " rejects the schema:\n  "
            + String.join("\n  ", result.schemaErrors));
      } else if (result.exitCode != 0) {
        problems.add(result.failure());
      } else if (!result.verdicts.keySet().equals(documentsByFileName.keySet())) {
        problems.add(validator + " gave verdicts on " + result.verdicts.keySet() + ", not on "
            + new TreeMap<>(documentsByFileName).keySet() + "\n" + result.failure());
      } else {
        verdicts.put(validator, result.verdicts);
      }
    });
    if (!problems.isEmpty()) {
      throw new AssertionError(String.join("\n", problems));
    }
    return verdicts;
  }

  /**
   * @param schemaText a JSON Schema 2020-12 with an absolute {@code $id}
   * @return for each validator, its complaints about the schema: ajv's strict-mode complaints
   *     and anything it logs while compiling the root and each {@code $defs} entry; for
   *     python-jsonschema, the schema's errors against the 2020-12 meta-schema. Empty lists when
   *     the schema compiles strictly.
   * @throws AssertionError if a validator fails to run
   */
  public static Map<Validator, List<String>> schemaComplaints(String schemaText) {
    requireInstalled();
    Map<Validator, List<String>> complaints = new EnumMap<>(Validator.class);
    List<String> problems = new ArrayList<>();
    run(schemaText, Map.of()).forEach((validator, result) -> {
      if (result.exitCode == 0 || (result.exitCode == SCHEMA_PROBLEM
          && !result.schemaErrors.isEmpty())) {
        complaints.put(validator, result.schemaErrors);
      } else {
        problems.add(result.failure());
      }
    });
    if (!problems.isEmpty()) {
      throw new AssertionError(String.join("\n", problems));
    }
    return complaints;
  }

  /**
   * Fails unless ajv compiles the schema in strict mode without a complaint or a logged message,
   * and python-jsonschema's {@code check_schema} accepts it.
   *
   * @param schemaText a JSON Schema 2020-12 with an absolute {@code $id}
   * @throws AssertionError listing every complaint, by validator
   */
  public static void assertSchemaCompilesStrictly(String schemaText) {
    StringBuilder message = new StringBuilder();
    schemaComplaints(schemaText).forEach((validator, complaints) -> {
      if (!complaints.isEmpty()) {
        message.append("\n").append(validator).append(" (").append(complaints.size())
            .append("):\n  ").append(String.join("\n  ", complaints));
      }
    });
    if (message.length() > 0) {
      throw new AssertionError("the schema does not compile strictly:" + message);
    }
  }

  private static String checkName(String fileName) {
    int sep = fileName.indexOf("__");
    if (sep <= 0 || !fileName.endsWith(".json") || fileName.startsWith(".")
        || fileName.contains("/") || fileName.contains("\\") || fileName.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          "a document's file name must be <def>__<anything>.json, not '" + fileName + "'");
    }
    return fileName;
  }

  private record Result(Validator validator, String command, int exitCode, String stdout,
      String stderr, Map<String, Verdict> verdicts, List<String> schemaErrors) {
    String failure() {
      return validator + " failed (" + command + ", exit " + exitCode + ")\nstderr:\n" + stderr
          + "stdout:\n" + stdout;
    }
  }

  private static Map<Validator, Result> run(String schemaText, Map<String, String> documents) {
    Path moduleDir = moduleDir();
    Path tmp = null;
    try {
      tmp = Files.createTempDirectory("sitrep-external-validators");
      Path schema = Files.writeString(tmp.resolve("schema.json"), schemaText);
      Path docs = Files.createDirectory(tmp.resolve("docs"));
      for (Map.Entry<String, String> doc : documents.entrySet()) {
        Files.writeString(docs.resolve(doc.getKey()), doc.getValue());
      }
      Map<Validator, List<String>> commands = new EnumMap<>(Validator.class);
      commands.put(Validator.AJV, List.of("node",
          moduleDir.resolve(NODE_SCRIPT).toString(), schema.toString(), docs.toString()));
      commands.put(Validator.PYTHON_JSONSCHEMA, List.of(PYTHON,
          moduleDir.resolve(PYTHON_SCRIPT).toString(), schema.toString(), docs.toString()));
      Map<Validator, Process> processes = new EnumMap<>(Validator.class);
      for (Map.Entry<Validator, List<String>> command : commands.entrySet()) {
        String name = command.getKey().name().toLowerCase(java.util.Locale.ROOT);
        processes.put(command.getKey(), new ProcessBuilder(command.getValue())
            .directory(moduleDir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectOutput(tmp.resolve(name + ".out").toFile())
            .redirectError(tmp.resolve(name + ".err").toFile())
            .start());
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
      Map<Validator, Result> results = new EnumMap<>(Validator.class);
      for (Map.Entry<Validator, Process> entry : processes.entrySet()) {
        Validator validator = entry.getKey();
        Process process = entry.getValue();
        String command = String.join(" ", commands.get(validator));
        if (!process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
          processes.values().forEach(Process::destroyForcibly);
          throw new AssertionError(validator + " did not finish within " + TIMEOUT_SECONDS
              + " s: " + command);
        }
        String name = validator.name().toLowerCase(java.util.Locale.ROOT);
        String stdout = Files.readString(tmp.resolve(name + ".out"));
        String stderr = Files.readString(tmp.resolve(name + ".err"));
        if (process.exitValue() == NOT_INSTALLED) {
          missing(validator, stderr.strip());
        }
        results.put(validator, parse(validator, command, process.exitValue(), stdout, stderr));
      }
      return results;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      delete(tmp);
    }
  }

  private static Result parse(Validator validator, String command, int exitCode, String stdout,
      String stderr) {
    Map<String, Verdict> verdicts = new LinkedHashMap<>();
    List<String> schemaErrors = new ArrayList<>();
    try {
      for (String line : stdout.split("\n")) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = JsonMapper.shared().readTree(line);
        if (node.has("schemaErrors")) {
          node.get("schemaErrors").forEach(e -> schemaErrors.add(e.asString()));
        } else {
          List<String> errors = new ArrayList<>();
          node.path("errors").forEach(e -> errors.add(e.asString()));
          verdicts.put(node.get("file").asString(),
              new Verdict(node.get("valid").booleanValue(), errors));
        }
      }
    } catch (RuntimeException e) {
      throw new AssertionError(validator + " printed something else than JSON lines ("
          + command + ", exit " + exitCode + "): " + e + "\nstderr:\n" + stderr + "stdout:\n"
          + stdout, e);
    }
    return new Result(validator, command, exitCode, stdout, stderr, verdicts,
        List.copyOf(schemaErrors));
  }

  /**
   * Aborts the test (or, when {@code CI=true}, fails it) unless every validator is installed.
   * Every other method checks this first; call it in a {@code @BeforeAll} too when the harness is
   * called inside {@code assertThatThrownBy}, which would catch the abort.
   */
  public static void requireInstalled() {
    Path moduleDir = moduleDir();
    for (Validator validator : Validator.values()) {
      String why = MISSING.computeIfAbsent(validator, v -> whyMissing(v, moduleDir));
      if (!why.isEmpty()) {
        missing(validator, why);
      }
    }
  }

  private static void missing(Validator validator, String why) {
    notInstalled(validator + " is not installed: " + why);
  }

  /**
   * Aborts the test (it is skipped), or fails it when {@code CI=true}: CI must not skip a test
   * for want of a tool outside the JVM.
   *
   * @param message what is missing and how to install it
   */
  static void notInstalled(String message) {
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError(message + " (CI=true: CI must not skip these tests)");
    }
    Assumptions.abort(message);
  }

  /** @return why the validator cannot run, or "" if it can */
  private static String whyMissing(Validator validator, Path moduleDir) {
    switch (validator) {
      case AJV:
        if (!succeeds(moduleDir, "node", "--version")) {
          return "no `node` on the PATH; install Node.js 18 or newer (Debian: apt-get install"
              + " nodejs npm), then run `npm ci --prefix io/src/test/js` from the repository root";
        }
        if (!Files.isRegularFile(moduleDir.resolve("src/test/js/node_modules/ajv/package.json"))) {
          return "no " + moduleDir.resolve("src/test/js/node_modules/ajv") + "; run `npm ci"
              + " --prefix io/src/test/js` from the repository root";
        }
        return "";
      case PYTHON_JSONSCHEMA:
        if (!Files.isExecutable(Path.of(PYTHON))) {
          return "no " + PYTHON + "; on Debian: apt-get install python3 python3-jsonschema";
        }
        if (!succeeds(moduleDir, PYTHON, "-c", "from jsonschema import Draft202012Validator")) {
          return PYTHON + " cannot import jsonschema.Draft202012Validator (jsonschema >= 4.0);"
              + " on Debian 12 or newer: apt-get install python3-jsonschema";
        }
        return "";
      default:
        throw new AssertionError(validator);
    }
  }

  static boolean succeeds(Path dir, String... command) {
    try {
      Process process = new ProcessBuilder(command).directory(dir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return false;
      }
      return process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * The io module's folder: Surefire runs each module's tests in the module's folder, and sets
   * {@code basedir}; the io test jar may also run in a sibling module (examples), or in the
   * repository root.
   */
  static Path moduleDir() {
    List<Path> candidates = new ArrayList<>();
    String basedir = System.getProperty("basedir");
    if (basedir != null) {
      candidates.add(Path.of(basedir));
      candidates.add(Path.of(basedir).resolve("../io"));
    }
    candidates.add(Path.of(""));
    candidates.add(Path.of("io"));
    candidates.add(Path.of("../io"));
    for (Path candidate : candidates) {
      Path dir = candidate.toAbsolutePath().normalize();
      if (Files.isRegularFile(dir.resolve(NODE_SCRIPT))
          && Files.isRegularFile(dir.resolve(PYTHON_SCRIPT))) {
        return dir;
      }
    }
    throw new AssertionError("cannot find the io module's " + NODE_SCRIPT + " and "
        + PYTHON_SCRIPT + " from " + Path.of("").toAbsolutePath() + " (tried " + candidates + ")");
  }

  static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
