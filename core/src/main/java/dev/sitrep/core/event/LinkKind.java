package dev.sitrep.core.event;

import dev.sitrep.core.Code;

/**
 * How one event relates to another, read "event kind target": Zapad 2021
 * {@link #USED_AS_COVER_FOR} the February 2022 invasion; the closure of border crossings
 * {@link #RESPONSE_TO} Zapad 2025. An open vocabulary.
 */
public final class LinkKind extends Code {
  public static final LinkKind USED_AS_COVER_FOR = new LinkKind("used-as-cover-for");
  public static final LinkKind RESPONSE_TO = new LinkKind("response-to");
  public static final LinkKind FOLLOWS = new LinkKind("follows");
  public static final LinkKind PART_OF = new LinkKind("part-of");
  public static final LinkKind CAUSED_BY = new LinkKind("caused-by");
  public static final LinkKind PRECEDES = new LinkKind("precedes");
  public static final LinkKind SMALLER_THAN = new LinkKind("smaller-than");
  public static final LinkKind LARGER_THAN = new LinkKind("larger-than");

  private LinkKind(String code) {
    super("kind", code);
  }

  /** @return the kind for {@code code}, well-known or not */
  public static LinkKind of(String code) {
    return new LinkKind(code);
  }
}
