package org.sparkling;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sparkling.RoundTripPropertyExpectation.Column;

/**
 * Property: a random DataFrame (random schema of scalars, structs, arrays, maps and ML vectors, odd names, edge values,
 * random partitions) converted to H2O and read back is the flat table that DESIGN.md's "Data conversion rules" describe,
 * as computed by {@link RoundTripPropertyExpectation}. Seeds 1..200 by default; {@code -Dsparkling.seed=17} (or
 * {@code 17,42}) runs only those seeds, {@code -Dsparkling.seeds=1000} runs seeds 1..1000.
 */
class RoundTripPropertyTest {
  private static final String REPLAY =
      "mvn -B -o -pl spark verify -Dtest='%s' -Dsparkling.seed=%d -Dsurefire.failIfNoSpecifiedTests=false";
  private static final int DIFFERENCES_SHOWN = 20;
  private static SparkSession spark;
  private static H2OContext hc;

  @BeforeAll
  static void startSpark(TestInfo test) {
    spark = LocalSpark.start(test);
    // java.time values in and out (LocalDate, Instant, LocalDateTime), proleptic Gregorian like Spark itself.
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    hc = H2OContext.getOrCreate(spark);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  static LongStream seeds() {
    return seeds(200);
  }

  /** Seeds 1 to {@code count}, unless {@code -Dsparkling.seed} or {@code -Dsparkling.seeds} says otherwise. */
  static LongStream seeds(long count) {
    String only = System.getProperty("sparkling.seed", "").trim();
    if (!only.isEmpty()) {
      return Arrays.stream(only.split(",")).mapToLong(seed -> Long.parseLong(seed.trim()));
    }
    return LongStream.rangeClosed(1, Long.getLong("sparkling.seeds", count));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void comesBackAsTheConversionRulesSay(long seed) {
    RoundTripPropertyData data = RoundTripPropertyData.generate(seed);
    List<Column> expected = RoundTripPropertyExpectation.of(data.schema(), data.rows()).columns();
    List<String> differences = new ArrayList<>();
    String key = "round_trip_property_" + seed;
    try {
      H2OFrame frame = hc.asH2OFrame(data.dataFrame(spark), key);
      compareFrame(frame, expected, data.rows().size(), differences);
      compareRows(hc.asSparkFrame(frame), expected, differences);
    } catch (RuntimeException e) {
      differences.add("the round trip failed: " + e);
    } finally {
      if (hc.client().frameIds().contains(key)) {
        hc.client().deleteFrame(key);
      }
    }
    if (!differences.isEmpty()) {
      fail(report(getClass().getSimpleName(), data, differences));
    }
  }

  static void compareFrame(H2OFrame frame, List<Column> expected, long rows, List<String> differences) {
    List<String> names = expected.stream().map(Column::name).toList();
    if (!frame.columnNames().equals(names)) {
      differences.add("H2O column names: expected " + quoted(names) + " but were " + quoted(frame.columnNames()));
    }
    List<String> types = expected.stream().map(Column::h2oType).toList();
    if (frame.columnNames().equals(names) && !frame.columnTypes().equals(types)) {
      differences.add("H2O column types: expected " + types + " but were " + frame.columnTypes());
    }
    if (frame.numberOfRows() != rows) {
      differences.add("H2O rows: expected " + rows + " but were " + frame.numberOfRows());
    }
  }

  static void compareRows(Dataset<Row> back, List<Column> expected, List<String> differences) {
    StructField[] fields = back.schema().fields();
    Map<String, Integer> positions = new HashMap<>();
    for (int field = 0; field < fields.length; field++) {
      positions.put(fields[field].name(), field);
    }
    for (Column column : expected) {
      Integer position = positions.get(column.name());
      if (position == null) {
        differences.add("Spark column " + quoted(column.name()) + " is missing");
      } else if (!fields[position].dataType().equals(column.sparkType())) {
        differences.add("Spark type of " + quoted(column.name()) + ": expected " + column.sparkType().simpleString()
            + " but was " + fields[position].dataType().simpleString());
      }
    }
    Map<Long, Row> byId = new HashMap<>();
    for (Row row : back.collectAsList()) {
      byId.put(((Number) row.get(positions.get(RoundTripPropertyData.ID))).longValue(), row);
    }
    List<Object> ids = expected.get(0).values();
    if (byId.size() != ids.size()) {
      differences.add("Spark rows: expected " + ids.size() + " but were " + byId.size());
    }
    for (int row = 0; row < ids.size(); row++) {
      Row actual = byId.get((Long) ids.get(row));
      if (actual == null) {
        differences.add("row " + RoundTripPropertyData.ID + "=" + ids.get(row) + " is missing");
        continue;
      }
      for (Column column : expected) {
        Integer position = positions.get(column.name());
        Object value = position == null ? null : actual.get(position);
        if (position != null && !same(column.values().get(row), value, column.approximate())) {
          differences.add("row " + RoundTripPropertyData.ID + "=" + ids.get(row) + ", column " + quoted(column.name())
              + ": expected " + shown(column.values().get(row)) + " but was " + shown(value));
        }
      }
    }
  }

  /** Numbers compare by value (an integral type may hold a whole double); decimals within one ulp. */
  private static boolean same(Object expected, Object actual, boolean approximate) {
    if (expected == null || actual == null) {
      return expected == actual;
    }
    if (expected instanceof Number number && actual instanceof Number value) {
      if (number instanceof Long whole && !(value instanceof Double)) {
        return whole == value.longValue();
      }
      double difference = Math.abs(number.doubleValue() - value.doubleValue());
      return number.doubleValue() == value.doubleValue() || (approximate && difference <= Math.ulp(number.doubleValue()));
    }
    return expected.equals(actual);
  }

  private static String report(String testClass, RoundTripPropertyData data, List<String> differences) {
    StringBuilder text = new StringBuilder();
    text.append("Seed ").append(data.seed()).append(": the round trip differs from DESIGN.md's conversion rules\n");
    text.append("Replay this seed only: ").append(String.format(REPLAY, testClass, data.seed())).append('\n');
    differences.stream().limit(DIFFERENCES_SHOWN).forEach(difference -> text.append("  - ").append(difference).append('\n'));
    if (differences.size() > DIFFERENCES_SHOWN) {
      text.append("  ... and ").append(differences.size() - DIFFERENCES_SHOWN).append(" more\n");
    }
    return text.append("Data: ").append(data.describe()).toString();
  }

  private static String shown(Object value) {
    if (value == null) {
      return "null";
    }
    String text = value instanceof String string ? quoted(string) : value.toString();
    return text + " (" + value.getClass().getSimpleName() + ")";
  }

  private static String quoted(Object value) {
    return value instanceof List<?> list
        ? list.stream().map(RoundTripPropertyTest::quoted).toList().toString()
        : "'" + value.toString().replace("\t", "\\t").replace("\n", "\\n") + "'";
  }
}
