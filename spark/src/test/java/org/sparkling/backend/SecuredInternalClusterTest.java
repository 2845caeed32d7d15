package org.sparkling.backend;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
import org.sparkling.client.Cloud;
import org.sparkling.client.TrustedCertificates;
import org.sparkling.cluster.ClusterSpark;
import org.sparkling.cluster.StandaloneCluster;
import org.sparkling.security.ClusterSecurity;

/**
 * The internal backend on a real Spark standalone cluster (two executors, each its own JVM) asked for secured nodes
 * with {@code spark.ext.h2o.auto.secured=true} on {@link H2OConf} only: each executor's node gets the realm file and the
 * keystore inside its start task, both nodes serve HTTPS with the login, and the generated passwords show in no log or
 * file of the driver, the workers or the executors.
 */
class SecuredInternalClusterTest {
  private static final Path WORK = Path.of("target", "secured-internal-test").toAbsolutePath();
  private static StandaloneCluster sparkCluster;
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    sparkCluster = StandaloneCluster.start(2, 1, "1500m", WORK.resolve("spark"));
    spark = ClusterSpark.start(sparkCluster, "SecuredInternalClusterTest",
        Map.of("spark.executor.cores", "1", "spark.cores.max", "2"));
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
  void executorsNodesServeHttpsWithTheGeneratedLoginAndNoPasswordShows() throws Exception {
    Path h2oFiles = WORK.resolve("h2o-" + System.nanoTime());
    H2OContext hc = H2OContext.getOrCreate(spark, new H2OConf()
        .setAutoSecured(true)
        .setWorkDir(h2oFiles.toString())
        .setCloudTimeout(Duration.ofMinutes(3)));
    ClusterSecurity security =
        RunningNodesSecurity.started("application " + spark.sparkContext().applicationId()).orElseThrow();
    List<String> secrets =
        List.of(security.access().credentials().password(), security.nodeSecrets().keystorePassword());

    Cloud cloud = hc.cloud();
    assertThat(cloud.cloudSize()).isEqualTo(2);
    assertThat(hc.restApi().getScheme()).isEqualTo("https");
    Dataset<Row> data = spark.range(0, 20_000, 1, 6)
        .selectExpr("id", "id * 0.25D AS quarter", "CONCAT('level-', id % 11) AS level");
    H2OFrame frame = hc.asH2OFrame(data);
    String[] totals = {"COUNT(*)", "SUM(id)", "SUM(quarter)", "COUNT(DISTINCT level)"};
    assertThat(hc.asSparkFrame(frame).selectExpr(totals).first().toString())
        .isEqualTo(data.selectExpr(totals).first().toString());

    HttpClient anyCertificate = HttpClient.newBuilder().sslContext(TrustedCertificates.any().sslContext()).build();
    for (Cloud.Node node : cloud.nodes()) {
      URI cloudEndpoint = URI.create("https://" + node.ipPort() + "/3/Cloud");
      HttpResponse<Void> anonymous = anyCertificate.send(HttpRequest.newBuilder(cloudEndpoint)
          .timeout(Duration.ofSeconds(30)).GET().build(), HttpResponse.BodyHandlers.discarding());
      assertThat(anonymous.statusCode()).as(node.ipPort()).isEqualTo(401);
    }
    assertThat(hc.toString()).contains("login and HTTPS");
    hc.stop();

    List<Path> executorSecurity;
    try (Stream<Path> walk = Files.walk(h2oFiles)) {
      executorSecurity = walk.filter(path -> path.endsWith("security") && path.getParent().getFileName().toString()
          .startsWith("executor-")).toList();
    }
    assertThat(executorSecurity).hasSize(2).allSatisfy(folder -> {
      assertThat(Files.getPosixFilePermissions(folder)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
      assertThat(folder.resolve("realm.properties")).content().startsWith("sparkling: MD5:");
      assertThat(folder.resolve("keystore.p12")).exists();
    });
    // The driver's and the nodes' files, the executors' stdout and stderr (H2O's logs of its arguments among them), the
    // workers' and the master's logs.
    List<Path> files;
    try (Stream<Path> walk = Stream.concat(Files.walk(WORK.resolve("spark")), Files.walk(h2oFiles))) {
      files = walk.filter(Files::isRegularFile).filter(file -> !file.toString().contains("spark-home")).toList();
    }
    assertThat(files).anyMatch(file -> file.getFileName().toString().equals("stderr"))
        .anySatisfy(file -> assertThat(file).content().contains("Processed H2O arguments").contains("-jks"));
    for (Path file : files) {
      String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (String secret : secrets) {
        assertThat(content).as(file.toString()).doesNotContain(secret);
      }
    }
  }
}
