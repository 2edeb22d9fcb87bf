package dev.sitrep.core.prisoner;

import dev.sitrep.core.actor.Organization;
import dev.sitrep.core.identity.Ref;
import dev.sitrep.core.internal.Checks;
import dev.sitrep.core.internal.SitrepStyle;
import dev.sitrep.core.provenance.Attribution;
import dev.sitrep.core.time.TimePoint;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The recognition of a prisoner by an organization: as a political prisoner by a human-rights
 * organization (Viasna, Memorial), on the criteria of PACE Resolution 1900; or of another
 * {@linkplain #kind() kind}, such as a designation as a prisoner of conscience or a prize; when,
 * and who reports it.
 *
 * <pre>{@code
 * Recognition prize = Recognition.builder().by(Ref.of("organization/european-parliament"))
 *     .kind(RecognitionKind.PRIZE).date(TimePoint.year(2020)).build();
 * }</pre>
 */
@Value.Immutable
@SitrepStyle
public abstract class Recognition {
  /** @return the organization that recognized the prisoner */
  public abstract Ref<Organization> by();

  /** @return when, if known */
  public abstract Optional<TimePoint> date();

  /** @return the criteria it cited, for a recognition as a political prisoner */
  public abstract List<Pace1900Criterion> criteria();

  /** @return what it is: as a political prisoner, unless said otherwise */
  @Value.Default
  public RecognitionKind kind() {
    return RecognitionKind.POLITICAL_PRISONER;
  }

  /** @return who reports it, where the recognition is known through a source */
  public abstract Optional<Attribution> attribution();

  /** @return a new builder */
  public static ImmutableRecognition.Builder builder() {
    return ImmutableRecognition.builder();
  }

  @Value.Check
  void check() {
    Checks.distinct(criteria(), "criteria", "a criterion");
    Checks.require(criteria().isEmpty() || kind().equals(RecognitionKind.POLITICAL_PRISONER),
        "criteria", () -> "must be empty for a recognition of kind " + kind().code()
            + ": PACE Resolution 1900's criteria are those of a political prisoner");
  }
}
