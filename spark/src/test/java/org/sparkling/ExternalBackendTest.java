package org.sparkling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.backend.external.LocalH2OCluster;
import org.sparkling.backend.external.NodeJvms;
import org.sparkling.client.H2OClient;
import org.sparkling.client.Job;

/**
 * The external backend against real H2O clusters in their own JVMs on 127.0.0.1: connecting by hand, starting one
 * automatically, losing it, and reconnecting. The driver has no node of these clusters, so data moves over REST.
 */
class ExternalBackendTest {
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("ExternalBackendTest");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @AfterEach
  void stopContext() {
    // Back to the embedded default, which replaces (and stops) whatever context a test left, whether its cluster lives or not.
    H2OContext.getOrCreate(spark, new H2OConf());
  }

  private static LocalH2OCluster startCluster(String test, int nodes) {
    String cloudName = NodeJvms.cloudName(test);
    return LocalH2OCluster.newBuilder(NodeJvms.workDir(cloudName))
        .cloudName(cloudName)
        .nodes(nodes)
        .memory("768m")
        .nthreads(1)
        .basePort(NodeJvms.basePort())
        .startTimeout(Duration.ofMinutes(3))
        .start();
  }

  private static H2OConf manual(LocalH2OCluster cluster) {
    return new H2OConf()
        .setH2OCluster("127.0.0.1", cluster.nodes().get(0).getPort())
        .setHeartbeatInterval(Duration.ofMillis(300))
        .setRestApiTimeout(Duration.ofSeconds(30));
  }

  private static Dataset<Row> flights(int rows) {
    return spark.range(0, rows, 1, 4).selectExpr(
        "id", "id * 0.5D AS half", "CONCAT('airport-', id % 7) AS origin", "IF(id % 10 = 0, NULL, id) AS delay");
  }

  private static void assertSameTotals(Dataset<Row> expected, Dataset<Row> actual) {
    String[] totals = {"SUM(id)", "SUM(half)", "COUNT(DISTINCT origin)", "COUNT(delay)", "COUNT(*)"};
    assertThat(actual.selectExpr(totals).first().toString()).isEqualTo(expected.selectExpr(totals).first().toString());
  }

  @Test
  void connectsByHandDiscoversTheClusterSizeAndLeavesItsFramesThere() {
    try (LocalH2OCluster cluster = startCluster("manual", 2)) {
      H2OContext hc = H2OContext.getOrCreate(spark, manual(cluster));

      assertThat(hc.cloud().cloudSize()).isEqualTo(2);
      assertThat(hc.toString()).contains("external, manual start: the H2O cluster at 127.0.0.1:");
      H2OFrame frame = hc.asH2OFrame(flights(40_000), "external_flights");
      assertThat(frame.numberOfRows()).isEqualTo(40_000);
      assertSameTotals(flights(40_000), hc.asSparkFrame(frame));
      assertThat(H2OContext.getOrCreate(spark)).isSameAs(hc);

      hc.stop();
      assertThat(H2OClient.newBuilder(cluster.nodes().get(1)).build().frameIds())
          .as("frames on a cluster the context does not own")
          .contains("external_flights");
    }
  }

  @Test
  void startsItsOwnClusterAndStopsItWithTheContext() {
    String cloudName = NodeJvms.cloudName("auto");
    H2OConf conf = new H2OConf()
        .setExternalClusterMode()
        .useAutoClusterStart()
        .setExternalClusterSize(2)
        .setExternalMemory("768m")
        .setCloudName(cloudName)
        .setBasePort(NodeJvms.basePort())
        .setCloudTimeout(Duration.ofMinutes(3));

    long started = System.nanoTime();
    H2OContext hc = H2OContext.getOrCreate(spark, conf);
    System.out.printf("automatic external backend, 2 nodes: getOrCreate took %.1f s%n", (System.nanoTime() - started) / 1e9);

    assertThat(hc.cloud().cloudSize()).isEqualTo(2);
    assertThat(hc.cloud().cloudName()).isEqualTo(cloudName);
    assertThat(NodeJvms.of(cloudName)).hasSize(2);
    assertSameTotals(flights(20_000), hc.asSparkFrame(hc.asH2OFrame(flights(20_000))));

    hc.stop();
    assertThat(NodeJvms.of(cloudName)).as("node processes after hc.stop()").isEmpty();
  }

  @Test
  void aLostClusterIsReportedClearlyAndANewOneCanBeConnected() {
    LocalH2OCluster first = startCluster("lost", 1);
    int port = first.nodes().get(0).getPort();
    H2OContext hc = H2OContext.getOrCreate(spark, manual(first));
    hc.asH2OFrame(flights(1_000));

    first.stop();

    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThatThrownBy(() -> hc.asH2OFrame(flights(1_000)))
            .hasMessageContaining("H2O cluster not reachable at 127.0.0.1:" + port)
            .hasMessageContaining("H2OContext.getOrCreate(spark, conf)"));
    assertThat(spark.range(1_000).count()).as("Spark after losing H2O").isEqualTo(1_000);

