package dev.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Columns of a Spark row made from one kind of value, each declared once with its name, type,
 * meaning and how it is taken from the value: the schema and the rows both come from the
 * declarations, so they cannot disagree.
 *
 * @param <T> the kind of value a row is made from
 */
final class Columns<T> {
  private final List<StructField> fields = new ArrayList<>();
  private final List<Function<T, Object>> getters = new ArrayList<>();

  /**
   * Declares the next column.
   *
   * @param name its name, in snake_case
   * @param type its Spark type
   * @param meaning what it holds, as the schema's comment says
   * @param getter takes its value from a value, or null when it has none
   * @return these columns
   */
  Columns<T> add(String name, DataType type, String meaning, Function<T, Object> getter) {
    fields.add(new StructField(name, type, true,
        org.apache.spark.sql.types.Metadata.empty()).withComment(meaning));
    getters.add(getter);
    return this;
  }

  /** @return the schema of the rows, each column with its meaning as its comment */
  StructType schema() {
    return new StructType(fields.toArray(StructField[]::new));
  }

  /** @return the row of a value */
  Row row(T value) {
    Object[] values = new Object[getters.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = getters.get(i).apply(value);
    }
    return RowFactory.create(values);
  }

  /** @return an enum constant as the wire format writes it: {@code AT_LEAST} as "at-least" */
  static String code(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
