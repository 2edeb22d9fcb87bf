package dev.sitrep.io.codec;

import dev.sitrep.core.actor.Actor;
import dev.sitrep.core.actor.State;
import dev.sitrep.core.exercise.ExerciseStatus;
import dev.sitrep.core.exercise.ImmutableMilitaryExercise;
import dev.sitrep.core.exercise.ImmutableNotification;
import dev.sitrep.core.exercise.ImmutableStrength;
import dev.sitrep.core.exercise.MilitaryExercise;
import dev.sitrep.core.exercise.Notification;
import dev.sitrep.core.exercise.NotificationChannel;
import dev.sitrep.core.exercise.Strength;
import dev.sitrep.core.exercise.StrengthCategory;

/** Codecs of military exercises and their strength claims. */
public final class ExerciseCodecs {
  private ExerciseCodecs() {}

  /** The codec of {@link Strength}, named {@code strength} in the schema. */
  public static final ObjectCodec<Strength, ImmutableStrength.Builder> STRENGTH =
      ObjectCodec.declare("strength",
              "One claim about an exercise's size in one Vienna Document category, such as troops"
                  + " declared by the host.",
              Strength.class, Strength::builder, ImmutableStrength.Builder::build)
          .required("category", "what is counted, a category of the Vienna Document 2011",
              Strength::category, ImmutableStrength.Builder::category,
              Scalars.enumeration(StrengthCategory.class))
          .required("count", "how many, as the claimant says",
              Strength::count, ImmutableStrength.Builder::count, FoundationCodecs.UNCERTAIN_COUNT)
          .required("attribution", "who says so, where and how firmly",
              Strength::attribution, ImmutableStrength.Builder::attribution,
              FoundationCodecs.ATTRIBUTION)
          .optional("id", "the figure's id, so that a corrected figure can supersede it; unique"
                  + " among the exercise's strength",
              Strength::id, ImmutableStrength.Builder::id, Scalars.ENTITY_ID)
          .optional("supersedes", "the id of the earlier figure of the same category that this"
                  + " one corrects; never one that leads back to it",
              Strength::supersedes, ImmutableStrength.Builder::supersedes, Scalars.ENTITY_ID)
          .optional("territory", "where the figure applies, if it counts only part of the"
                  + " exercise",
              Strength::territory, ImmutableStrength.Builder::territory, FoundationCodecs.PLACE)
          .optional("contributor", "the state whose part the figure counts, if it counts one"
                  + " state's part",
              Strength::contributor, ImmutableStrength.Builder::contributor,
              Scalars.ref(State.class))
          .build();

  /** The codec of {@link Notification}, named {@code notification} in the schema. */
  public static final ObjectCodec<Notification, ImmutableNotification.Builder> NOTIFICATION =
      ObjectCodec.declare("notification",
              "The prior notification of an exercise under the Vienna Document 2011: when, how,"
                  + " to whom.",
              Notification.class, Notification::builder, ImmutableNotification.Builder::build)
          .required("date", "when it was given",
              Notification::date, ImmutableNotification.Builder::date, Scalars.TIME_POINT)
          .optional("channel", "how it was given, such as the OSCE communications network",
              Notification::channel, ImmutableNotification.Builder::channel,
              Scalars.code(NotificationChannel.class, NotificationChannel::of))
          .list("notified", "who was notified, where the source names them; none twice",
              Notification::notified, ImmutableNotification.Builder::addAllNotified,
              Scalars.refToSubtype(Actor.class))
          .optional("attribution", "who reports it",
              Notification::attribution, ImmutableNotification.Builder::attribution,
              FoundationCodecs.ATTRIBUTION)
          .build();

  /** The codec of {@link MilitaryExercise}, named {@code military-exercise} in the schema. */
  public static final ObjectCodec<MilitaryExercise, ImmutableMilitaryExercise.Builder>
      MILITARY_EXERCISE = EventCodecs.event("military-exercise",
              "An event: a military exercise such as Zapad 2025, with its hosts, status and every"
                  + " claim about its strength.",
              MilitaryExercise.class, MilitaryExercise::builder,
              ImmutableMilitaryExercise.Builder::build)
          .optional("series", "the series: \"Zapad\"",
              MilitaryExercise::series, ImmutableMilitaryExercise.Builder::series, Scalars.STRING)
          .optionalInt("edition", "the edition, by year; a year that `when` overlaps",
              1, 9999, MilitaryExercise::edition, ImmutableMilitaryExercise.Builder::edition)
          .list("hosts", "the states that host it",
              MilitaryExercise::hosts, ImmutableMilitaryExercise.Builder::addAllHosts,
              Scalars.ref(State.class))
          .required("status", "where the exercise stands",
              MilitaryExercise::status, ImmutableMilitaryExercise.Builder::status,
              Scalars.enumeration(ExerciseStatus.class))
          .optional("status_reason", "why it stands so: \"Russian troops and equipment were"
                  + " needed for the ongoing invasion of Ukraine\"",
              MilitaryExercise::statusReason, ImmutableMilitaryExercise.Builder::statusReason,
              Scalars.STRING)
          .optional("scenario", "the stated scenario",
              MilitaryExercise::scenario, ImmutableMilitaryExercise.Builder::scenario,
              Scalars.STRING)
          .list("strength", "every claim about its size",
              MilitaryExercise::strength, ImmutableMilitaryExercise.Builder::addAllStrength,
              STRENGTH)
          .optional("notification", "its prior notification under the Vienna Document, if one was"
                  + " given or reported",
              MilitaryExercise::notification, ImmutableMilitaryExercise.Builder::notification,
              NOTIFICATION)
          .list("observers", "the observers invited to it; none twice",
              MilitaryExercise::observers, ImmutableMilitaryExercise.Builder::addAllObservers,
              Scalars.refToSubtype(Actor.class))
          .build();
}
