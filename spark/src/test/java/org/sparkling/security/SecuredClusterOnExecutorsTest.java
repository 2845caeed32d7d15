package org.sparkling.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.H2OConf;
import org.sparkling.H2OContext;
import org.sparkling.H2OFrame;
import org.sparkling.H2OOptions;
import org.sparkling.security.ClusterSecurity;
import org.sparkling.backend.external.LocalH2OCluster;
import org.sparkling.backend.external.NodeJvms;
import org.sparkling.client.ChunkTraffic;
import org.sparkling.cluster.ClusterSpark;
import org.sparkling.cluster.StandaloneCluster;

/**
 * Executors in JVMs of their own (a real standalone cluster) move chunks to and from an H2O node that wants a login and
 * serves HTTPS. The login and the truststore are set on {@code H2OConf} only, not in the SparkConf the executors get:
 * they reach the executors inside the tasks, and show in none of the executors' logs.
 */
class SecuredClusterOnExecutorsTest {
  private static final String PASSWORD = "Executor-pw-" + Long.toHexString(System.nanoTime());
  private static final String KEYSTORE_PASSWORD = "Executor-ks-" + Long.toHexString(System.nanoTime());
  private static final Path WORK = Path.of("target", "secured-executors-test").toAbsolutePath();
  private static StandaloneCluster sparkCluster;
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    sparkCluster = StandaloneCluster.start(1, 2, "1500m", WORK.resolve("spark"));
    spark = ClusterSpark.start(sparkCluster, "SecuredClusterOnExecutorsTest", Map.of("spark.cores.max", "2"));
  }

  @AfterAll
  static void stop() {
    try {
      if (spark != null) {
        spark.stop();
      }
    } finally {
      sparkCluster.close();
    }
  }

  @Test
  void executorsLogInAndTrustTheNodeWithoutThePasswordInTheirLogs() throws Exception {
    Path keystore = TestKeystores.selfSigned(WORK.resolve("node.p12"), KEYSTORE_PASSWORD);
    H2OConf operator = new H2OConf().setHashLogin("").setCredentials("analyst", PASSWORD)
        .setJks(keystore.toString(), KEYSTORE_PASSWORD);
    String cloudName = NodeJvms.cloudName("executors");
    try (LocalH2OCluster h2o = LocalH2OCluster.newBuilder(WORK.resolve(cloudName))
        .cloudName(cloudName).nodes(1).memory("768m").nthreads(1)
        .basePort(Integer.getInteger(H2OOptions.BASE_PORT, NodeJvms.basePort()))
        .startTimeout(Duration.ofMinutes(3))
        .security(ClusterSecurity.of(operator, WORK.resolve(cloudName).resolve("operator")))
        .start()) {
      H2OContext hc = H2OContext.getOrCreate(spark, new H2OConf()
          .setExternalClusterMode()
          .setH2OCluster("127.0.0.1", h2o.nodes().get(0).getPort())
          .setCredentials("analyst", PASSWORD)
          .setTruststore(keystore.toString(), KEYSTORE_PASSWORD)
          .setCloudTimeout(Duration.ofMinutes(2)));
      ChunkTraffic before = hc.client().chunkTraffic();

      Dataset<Row> data = spark.range(0, 20_000, 1, 6)
          .selectExpr("id", "id * 0.25D AS quarter", "CONCAT('level-', id % 11) AS level");
      H2OFrame frame = hc.asH2OFrame(data);
      Dataset<Row> back = hc.asSparkFrame(frame);

      String[] totals = {"COUNT(*)", "SUM(id)", "SUM(quarter)", "COUNT(DISTINCT level)"};
      assertThat(back.selectExpr(totals).first().toString()).isEqualTo(data.selectExpr(totals).first().toString());
      ChunkTraffic after = hc.client().chunkTraffic();
      assertThat(after.chunksReceived() - before.chunksReceived()).isEqualTo(6); // every partition, over HTTPS
      assertThat(after.chunksSent()).isGreaterThan(before.chunksSent());
      hc.stop();
    }

    // The executors' stdout and stderr, the workers' and the master's logs.
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sparkCluster.folder())) {
      files = walk.filter(Files::isRegularFile).filter(file -> !file.toString().contains("spark-home")).toList();
    }
    assertThat(files).anyMatch(file -> file.getFileName().toString().equals("stderr"));
    for (Path file : files) {
      String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      assertThat(content).as(file.toString()).doesNotContain(PASSWORD).doesNotContain(KEYSTORE_PASSWORD);
    }
  }
}
