package org.sparkling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.backend.external.LocalH2OCluster;
import org.sparkling.backend.external.NodeJvms;
import org.sparkling.client.H2OClient;

/**
 * {@code hc.stop()} on an H2O cluster the context does not own: by default the cluster keeps everything; with
 * {@code spark.ext.h2o.stop.remove.created=true} the frames this context converted go, and only those.
 */
class StopOnSharedClusterTest {
  private static SparkSession spark;
  private static LocalH2OCluster cluster;
  private static H2OClient otherUser;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("StopOnSharedClusterTest");
    String cloudName = NodeJvms.cloudName("shared");
    cluster = LocalH2OCluster.newBuilder(NodeJvms.workDir(cloudName))
        .cloudName(cloudName)
        .nodes(1)
        .memory("512m")
        .nthreads(1)
        .basePort(NodeJvms.basePort())
        .startTimeout(Duration.ofMinutes(3))
        .start();
    otherUser = H2OClient.newBuilder(cluster.nodes().get(0)).build();
  }

  @AfterAll
  static void stop() {
    cluster.close();
    spark.stop();
  }

  private static H2OConf shared() {
    return new H2OConf().setH2OCluster("127.0.0.1", cluster.nodes().get(0).getPort());
  }

  /** A frame someone else made on the shared cluster through their own context, which stopped with the default. */
  private static void frameOfAnotherUser(String frameId) {
    H2OContext theirs = H2OContext.getOrCreate(spark, shared());
    theirs.asH2OFrame(spark.range(10).toDF(), frameId);
    theirs.stop();
  }

  @Test
  void byDefaultStopLeavesTheSharedClusterAsItIs() {
    H2OContext hc = H2OContext.getOrCreate(spark, shared());
    hc.asH2OFrame(spark.range(30).toDF(), "kept_mine");
    hc.stop();

    assertThat(otherUser.frameIds()).contains("kept_mine");
    otherUser.deleteFrame("kept_mine");
  }

  @Test
  void whenAskedStopRemovesWhatThisContextCreatedAndNothingElse() {
    frameOfAnotherUser("theirs");
    H2OContext hc = H2OContext.getOrCreate(spark, shared().setStopRemovesCreated(true));
    hc.asH2OFrame(spark.range(30).toDF(), "mine_1");
    hc.asH2OFrame(spark.range(30).toDF(), "mine_2");
    hc.asH2OFrame(spark.range(30).toDF(), "mine_deleted").delete();
    long userKeysBeforeStop = otherUser.storedKeys().userData();
    hc.stop();

    assertThat(otherUser.frameIds()).contains("theirs").doesNotContain("mine_1", "mine_2", "mine_deleted");
    assertThat(otherUser.storedKeys().userData())
        .as("frames, vecs and chunks after stop")
        .isLessThan(userKeysBeforeStop);
    otherUser.deleteFrame("theirs");
    assertThat(otherUser.frameIds()).isEmpty();
    assertThat(otherUser.storedKeys().userData()).as("nothing left once the other user's frame is gone").isZero();
  }
}
