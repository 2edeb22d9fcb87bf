package dev.sitrep.datasets;

import dev.sitrep.core.InvalidDataException;
import dev.sitrep.core.identity.EntityId;
import java.util.Locale;

/**
 * Event ids as a dataset's id column holds them: a dataset's own id {@code UKR90001} is the
 * sitrep id {@code event/acled-ukr90001}, and back; an id of sitrep's own (with a {@code /}) is
 * written and read as it is. An id that would not read back as itself is counted.
 */
final class RowIds {
  private RowIds() {}

  /**
   * @param prefix the dataset's prefix of event ids, such as {@code event/acled-}
   * @return the id of a cell
   * @throws InvalidDataException naming {@code column}, for a cell that makes no id
   */
  static EntityId read(String cell, String prefix, String column) {
    try {
      return EntityId.of(cell.contains("/") ? cell : prefix + Slugs.slug(cell));
    } catch (InvalidDataException e) {
      throw new InvalidDataException(column, e.rule());
    }
  }

  /**
   * @param upper whether the dataset writes its own ids in uppercase
   * @return the cell of an id, counting in {@code report} an id that reads back as another
   */
  static String write(EntityId id, String prefix, boolean upper, String column,
      LossReport report) {
    String v = id.value();
    String own = v.startsWith(prefix) ? v.substring(prefix.length()) : "/";
    String cell = own.contains("/") ? v : upper ? own.toUpperCase(Locale.ROOT) : own;
    if (!readsBack(cell, prefix, id)) {
      report.add(column, "an id with no '/' read back as " + prefix + "<id>");
    }
    return cell;
  }

  /** @return whether {@code cell} reads back as {@code id} */
  static boolean readsBack(String cell, String prefix, EntityId id) {
    try {
      return read(cell, prefix, "").equals(id);
    } catch (InvalidDataException e) {
      return false;
    }
  }
}
