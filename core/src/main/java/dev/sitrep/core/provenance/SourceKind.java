package dev.sitrep.core.provenance;

import dev.sitrep.core.Code;

/**
 * What a {@link Source} is: an open vocabulary. The Atlantic Council piece is an {@link #ARTICLE};
 * its Reuters picture a {@link #PHOTOGRAPH}. Any other lowercase code is kept as it is.
 */
public final class SourceKind extends Code {
  public static final SourceKind ARTICLE = new SourceKind("article");
  public static final SourceKind REPORT = new SourceKind("report");
  public static final SourceKind OFFICIAL_STATEMENT = new SourceKind("official-statement");
  public static final SourceKind SOCIAL_MEDIA = new SourceKind("social-media");
  public static final SourceKind DATASET = new SourceKind("dataset");
  public static final SourceKind PHOTOGRAPH = new SourceKind("photograph");
  public static final SourceKind VIDEO = new SourceKind("video");
  public static final SourceKind TREATY = new SourceKind("treaty");

  private SourceKind(String code) {
    super("kind", code);
  }

  /** @return the kind for {@code code}, well-known or not */
  public static SourceKind of(String code) {
    return new SourceKind(code);
  }
}
