package org.sparkling;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.client.FrameDescription;

/**
 * Text columns at the sizes users bring: 20,000,000 distinct values, past H2O's categorical limit of 10,000,000, become a
 * string column; 1,500,000 distinct teams beside them stay a categorical. Run by failsafe in its own JVM with a larger
 * heap (see this module's pom); it prints its wall time and peak heap.
 */
class ManyLevelsIT {
  private static final long ROWS = 20_000_000;
  private static final int TEAMS = 1_500_000;
  private static final int PARTITIONS = 8;
  private static SparkSession spark;
  private static H2OContext hc;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("ManyLevelsIT");
    hc = H2OContext.getOrCreate(spark);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void twentyMillionDistinctStringsBecomeAStringColumnAndAMillionAndAHalfTeamsStayCategorical() throws Exception {
    // Every partition holds 2,500,000 names and all 1,500,000 teams, so each chunk's team levels overlap every other's.
    Dataset<Row> users =
        spark.range(0, ROWS, 1, PARTITIONS)
            .selectExpr("id", "concat('user-', id) AS name", "concat('team-', id % " + TEAMS + ") AS team");
    H2OFrame frame;
    try (HeapWatch heap = HeapWatch.start()) {
      long started = System.nanoTime();
      frame = hc.asH2OFrame(users, "many_levels");
      long converted = System.nanoTime();
      checkValues(hc.asSparkFrame(frame));
      System.out.printf(
          "ManyLevelsIT: %,d rows converted in %,d ms, read back and checked in %,d ms; %s%n", ROWS,
          (converted - started) / 1_000_000, (System.nanoTime() - converted) / 1_000_000, heap.report());
    }

    assertThat(frame.numberOfRows()).isEqualTo(ROWS);
    assertThat(frame.columnTypes()).containsExactly("numeric", "string", "categorical");
    FrameDescription.Column team = frame.description().columns().get(2);
    assertThat(team.cardinality()).isEqualTo(TEAMS);
    assertThat(team.naCount()).isZero();
    assertThat(frame.description().columns().get(1).naCount()).isZero();
    assertThat(levelKeysLeft()).as("chunk levels left in H2O's store after the finish").isEmpty();
  }

  private static void checkValues(Dataset<Row> back) {
    List<Row> spots =
        back.filter(col("id").isin(0L, 1L, 9_999_999L, 12_345_678L, ROWS - 1)).orderBy("id").collectAsList();
    assertThat(spots)
        .extracting(Row::toString)
        .containsExactly(
            "[0,user-0,team-0]", "[1,user-1,team-1]", "[9999999,user-9999999,team-999999]",
            "[12345678,user-12345678,team-345678]", "[19999999,user-19999999,team-499999]");
    long wrong =
        back.filter(
                "name IS NULL OR team IS NULL OR name <> concat('user-', id) OR team <> concat('team-', id % " + TEAMS
                    + ")")
            .count();
    assertThat(wrong).as("rows whose name or team differs from the one written").isZero();
  }

  /** Keys of chunk-local levels still in the store; H2O runs in this JVM, so its store is local. */
  private static List<String> levelKeysLeft() {
    return water.H2O.localKeySet().stream().map(Object::toString).filter(key -> key.contains("_sparkling_levels_")).toList();
  }
}
