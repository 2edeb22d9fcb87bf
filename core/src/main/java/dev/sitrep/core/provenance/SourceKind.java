package dev.sitrep.core.provenance;

import dev.sitrep.core.Code;

/**
 * What a {@link Source} is: an open vocabulary. The Atlantic Council piece is an {@link #ARTICLE};
 * its Reuters picture a {@link #PHOTOGRAPH}. Any other lowercase code is kept as it is.
 */
public final class SourceKind extends Code {
  /** A news or analysis article. */
  public static final SourceKind ARTICLE = new SourceKind("article");
  /** A report of a government, an organization or a think tank. */
  public static final SourceKind REPORT = new SourceKind("report");
  /** A statement by an official body: a ministry's communiqué. */
  public static final SourceKind OFFICIAL_STATEMENT = new SourceKind("official-statement");
  /** A post on social media. */
  public static final SourceKind SOCIAL_MEDIA = new SourceKind("social-media");
  /** A dataset, such as ACLED's or UCDP's. */
  public static final SourceKind DATASET = new SourceKind("dataset");
  /** A photograph. */
  public static final SourceKind PHOTOGRAPH = new SourceKind("photograph");
  /** A video. */
  public static final SourceKind VIDEO = new SourceKind("video");
  /** A treaty or other agreed text: the Vienna Document 2011. */
  public static final SourceKind TREATY = new SourceKind("treaty");

  private SourceKind(String code) {
    super("kind", code);
  }

  /**
   * @param code a lowercase code, well-known or not
   * @return the kind for {@code code}, well-known or not
   */
  public static SourceKind of(String code) {
    return new SourceKind(code);
  }
}
