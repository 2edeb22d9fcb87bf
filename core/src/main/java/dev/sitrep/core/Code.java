package dev.sitrep.core;

import dev.sitrep.core.internal.Checks;
import java.util.regex.Pattern;

/**
 * A code of an open vocabulary: a few well-known constants, plus any other lowercase kebab-case
 * code that real data brings. An unknown code is kept as it is, never rejected and never lost.
 *
 * <p>Subclasses ({@code OrganizationKind}, {@code RelationKind}, …) list their well-known codes as
 * constants; two codes are equal when they are of the same vocabulary and spell the same.
 */
public abstract class Code {
  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(?:-[a-z0-9]+)*");

  private final String code;

  /**
   * @param vocabulary the vocabulary's name, for the error message
   * @param code the code, such as {@code armed-forces}
   * @throws InvalidDataException if the code is not lowercase kebab-case
   */
  protected Code(String vocabulary, String code) {
    Checks.require(code != null, vocabulary, "must not be null");
    Checks.matches(code, CODE, vocabulary, "a lowercase kebab-case code such as 'armed-forces'");
    this.code = code;
  }

  /** @return the code as written on the wire, such as {@code armed-forces} */
  public final String code() {
    return code;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((Code) other).code.equals(code);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + code.hashCode();
  }

  @Override
  public final String toString() {
    return code;
  }
}
