package dev.sitrep.core.exercise;

import dev.sitrep.core.Code;

/**
 * How an exercise was notified: an open vocabulary of {@link #OSCE_COMMUNICATIONS_NETWORK}, the
 * channel the Vienna Document prescribes, {@link #DIPLOMATIC_NOTE}, {@link #PUBLIC_ANNOUNCEMENT},
 * and any other lowercase code.
 */
public final class NotificationChannel extends Code {
  /** The OSCE Communications Network, through which the Vienna Document's notifications pass. */
  public static final NotificationChannel OSCE_COMMUNICATIONS_NETWORK =
      new NotificationChannel("osce-communications-network");
  /** A diplomatic note to another state. */
  public static final NotificationChannel DIPLOMATIC_NOTE =
      new NotificationChannel("diplomatic-note");
  /** A public announcement, such as a defence ministry's press release. */
  public static final NotificationChannel PUBLIC_ANNOUNCEMENT =
      new NotificationChannel("public-announcement");

  private NotificationChannel(String code) {
    super("channel", code);
  }

  /**
   * @param code a lowercase code, well-known or not
   * @return the code for {@code code}, well-known or not
   */
  public static NotificationChannel of(String code) {
    return new NotificationChannel(code);
  }
}
