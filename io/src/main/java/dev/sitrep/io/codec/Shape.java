package dev.sitrep.io.codec;

import dev.sitrep.core.identity.Entity;
import java.util.List;

/**
 * What a codec writes, as its declaration states it: the one description from which the JSON
 * Schema, the wire reference and the dossier's table of references are derived.
 *
 * <pre>{@code
 * Shape s = Scalars.enumeration(Hedge.class).shape();   // Enumerated[values=[confirmed, ...]]
 * }</pre>
 */
public sealed interface Shape {
  /**
   * A JSON string of a kind with a name of its own, such as {@code time-point}.
   *
   * @param def its name in the schema's {@code $defs}
   * @param description what it is and how it is written
   * @param pattern the regular expression it matches, where its declaration states one, else null
   */
  record Scalar(String def, String description, String pattern) implements Shape {}

  /**
   * A string of a closed set, written as the kebab-case of an enum's constants.
   *
   * @param values the wire names, in order
   */
  record Enumerated(List<String> values) implements Shape {}

  /**
   * A code of an open vocabulary: well-known codes and any other well-formed code.
   *
   * @param known the well-known codes
   */
  record Vocabulary(List<String> known) implements Shape {}

  /**
   * A reference by id to an entity of a kind.
   *
   * @param kind the kind of entity it must point at, such as {@code State}
   */
  record Reference(Class<? extends Entity> kind) implements Shape {}

  /** A JSON {@code true} or {@code false}. */
  record Flag() implements Shape {}

  /**
   * A JSON number within a range.
   *
   * @param integer whether it must be integral
   * @param min the least value
   * @param max the greatest value
   */
  record Range(boolean integer, double min, double max) implements Shape {}

  /**
   * An object of named properties.
   *
   * @param codec its codec, which lists the properties
   */
  record Properties(ObjectCodec<?, ?> codec) implements Shape {}

  /**
   * An object of one of several kinds, told apart by {@code type}.
   *
   * @param codec its codec, which lists the kinds
   */
  record Union(UnionCodec<?> codec) implements Shape {}
}
