package org.sparkling;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Ten rows of every type asH2OFrame supports, each column (but {@code id}, the row number) with at least one null and the
 * edge values of its type. Dates and times are {@code java.time} values: read them with
 * {@code spark.sql.datetime.java8API.enabled=true}.
 */
final class AllTypesFrame {
  static final int ROWS = 10;
  private final List<StructField> fields = new ArrayList<>();
  private final List<List<Object>> columns = new ArrayList<>();

  AllTypesFrame() {
    add("id", DataTypes.IntegerType, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    add("byte", DataTypes.ByteType,
        Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0, (byte) -1, (byte) 1, null, (byte) 42, (byte) -42, (byte) 100, (byte) 7);
    add("short", DataTypes.ShortType,
        Short.MIN_VALUE, Short.MAX_VALUE, (short) 0, null, (short) 1, (short) -1, (short) 1000, (short) -1000, (short) 5,
        (short) 6);
    add("int", DataTypes.IntegerType, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 1, null, -1, 123_456, -123_456, 7, 8);
    add("int in short range", DataTypes.IntegerType, -300, 300, (int) Short.MIN_VALUE, (int) Short.MAX_VALUE, 0, null, 1, 2, 3, 4);
    // Long.MIN_VALUE is H2O's missing-value marker; see ConversionRoundTripTest.longMinValueIsH2OsMissingValueMarker.
    add("long", DataTypes.LongType,
        Long.MIN_VALUE + 1, Long.MAX_VALUE, 0L, 1L, -1L, null, (1L << 53) + 1, 1_234_567_890_123_456_789L,
        -1_234_567_890_123_456_789L, 42L);
    add("long in int range", DataTypes.LongType,
        (long) Integer.MIN_VALUE, (long) Integer.MAX_VALUE, 0L, null, 70_000L, -70_000L, 1L, 2L, 3L, 4L);
    add("float", DataTypes.FloatType,
        Float.MAX_VALUE, -Float.MAX_VALUE, Float.MIN_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN,
        1.1f, null, 3.5f, -2.75f);
    add("double", DataTypes.DoubleType,
        Double.MAX_VALUE, Double.MIN_VALUE, 1e-300, -1e300, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
        0.1, null, Math.PI);
    add("decimal(10,2)", DataTypes.createDecimalType(10, 2),
        decimal("99999999.99"), decimal("-99999999.99"), decimal("0.01"), decimal("-0.01"), decimal("0.00"), null,
        decimal("12345678.91"), decimal("1.10"), decimal("2.50"), decimal("3.33"));
    add("decimal(38,10)", DataTypes.createDecimalType(38, 10),
        decimal("9999999999999999999999999999.9999999999"), decimal("-9999999999999999999999999999.9999999999"),
        decimal("0.0000000001"), null, decimal("1234567890123456789012345678.0123456789"), decimal("0E-10"),
        decimal("1.5000000000"), decimal("-0.3333333333"), decimal("42.0000000000"), decimal("0.1000000000"));
    add("boolean", DataTypes.BooleanType, true, false, null, true, false, true, true, false, null, true);
    add("string", DataTypes.StringType,
        "", "Zürich", "東京", "😀 party", "plain ascii", null, "Zürich", "  spaces  ", "tab\there", "naïve café");
    add("date", DataTypes.DateType,
        LocalDate.of(1969, 12, 31), LocalDate.of(1900, 1, 1), LocalDate.of(1, 1, 1), LocalDate.of(1970, 1, 1),
        LocalDate.of(2024, 2, 29), null, LocalDate.of(9999, 12, 31), LocalDate.of(1582, 10, 4), LocalDate.of(1582, 10, 15),
        LocalDate.of(2000, 1, 1));
    add("timestamp", DataTypes.TimestampType,
        Instant.parse("2024-03-10T12:34:56.789123Z"), Instant.parse("1969-12-31T23:59:59.999999Z"),
        Instant.parse("1900-01-01T00:00:00.000001Z"), Instant.parse("1970-01-01T00:00:00Z"), null,
        Instant.parse("0001-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999Z"),
        Instant.parse("2000-02-29T12:00:00.500Z"), Instant.parse("1969-07-20T20:17:40.123456Z"),
        Instant.parse("2038-01-19T03:14:08Z"));
    add("timestamp_ntz", DataTypes.TimestampNTZType,
        LocalDateTime.parse("2024-03-10T02:30:00.123456"), LocalDateTime.parse("1950-06-01T12:00:00"), null,
        LocalDateTime.parse("1969-12-31T23:59:59.999999"), LocalDateTime.parse("1970-01-01T00:00:00"),
        LocalDateTime.parse("0001-01-01T00:00:00"), LocalDateTime.parse("9999-12-31T23:59:59.999"),
        LocalDateTime.parse("2024-10-27T01:30:00.000001"), LocalDateTime.parse("1900-01-01T00:00:00.001"),
        LocalDateTime.parse("2000-01-01T00:00:00"));
  }

  private void add(String name, DataType type, Object... values) {
    assertThat(values).as("values of %s", name).hasSize(ROWS);
    fields.add(new StructField(name, type, true, Metadata.empty()));
    columns.add(Arrays.asList(values));
  }

  private static BigDecimal decimal(String text) {
    return new BigDecimal(text);
  }

  List<String> names() {
    return fields.stream().map(StructField::name).toList();
  }

  List<Object> values(String column) {
    return columns.get(names().indexOf(column));
  }

  Dataset<Row> dataFrame(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (int row = 0; row < ROWS; row++) {
      Object[] values = new Object[columns.size()];
      for (int column = 0; column < values.length; column++) {
        values[column] = columns.get(column).get(row);
      }
      rows.add(RowFactory.create(values));
    }
    return spark.createDataFrame(rows, new StructType(fields.toArray(StructField[]::new)));
  }
}
