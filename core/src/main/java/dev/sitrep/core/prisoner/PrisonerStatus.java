package dev.sitrep.core.prisoner;

/**
 * Where a political prisoner stands at a date: detained on 14 July 2020 ({@link #DETAINED}),
 * pardoned in September 2025 ({@link #PARDONED}). Some statuses are custody (the person is held),
 * some are freedom, and one is final.
 */
public enum PrisonerStatus {
  /** Arrested or detained. */
  DETAINED(true),
  /** Held awaiting trial. */
  PRE_TRIAL_DETENTION(true),
  /** Found guilty by a court. */
  CONVICTED(true),
  /** Serving a sentence after conviction. */
  SERVING_SENTENCE(true),
  /** Held incommunicado: family and lawyers do not know where. */
  WHEREABOUTS_UNKNOWN(true),
  /** Set free, without a pardon. */
  RELEASED(false),
  /** Pardoned and set free. */
  PARDONED(false),
  /** Removed from the country, as Belarus has done with pardoned prisoners. */
  EXPELLED(false),
  /** Set free at the end of the sentence. */
  SENTENCE_COMPLETED(false),
  /**
   * Taken back into custody, right after a release or a pardon, to serve the sentence that stood
   * then: a release revoked, or a pardon the person refused, as when a pardoned prisoner who would
   * not leave the country at the border was returned to prison.
   */
  RETURNED_TO_CUSTODY(true),
  /** Died while held. Nothing can follow it. */
  DIED_IN_CUSTODY(true);

  private final boolean custody;

  PrisonerStatus(boolean custody) {
    this.custody = custody;
  }

  /** @return whether the person is held in this status */
  public boolean isCustody() {
    return custody;
  }
}