    try (LocalH2OCluster second = startCluster("replacement", 1)) {
      H2OContext reconnected = H2OContext.getOrCreate(spark, manual(second));

      assertThat(reconnected).isNotSameAs(hc);
      assertThat(hc.isStopped()).isTrue();
      assertSameTotals(flights(1_000), reconnected.asSparkFrame(reconnected.asH2OFrame(flights(1_000))));
      assertThat(H2OContext.getOrCreate(spark)).isSameAs(reconnected);
    }
  }

  @Test
  void manualStartWithoutAnAddressSaysWhatToSet() {
    H2OConf conf = new H2OConf().setExternalClusterMode();

    assertThatThrownBy(() -> H2OContext.getOrCreate(spark, conf))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spark.ext.h2o.cloud.representative=host:port")
        .hasMessageContaining("setH2OCluster(host, port)")
        .hasMessageContaining("spark.ext.h2o.external.start.mode=auto");
  }

  @Test
  void anAddressWhereNothingListensNamesIt() {
    int port = NodeJvms.basePort();
    H2OConf conf = new H2OConf().setH2OCluster("127.0.0.1", port).setCloudTimeout(Duration.ofSeconds(2));

    assertThatThrownBy(() -> H2OContext.getOrCreate(spark, conf))
        .hasMessageContaining("127.0.0.1:" + port)
        .hasMessageContaining("-disable_web");
    assertThat(spark.range(10).count()).isEqualTo(10);
  }

  @Test
  void aNodeStartedWithoutItsRestApiGetsAnErrorNamingDisableWeb() throws Exception {
    int port = NodeJvms.basePort();
    Path folder = Files.createDirectories(Path.of("target", "no-rest-api-" + port)).toAbsolutePath();
    Process node = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "-Xmx512m", "-cp", System.getProperty("java.class.path"), NodeWithoutRestApi.class.getName(),
            "-ip", "127.0.0.1", "-port", Integer.toString(port), "-name", "no-rest-" + port, "-disable_web",
            "-log_dir", folder.toString(), "-ice_root", folder.toString())
        .redirectErrorStream(true)
        .redirectOutput(folder.resolve("node.out").toFile())
        .start();
    try {
      await().atMost(Duration.ofMinutes(2))
          .until(() -> Files.readString(folder.resolve("node.out")).contains(NodeWithoutRestApi.READY));
      H2OConf conf = new H2OConf().setH2OCluster("127.0.0.1", port).setCloudTimeout(Duration.ofSeconds(2));

      assertThatThrownBy(() -> H2OContext.getOrCreate(spark, conf))
          .hasMessageContaining("H2O node not reachable at 127.0.0.1:" + port)
          .hasMessageContaining("a node started with -disable_web cannot be used");
      assertThat(node.isAlive()).as("the node itself is left alone").isTrue();
      assertThat(spark.range(10).count()).isEqualTo(10);
    } finally {
      node.destroyForcibly().waitFor();
    }
  }

  @Test
  void aNodeKilledMidTrainingFailsTheJobClearlyAndTheRerunOnANewClusterSucceeds() {
    LocalH2OCluster first = startCluster("killed", 2);
    try {
      H2OContext hc = H2OContext.getOrCreate(spark, manual(first));
      hc.asH2OFrame(flights(100_000).selectExpr("*", "delay % 3 = 0 AS late"), "killed_training");
      Job training = hc.client().train("gbm",
          Map.of("training_frame", "killed_training", "response_column", "late", "ntrees", 2000, "max_depth", 10, "seed", 7));
      int victim = first.nodes().get(1).getPort();
      await().atMost(Duration.ofSeconds(30)).until(() -> hc.client().job(training.key()).progress() > 0);

      NodeJvms.of(first.cloudName()).stream()
          .filter(node -> node.info().commandLine().orElse("").contains(" -port " + victim + " "))
          .forEach(ProcessHandle::destroyForcibly);

      assertThatThrownBy(() -> hc.awaitJob(training, Duration.ofMinutes(5), job -> {}))
          .isInstanceOf(H2OClusterLostException.class)
          .hasMessageContaining("during H2O job " + training.key())
          .hasMessageContaining("node 127.0.0.1:" + victim + " does not answer");
      assertThatThrownBy(() -> hc.asH2OFrame(flights(10)))
          .isInstanceOf(H2OClusterLostException.class)
          .hasMessageContaining("H2O cluster not reachable at 127.0.0.1:" + first.nodes().get(0).getPort());
      assertThat(spark.range(1_000).count()).as("Spark after losing an H2O node").isEqualTo(1_000);
    } finally {
      first.stop();
    }

    try (LocalH2OCluster second = startCluster("rerun", 1)) {
      H2OContext hc = H2OContext.getOrCreate(spark, manual(second));
      hc.asH2OFrame(flights(100_000).selectExpr("*", "delay % 3 = 0 AS late"), "rerun_training");
      Job rerun = hc.client().train("gbm",
          Map.of("training_frame", "rerun_training", "response_column", "late", "ntrees", 5, "max_depth", 3, "seed", 7));

      Job done = hc.awaitJob(rerun, Duration.ofMinutes(5), job -> {});

      assertThat(done.succeeded()).isTrue();
      assertThat(hc.client().modelIds()).contains(done.destination());
    }
  }
}
