package org.sparkling;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.backend.external.LocalH2OCluster;
import org.sparkling.backend.external.KillableClusters;

/**
 * An H2O node killed (as by the OOM killer: no shutdown) while {@code asH2OFrame} moves data into the cluster: the call
 * fails with an error naming the lost cluster and what to do, returns no frame, Spark keeps working, and the same
 * conversion succeeds once the context is connected to a new cluster.
 */
class NodeKilledDuringConversionTest {
  private static final int ROWS = 20_000;
  private static final int PARTITIONS = 8;
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("NodeKilledDuringConversionTest");
  }

  @AfterAll
  static void stopSpark() {
    // Back to the embedded default, which replaces (and stops) the context the test left.
    H2OContext.getOrCreate(spark, new H2OConf());
    spark.stop();
  }

  /** Rows whose partitions each take a moment, so that the kill lands while later partitions still move. */
  private static Dataset<Row> slowRows() {
    return spark.range(0, ROWS, 1, PARTITIONS).select(
        col("id"),
        functions.udf((Long id) -> {
          if (id % (ROWS / PARTITIONS) == 0) {
            Thread.sleep(400);
          }
          return "v" + (id % 7);
        }, DataTypes.StringType).apply(col("id")).as("label"));
  }

  @Test
  void aNodeKilledMidConversionFailsTheCallClearlyAndTheConversionSucceedsOnANewCluster() {
    LocalH2OCluster first = KillableClusters.start("conversion-killed", 2);
    AtomicLong killedAt = new AtomicLong();
    int victim = first.nodes().get(1).getPort();
    SparkListener killer = KillableClusters.killAfterFirstTask(first, victim, killedAt);
    try {
      H2OContext hc = H2OContext.getOrCreate(spark, KillableClusters.connectTo(first));
      Dataset<Row> rows = slowRows();
      spark.sparkContext().addSparkListener(killer);

      Throwable error = KillableClusters.failureOf(
          "conversion", killedAt, () -> hc.asH2OFrame(rows, "killed_conversion"));

      assertThat(error).isInstanceOf(H2OClusterLostException.class)
          .as("the heartbeat's finding, not a REST timeout").hasMessageNotContaining("spark.ext.h2o.rest.api.timeout");
      assertThat(error.getMessage()).contains("H2O cluster not reachable").contains("H2OContext.getOrCreate(spark, conf)")
          .contains("killed_conversion").contains("node 127.0.0.1:" + victim + " does not answer");
      assertThat(spark.range(1_000).count()).as("Spark after losing an H2O node").isEqualTo(1_000);
    } finally {
      spark.sparkContext().removeSparkListener(killer);
      first.stop();
    }

    try (LocalH2OCluster second = KillableClusters.start("conversion-rerun", 1)) {
      H2OContext hc = H2OContext.getOrCreate(spark, KillableClusters.connectTo(second));

      H2OFrame frame = hc.asH2OFrame(slowRows(), "rerun_conversion");

      assertThat(frame.numberOfRows()).isEqualTo(ROWS);
      Dataset<Row> back = hc.asSparkFrame(frame);
      assertThat(back.select("id").distinct().count()).isEqualTo(ROWS);
      assertThat(back.agg(functions.sum("id")).first().getLong(0)).isEqualTo((long) (ROWS - 1) * ROWS / 2);
    }
  }
}
