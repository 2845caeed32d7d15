package org.sparkling.bench.peers;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.dayofweek;
import static org.apache.spark.sql.functions.hour;
import static org.apache.spark.sql.functions.month;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The features and the label of the training suite, derived from {@code flights-3m.parquet} as the demo derives them: a
 * flight is late when its delay exceeds 15 minutes.
 */
public final class FlightFeatures {
  /** The label as a boolean, which H2O's estimators train a classifier on. */
  public static final String LATE = "late";
  /** The same label as a double (1 late, 0 not), which Spark MLlib and the AUC evaluator need. */
  public static final String LABEL = "label";
  /** Every contender's features, in this order. */
  public static final List<String> FEATURES = List.of("distance", "hour", "day_of_week", "month", "origin", "destination");
  /** The string features, categorical for every contender. */
  public static final List<String> CATEGORICAL = List.of("origin", "destination");
  /** The numeric features. */
  public static final List<String> NUMERIC = List.of("distance", "hour", "day_of_week", "month");

  private FlightFeatures() {}

  /** The label (twice: boolean and double) and the features of raw flights. */
  public static Dataset<Row> derive(Dataset<Row> flights) {
    Dataset<Row> derived = flights
        .withColumn("hour", hour(col("date")))
        .withColumn("day_of_week", dayofweek(col("date")))
        .withColumn("month", month(col("date")))
        .withColumn(LATE, col("delay").gt(15))
        .withColumn(LABEL, col("delay").gt(15).cast("double"));
    return derived.select(LATE, columns(LABEL));
  }

  private static String[] columns(String first) {
    String[] columns = new String[FEATURES.size() + 1];
    columns[0] = first;
    for (int i = 0; i < FEATURES.size(); i++) {
      columns[i + 1] = FEATURES.get(i);
    }
    return columns;
  }

  /** The features as an array, for Spark's varargs. */
  public static String[] features() {
    return FEATURES.toArray(String[]::new);
  }
}
