package dev.sitrep.core;

import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one exception sitrep throws for bad input, from a builder or from JSON.
 *
 * <p>It names where the problem is ({@link #path()}: an attribute such as {@code period.end} for a
 * builder, a JSON path such as {@code $.strength[0].count.lower} for a document), the rule that
 * was broken ({@link #rule()}), and for JSON the line and column. For example, a period that ends
 * before it starts fails with
 * {@code end: must not be before start (start=2025-09-12, end=2025-09-10)}.
 *
 * <p>The message stays short whatever the input: a path longer than {@value #MAX_PATH} characters
 * and a rule longer than {@value #MAX_RULE} are {@linkplain Text#abbreviate abbreviated}.
 */
public final class InvalidDataException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The most characters of a path kept. */
  public static final int MAX_PATH = 500;

  /** The most characters of a rule kept. */
  public static final int MAX_RULE = 2_000;

  /** The attribute or JSON path of the bad value. */
  private final String path;
  /** The rule it breaks. */
  private final String rule;
  /** The line in the input, or -1. */
  private final long line;
  /** The column in the input, or -1. */
  private final int column;

  /**
   * A broken rule at a path.
   *
   * @param path the attribute or JSON path, such as {@code period.end}
   * @param rule what the value must be, with the offending values
   */
  public InvalidDataException(String path, String rule) {
    this(path, rule, -1, -1, null);
  }

  /**
   * Used by the generated builders, which pass either the name of an attribute that was given
   * {@code null} (or {@code otherNames element} for a {@code null} list element), or a message
   * naming the required attributes that were not set (such as
   * {@code Cannot build Quote, some of required attributes are not set [text]}).
   *
   * @param builderMessage the builder's message
   */
  public InvalidDataException(String builderMessage) {
    this(builderPath(builderMessage), builderRule(builderMessage), -1, -1, null);
  }

  private InvalidDataException(String path, String rule, long line, int column, Throwable cause) {
    super(format(Text.abbreviate(path, MAX_PATH), Text.abbreviate(rule, MAX_RULE), line, column),
        cause);
    this.path = Text.abbreviate(path, MAX_PATH);
    this.rule = Text.abbreviate(rule, MAX_RULE);
    this.line = line;
    this.column = column;
  }

  /**
   * A problem found in a JSON document.
   *
   * @param jsonPath the JSON path of the value
   * @param rule the rule that was broken
   * @param line the 1-based line, or -1 when unknown
   * @param column the 1-based column, or -1 when unknown
   * @param cause the underlying error, or {@code null}
   * @return the exception
   */
  public static InvalidDataException inJson(
      String jsonPath, String rule, long line, int column, Throwable cause) {
    return new InvalidDataException(jsonPath, rule, line, column, cause);
  }

  /** @return the attribute or JSON path of the bad value; empty when it is the whole value */
  public String path() {
    return path;
  }

  /** @return the rule that was broken, with the offending values */
  public String rule() {
    return rule;
  }

  /** @return the 1-based line in the JSON input, when the problem came from JSON */
  public OptionalLong line() {
    return line < 0 ? OptionalLong.empty() : OptionalLong.of(line);
  }

  /** @return the 1-based column in the JSON input, when the problem came from JSON */
  public OptionalInt column() {
    return column < 0 ? OptionalInt.empty() : OptionalInt.of(column);
  }

  private static String format(String path, String rule, long line, int column) {
    StringBuilder s = new StringBuilder();
    if (!path.isEmpty()) {
      s.append(path).append(": ");
    }
    s.append(rule);
    if (line >= 0) {
      s.append(" (line ").append(line).append(", column ").append(column).append(')');
    }
    return s.toString();
  }

  private static final Pattern ATTRIBUTE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern NULL_ELEMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*) element");
  private static final Pattern MISSING =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

  private static String builderPath(String message) {
    if (ATTRIBUTE.matcher(message).matches()) {
      return message;
    }
    Matcher element = NULL_ELEMENT.matcher(message);
    if (element.matches()) {
      return element.group(1);
    }
    Matcher missing = MISSING.matcher(message);
    return missing.matches() && !missing.group(2).contains(",") ? missing.group(2) : "";
  }

  private static String builderRule(String message) {
    if (ATTRIBUTE.matcher(message).matches()) {
      return "must not be null";
    }
    if (NULL_ELEMENT.matcher(message).matches()) {
      return "must not contain null"; // "otherNames element": addOtherName(null)
    }
    Matcher missing = MISSING.matcher(message);
    if (!missing.matches()) {
      return message;
    }
    return missing.group(2).contains(",")
        ? "required attributes of " + missing.group(1) + " are missing: " + missing.group(2)
        : "is required by " + missing.group(1) + " but missing";
  }
}
