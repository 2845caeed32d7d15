package org.sparkling;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.backend.external.KillableClusters;
import org.sparkling.backend.external.LocalH2OCluster;
import org.sparkling.client.H2OClient;
import org.sparkling.client.StoredKeys;

/**
 * On a cluster of 2 real H2O nodes, frames converted and removed leave no key on either node, and a frame converted
 * again under the id of a removed one (the same vector group key, new row layouts) reads back exactly.
 */
class ClusterKeyLeakTest {
  private static final int FRAMES = 40;
  private static SparkSession spark;
  private static LocalH2OCluster cluster;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("ClusterKeyLeakTest");
    cluster = KillableClusters.start("cluster-keys", 2);
  }

  @AfterAll
  static void stop() {
    // Back to the embedded default, which replaces (and stops) the context connected to the cluster.
    H2OContext.getOrCreate(spark, new H2OConf());
    cluster.close();
    spark.stop();
  }

  /** {@code count} rows in {@code partitions} chunks, which the cluster homes on both nodes. */
  private static Dataset<Row> rows(int count, int partitions) {
    return spark.range(0, count, 1, partitions).selectExpr("id", "id * 0.5 AS half", "CONCAT('level-', id % 5) AS level");
  }

  private static long sumOfIds(H2OContext hc, H2OFrame frame) {
    return hc.asSparkFrame(frame).agg(functions.sum("id")).first().getLong(0);
  }

  @Test
  void framesConvertedAndRemovedLeaveNoKeyOnAnyNode() {
    H2OContext hc = H2OContext.getOrCreate(spark, KillableClusters.connectTo(cluster));
    H2OClient second = H2OClient.newBuilder(cluster.nodes().get(1)).build();
    StoredKeys before = hc.client().clusterKeys();
    StoredKeys secondBefore = second.storedKeys();

    for (int i = 0; i < FRAMES; i++) {
      try (H2OFrame frame = hc.asH2OFrame(rows(100 + i, 4), "cluster_leak_" + i)) {
        assertThat(frame.numberOfRows()).isEqualTo(100 + i);
      }
    }
    // The same id again and again, each time with other chunk sizes: its group's layouts start afresh on every node.
    for (int rows : new int[] {30, 70, 30, 111}) {
      try (H2OFrame again = hc.asH2OFrame(rows(rows, 3), "converted_again")) {
        assertThat(sumOfIds(hc, again)).as("ids of %d rows", rows).isEqualTo((long) rows * (rows - 1) / 2);
      }
    }
    H2OFrame replaced = hc.asH2OFrame(rows(40, 2), "replaced");
    H2OFrame replacement = hc.asH2OFrame(rows(90, 5), "replaced");
    assertThat(sumOfIds(hc, replacement)).isEqualTo(90L * 89 / 2);
    replacement.delete();
    replaced.delete();

    StoredKeys after = hc.client().clusterKeys();
    System.out.printf("%d frames converted and removed on 2 nodes: keys before %s, after %s%n", FRAMES + 6, before, after);
    assertThat(after.nodes()).as("nodes counted").isEqualTo(2);
    assertThat(after).as("keys by kind over both nodes").isEqualTo(before);
    assertThat(second.storedKeys()).as("keys on the second node alone").isEqualTo(secondBefore);
  }
}
