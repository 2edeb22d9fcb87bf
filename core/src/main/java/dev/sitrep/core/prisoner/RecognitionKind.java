package dev.sitrep.core.prisoner;

import dev.sitrep.core.Code;

/**
 * What a recognition is: an open vocabulary of {@link #POLITICAL_PRISONER}, recognized as a
 * political prisoner on the criteria of PACE Resolution 1900, as Viasna does; {@link #DESIGNATION},
 * another organization's designation, such as a prisoner of conscience; {@link #PRIZE}, an award
 * while imprisoned; and any other lowercase code.
 */
public final class RecognitionKind extends Code {
  /** Recognized as a political prisoner, as Viasna recognizes. */
  public static final RecognitionKind POLITICAL_PRISONER =
      new RecognitionKind("political-prisoner");
  /** Another designation, such as a prisoner of conscience. */
  public static final RecognitionKind DESIGNATION = new RecognitionKind("designation");
  /** A prize or award given to the prisoner. */
  public static final RecognitionKind PRIZE = new RecognitionKind("prize");

  private RecognitionKind(String code) {
    super("kind", code);
  }

  /**
   * @param code a lowercase code, well-known or not
   * @return the code for {@code code}, well-known or not
   */
  public static RecognitionKind of(String code) {
    return new RecognitionKind(code);
  }
}
