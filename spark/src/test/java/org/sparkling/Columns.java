package org.sparkling;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;

/** Reads one column of collected rows, to compare it value by value. */
final class Columns {
  private Columns() {}

  /** The values of {@code column} in {@code rows}, in row order, nulls included. */
  static List<Object> values(List<Row> rows, String column) {
    List<Object> values = new ArrayList<>();
    for (Row row : rows) {
      values.add(row.get(row.fieldIndex(column)));
    }
    return values;
  }

  /** Each value converted, nulls kept as nulls. */
  static List<Object> map(List<?> values, Function<Object, Object> conversion) {
    List<Object> mapped = new ArrayList<>();
    for (Object value : values) {
      mapped.add(value == null ? null : conversion.apply(value));
    }
    return mapped;
  }

  static DataType typeOf(Dataset<Row> df, String column) {
    return df.schema().apply(column).dataType();
  }
}
