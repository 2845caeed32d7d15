package org.sparkling.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.H2OClusterLostException;
import org.sparkling.H2OConf;
import org.sparkling.H2OContext;
import org.sparkling.LocalSpark;
import org.sparkling.backend.external.KillableClusters;
import org.sparkling.backend.external.LocalH2OCluster;
import org.sparkling.backend.external.NodeJvms;
import org.sparkling.progress.CapturedProgress;

/**
 * H2O nodes killed (no shutdown) under the estimators: a {@code fit} whose node dies fails with the lost cluster named
 * and no model, Spark keeps working and a refit on a new cluster succeeds; a fitted {@link H2OMOJOModel} scores in
 * Spark with its MOJO, so it keeps predicting after its whole cluster is gone.
 */
class NodeKilledDuringTrainingTest {
  private static final String[] FEATURES = {"distance", "hour", "origin"};
  private static SparkSession spark;
  private static Dataset<Row> flights;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("NodeKilledDuringTrainingTest");
    flights = H2OGBMTest.syntheticFlights(spark, 20_000, 41).cache();
  }

  @AfterEach
  void backToEmbedded() {
    // Replaces (and stops) the context a test left on a cluster that is now dead.
    H2OContext.getOrCreate(spark, new H2OConf());
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static void connect(LocalH2OCluster cluster) {
    H2OContext.getOrCreate(spark, KillableClusters.connectTo(cluster));
  }

  private static H2OGBM gbm(int trees, int depth) {
    return new H2OGBM().setLabelCol("late").setFeaturesCols(FEATURES).setNtrees(trees).setMaxDepth(depth).setSeed(7);
  }

  @Test
  void aNodeKilledMidFitFailsTheFitClearlyAndARefitOnANewClusterSucceeds() {
    LocalH2OCluster first = KillableClusters.start("fit-killed", 2);
    int victim = first.nodes().get(1).getPort();
    try {
      H2OContext hc = H2OContext.getOrCreate(spark, KillableClusters.connectTo(first));
      try (CapturedProgress progress = CapturedProgress.lines(hc)) {
        CompletableFuture<H2OMOJOModel> fit = CompletableFuture.supplyAsync(() -> gbm(2_000, 10).fit(flights));
        await().atMost(Duration.ofMinutes(3)).until(() -> fit.isDone()
            || progress.linesOf("Training gbm").stream().anyMatch(line -> line.matches("Training gbm: [1-9].*")));
        assertThat(fit).as("the fit is still running when the node is killed").isNotDone();
        long killed = System.nanoTime();

        KillableClusters.kill(first, victim);

        Throwable error = assertTimeoutPreemptively(Duration.ofMinutes(3), () -> catchThrowable(fit::join));
        System.out.printf("node killed mid-fit: the fit failed %.1f s after the kill: %s%n",
            (System.nanoTime() - killed) / 1e9, error);
        assertThat(error).isInstanceOf(CompletionException.class);
        assertThat(error.getCause())
            .isInstanceOf(H2OClusterLostException.class)
            .hasMessageContaining("H2O cluster not reachable at 127.0.0.1:" + first.nodes().get(0).getPort())
            .hasMessageContaining("H2O job")
            .hasMessageContaining("node 127.0.0.1:" + victim + " does not answer")
            .hasMessageContaining("H2OContext.getOrCreate(spark, conf)")
            .as("the heartbeat's finding, not a REST timeout").hasMessageNotContaining("spark.ext.h2o.rest.api.timeout");
      }
      assertThat(spark.range(1_000).count()).as("Spark after losing an H2O node").isEqualTo(1_000);
    } finally {
      first.stop();
    }

    try (LocalH2OCluster second = KillableClusters.start("fit-rerun", 1)) {
      connect(second);

      H2OMOJOModel refit = gbm(5, 3).fit(flights);

      assertThat(refit.transform(flights).count()).isEqualTo(20_000);
    }
  }

  @Test
  void aFittedModelKeepsScoringAfterItsWholeClusterIsKilled() {
    LocalH2OCluster cluster = KillableClusters.start("scoring-killed", 1);
    H2OMOJOModel model;
    List<Row> before;
    try {
      connect(cluster);
      model = gbm(10, 3).fit(flights);
      before = model.transform(flights).select("prediction", "probability").collectAsList();

      KillableClusters.kill(cluster, cluster.nodes().get(0).getPort());
      await().atMost(Duration.ofMinutes(1)).until(() -> NodeJvms.of(cluster.cloudName()).isEmpty());
    } finally {
      cluster.stop();
    }

    List<Row> after = model.transform(flights).select("prediction", "probability").collectAsList();

    assertThat(after).hasSize(20_000).isEqualTo(before);
  }
}
