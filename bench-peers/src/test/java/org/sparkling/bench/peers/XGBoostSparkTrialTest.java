package org.sparkling.bench.peers;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.rand;
import static org.apache.spark.sql.functions.timestamp_seconds;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small real run of the XGBoost4J-Spark contender on Spark 4 (built for Spark 3.5, it must still train and score here),
 * on flights made up so that late ones are easy to tell: a split written once, then the trial as the harness starts it.
 */
class XGBoostSparkTrialTest {
  @TempDir static Path folder;
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = BenchSpark.start("local[2]", folder);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void trainsScoresAndJudgesOnTheSharedSplit() {
    Path flights = folder.resolve("flights.parquet");
    spark.range(0, 4000, 1, 2)
        .select(
            timestamp_seconds(col("id").multiply(3600).plus(978_307_200L)).as("date"),
            when(pmod(col("id"), lit(7)).lt(2), lit(60L)).otherwise(lit(0L)).plus(rand(1).multiply(10).cast("long"))
                .as("delay"),
            pmod(col("id"), lit(7)).multiply(100).as("distance"),
            concat(lit("A"), pmod(col("id"), lit(5)).cast("string")).as("origin"),
            concat(lit("B"), pmod(col("id"), lit(3)).cast("string")).as("destination"))
        .write().parquet(flights.toString());

    TrainingSplit split = TrainingSplit.create(spark, flights, 3000, 42, folder.resolve("work"));
    PeerRequest request = new PeerRequest("local[2]", split.train().toString(), split.test().toString(), 2,
        new TreeSettings(5, 3, 0.3, 42), 200, 0, 1);

    PeerResult result = XGBoostSparkTrial.run(request, folder.resolve("trial"));

    assertThat(result.library()).startsWith("XGBoost4J-Spark 3.");
    assertThat(result.trainRows()).isBetween(2200L, 2600L);
    assertThat(result.scoringRows()).isEqualTo(3000);
    assertThat(result.auc()).isGreaterThan(0.9);
    assertThat(result.scoringSeconds()).hasSize(1);
  }
}
