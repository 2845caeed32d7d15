package org.sparkling;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.SparkException;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.backend.external.KillableClusters;
import org.sparkling.backend.external.LocalH2OCluster;

/**
 * An H2O node killed (as by the OOM killer: no shutdown) while Spark reads a frame through {@code asSparkFrame}: the
 * Spark job fails with the lost cluster named and what to do, no partial result comes back as if it were whole, Spark
 * keeps working, and the same read succeeds once the context is connected to a new cluster.
 */
class NodeKilledDuringReadTest {
  private static final int ROWS = 40_000;
  private static final int CHUNKS = 16;
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("NodeKilledDuringReadTest");
  }

  @AfterAll
  static void stopSpark() {
    // Back to the embedded default, which replaces (and stops) the context the test left.
    H2OContext.getOrCreate(spark, new H2OConf());
    spark.stop();
  }

  private static Dataset<Row> rows() {
    return spark.range(0, ROWS, 1, CHUNKS).select(col("id"), col("id").mod(7).cast("string").as("label"));
  }

  /** The frame read back, each partition taking a moment after its chunk is opened, so the kill lands mid-read. */
  private static Dataset<Row> slowRead(H2OContext hc, H2OFrame frame) {
    return hc.asSparkFrame(frame).select(
        col("id"),
        functions.udf((Long id) -> {
          if (id % (ROWS / CHUNKS) == 0) {
            Thread.sleep(400);
          }
          return id;
        }, DataTypes.LongType).apply(col("id").cast("long")).as("read"));
  }

  @Test
  void aNodeKilledMidReadFailsTheReadClearlyAndTheReadSucceedsOnANewCluster() {
    LocalH2OCluster first = KillableClusters.start("read-killed", 2);
    AtomicLong killedAt = new AtomicLong();
    int victim = first.nodes().get(1).getPort();
    SparkListener killer = KillableClusters.killAfterFirstTask(first, victim, killedAt);
    try {
      H2OContext hc = H2OContext.getOrCreate(spark, KillableClusters.connectTo(first));
      H2OFrame frame = hc.asH2OFrame(rows(), "killed_read");
      assertThat(frame.description().chunks()).extracting(chunk -> chunk.node()).as("chunks on both nodes")
          .contains("127.0.0.1:" + victim).hasSizeGreaterThan(1);
      Dataset<Row> reading = slowRead(hc, frame);
      spark.sparkContext().addSparkListener(killer);

      Throwable error = KillableClusters.failureOf("read", killedAt, reading::collectAsList);

      // The action is Spark's own, so its failure is Spark's: a failed job whose cause is the lost cluster.
      assertThat(error).isInstanceOf(SparkException.class)
          .hasMessageContaining("H2O cluster not reachable at 127.0.0.1:" + victim)
          .hasMessageContaining("of H2O frame 'killed_read'")
          .hasMessageContaining("H2OContext.getOrCreate(spark, conf)");
      assertThat(error.getCause()).isInstanceOf(H2OClusterLostException.class)
          .hasMessageContaining("node 127.0.0.1:" + victim + " does not answer");
      assertThat(spark.range(1_000).count()).as("Spark after losing an H2O node").isEqualTo(1_000);
    } finally {
      spark.sparkContext().removeSparkListener(killer);
      first.stop();
    }

    try (LocalH2OCluster second = KillableClusters.start("read-rerun", 1)) {
      H2OContext hc = H2OContext.getOrCreate(spark, KillableClusters.connectTo(second));
      H2OFrame frame = hc.asH2OFrame(rows(), "rerun_read");

      List<Row> read = slowRead(hc, frame).collectAsList();

      assertThat(read).hasSize(ROWS);
      assertThat(read.stream().mapToLong(row -> row.getLong(1)).distinct().count()).isEqualTo(ROWS);
      assertThat(read.stream().mapToLong(row -> row.getLong(1)).sum()).isEqualTo((long) (ROWS - 1) * ROWS / 2);
    }
  }
}
