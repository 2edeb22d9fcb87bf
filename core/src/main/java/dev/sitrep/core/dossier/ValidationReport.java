package dev.sitrep.core.dossier;

import dev.sitrep.core.internal.SitrepStyle;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Every problem of a {@link Dossier}, not only the first, in the order of the dossier: an exercise
 * hosted by {@code state/xyz}, which the dossier does not hold, is reported at
 * {@code events[0].hosts[0]} as a {@link Problem#DANGLING_REFERENCE}.
 *
 * <pre>{@code
 * ValidationReport report = dossier.validate();
 * report.problems().isEmpty();   // true when every reference resolves
 * }</pre>
 */
@Value.Immutable
@SitrepStyle
public abstract class ValidationReport {
  /** @return the problems; empty when the dossier is valid */
  @Value.Parameter
  public abstract List<Problem> problems();

  /**
   * @param problems the problems found; none when valid
   * @return a report of {@code problems}
   */
  public static ValidationReport of(List<Problem> problems) {
    return ImmutableValidationReport.of(problems);
  }

  /** @return whether there are no problems */
  public boolean isValid() {
    return problems().isEmpty();
  }

  /** @return one problem a line */
  @Override
  public String toString() {
    return isValid() ? "valid"
        : problems().size() + " problem(s):\n" + problems().stream().map(Problem::toString)
            .collect(Collectors.joining("\n"));
  }
}
