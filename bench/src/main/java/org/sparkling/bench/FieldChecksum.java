package org.sparkling.bench;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.TimestampNTZType;

/**
 * Reads every field of every row of a DataFrame in Spark's internal form ({@code queryExecution().toRdd()}), by type, and
 * adds each value (as a long) to a checksum that goes back to the driver, so that the JIT cannot skip a read. Strings are
 * read in full (their Murmur3 hash); no value is converted to a Java object. The sum does not depend on row order or
 * partitioning, so two readers of the same values give the same checksum.
 */
final class FieldChecksum implements FlatMapFunction<Iterator<InternalRow>, long[]> {
  private static final long serialVersionUID = 1L;
  private static final int LONG = 0;
  private static final int INT = 1;
  private static final int DOUBLE = 2;
  private static final int STRING = 3;
  private static final int SHORT = 4;
  private static final int BYTE = 5;
  private static final int BOOLEAN = 6;
  private static final int OTHER = 7;

  private final int[] kinds;
  private final DataType[] types;

  private FieldChecksum(StructField[] fields) {
    kinds = new int[fields.length];
    types = new DataType[fields.length];
    for (int column = 0; column < fields.length; column++) {
      types[column] = fields[column].dataType();
      kinds[column] = kind(types[column]);
    }
  }

  /** Reads {@code data} in full; returns the rows read and the checksum of their fields. */
  static Scan scan(Dataset<Row> data) {
    long[] total =
        data.queryExecution().toRdd().toJavaRDD()
            .mapPartitions(new FieldChecksum(data.schema().fields()))
            .reduce((left, right) -> new long[] {left[0] + right[0], left[1] + right[1]});
    return new Scan(total[0], total[1]);
  }

  @Override
  public Iterator<long[]> call(Iterator<InternalRow> rows) {
    long count = 0;
    long checksum = 0;
    while (rows.hasNext()) {
      InternalRow row = rows.next();
      for (int column = 0; column < kinds.length; column++) {
        checksum += read(row, column);
      }
      count++;
    }
    return List.of(new long[] {count, checksum}).iterator();
  }

  private long read(InternalRow row, int column) {
    if (row.isNullAt(column)) {
      return 7;
    }
    switch (kinds[column]) {
      case LONG:
        return row.getLong(column);
      case INT:
        return row.getInt(column);
      case DOUBLE:
        return Double.doubleToRawLongBits(row.getDouble(column));
      case STRING:
        return row.getUTF8String(column).hashCode();
      case SHORT:
        return row.getShort(column);
      case BYTE:
        return row.getByte(column);
      case BOOLEAN:
        return row.getBoolean(column) ? 1 : 0;
      default:
        return row.get(column, types[column]).hashCode();
    }
  }

  private static int kind(DataType type) {
    if (type.equals(DataTypes.LongType) || type.equals(DataTypes.TimestampType) || type instanceof TimestampNTZType) {
      return LONG;
    }
    if (type.equals(DataTypes.IntegerType) || type.equals(DataTypes.DateType)) {
      return INT;
    }
    if (type.equals(DataTypes.DoubleType)) {
      return DOUBLE;
    }
    if (type.equals(DataTypes.StringType)) {
      return STRING;
    }
    if (type.equals(DataTypes.ShortType)) {
      return SHORT;
    }
    if (type.equals(DataTypes.ByteType)) {
      return BYTE;
    }
    if (type.equals(DataTypes.BooleanType)) {
      return BOOLEAN;
    }
    return OTHER;
  }

  /** What a full read saw: the rows, and a checksum of every field. */
  record Scan(long rows, long checksum) {}
}
