package dev.sitrep.core;

import dev.sitrep.core.internal.Checks;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * A code of an open vocabulary: a few well-known constants, plus any other lowercase kebab-case
 * code that real data brings. An unknown code is kept as it is, never rejected and never lost.
 *
 * <p>Subclasses ({@code OrganizationKind}, {@code RelationKind}, …) list their well-known codes as
 * public constants; two codes are equal when they are of the same vocabulary and spell the same.
 */
public abstract class Code {
  private final String code;

  /**
   * @param vocabulary the vocabulary's name, for the error message
   * @param code the code, such as {@code armed-forces}
   * @throws InvalidDataException if the code is not lowercase kebab-case
   */
  protected Code(String vocabulary, String code) {
    Checks.require(code != null, vocabulary, "must not be null");
    Checks.code(code, vocabulary);
    this.code = code;
  }

  /** @return the code as written on the wire, such as {@code armed-forces} */
  public final String code() {
    return code;
  }

  /** @return whether this code is one of its vocabulary's well-known constants */
  public final boolean isKnown() {
    return known(getClass()).contains(this);
  }

  /**
   * @param <C> the vocabulary's type
   * @param vocabulary a vocabulary, such as {@code OrganizationKind.class}
   * @return its well-known codes, the public constants it declares, in declaration order
   */
  public static <C extends Code> List<C> known(Class<C> vocabulary) {
    List<C> codes = new ArrayList<>();
    for (Field f : vocabulary.getDeclaredFields()) {
      int m = f.getModifiers();
      if (Modifier.isPublic(m) && Modifier.isStatic(m) && f.getType() == vocabulary) {
        try {
          codes.add(vocabulary.cast(f.get(null)));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return List.copyOf(codes);
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
