package dev.sitrep.core.event;

import dev.sitrep.core.Code;

/**
 * How one event relates to another, read "event kind target": Zapad 2021
 * {@link #USED_AS_COVER_FOR} the February 2022 invasion; the closure of border crossings
 * {@link #RESPONSE_TO} Zapad 2025. An open vocabulary.
 */
public final class LinkKind extends Code {
  /** The event was used as cover for the target: Zapad 2021 for the February 2022 invasion. */
  public static final LinkKind USED_AS_COVER_FOR = new LinkKind("used-as-cover-for");
  /** The event responds to the target. */
  public static final LinkKind RESPONSE_TO = new LinkKind("response-to");
  /** The event follows the target in a series: Zapad 2025 follows Zapad 2021. */
  public static final LinkKind FOLLOWS = new LinkKind("follows");
  /** The event is part of the target. */
  public static final LinkKind PART_OF = new LinkKind("part-of");
  /** The event was caused by the target. */
  public static final LinkKind CAUSED_BY = new LinkKind("caused-by");
  /** The event comes before the target. */
  public static final LinkKind PRECEDES = new LinkKind("precedes");
  /** The event is smaller than the target, as a source compares them. */
  public static final LinkKind SMALLER_THAN = new LinkKind("smaller-than");
  /** The event is larger than the target, as a source compares them. */
  public static final LinkKind LARGER_THAN = new LinkKind("larger-than");

  private LinkKind(String code) {
    super("kind", code);
  }

  /**
   * @param code a lowercase code, well-known or not
   * @return the kind for {@code code}, well-known or not
   */
  public static LinkKind of(String code) {
    return new LinkKind(code);
  }
}
