package org.sparkling.backend;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sparkling.H2OConf;
import org.sparkling.H2OContext;
import org.sparkling.H2OFrame;
import org.sparkling.H2OOptions;
import org.sparkling.client.TrustedCertificates;
import org.sparkling.security.ClusterSecurity;

/**
 * A Spark application in a JVM of its own (H2O starts once per JVM, and the test JVM's embedded node is open) that asks
 * the embedded backend for a secured node, as a user would with {@code --conf spark.ext.h2o.auto.secured=true}, and
 * prints what {@link SecuredEmbeddedBackendTest} checks as {@code RESULT name=value} lines. Arguments: work dir, base port,
 * a file to write the generated secrets to (for the test's scan; outside the work dir).
 */
public final class SecuredEmbeddedApplication {
  private SecuredEmbeddedApplication() {}

  public static void main(String[] args) throws Exception {
    Path workDir = Path.of(args[0]);
    SparkSession spark = SparkSession.builder()
        .master("local[2]")
        .appName("SecuredEmbeddedApplication")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .config(H2OOptions.WORK_DIR, workDir.toString())
        .config(H2OOptions.BASE_PORT, args[1])
        .config(H2OOptions.NTHREADS, "2")
        .config(H2OOptions.AUTO_SECURED, "true")
        .config(H2OOptions.TRANSFER_MODE, "rest") // every chunk over HTTPS with the login, not in-process
        .config(H2OOptions.BACKEND_HEARTBEAT_INTERVAL, "300")
        .getOrCreate();
    try {
      H2OContext hc = H2OContext.getOrCreate(spark);
      ClusterSecurity security = RunningNodesSecurity.started(EmbeddedBackend.OWNER).orElseThrow();
      Files.write(Path.of(args[2]), List.of(
          security.access().credentials().password(), security.nodeSecrets().keystorePassword()));
      URI node = hc.restApi();
      result("scheme", node.getScheme());
      result("user", security.access().credentials().user());
      long chunksBefore = hc.client().chunkTraffic().chunksReceived();
      result("roundTrip", roundTrip(spark, hc));
      result("chunksOverRest", hc.client().chunkTraffic().chunksReceived() - chunksBefore);
      hc.chunkTransport(); // throws when the heartbeat, which pinged the node all along, lost it

      HttpClient anyCertificate = HttpClient.newBuilder().sslContext(TrustedCertificates.any().sslContext()).build();
      result("cloudWithoutLogin", status(anyCertificate, node.resolve("/3/Cloud")));
      result("trafficWithoutLogin", status(anyCertificate, node.resolve("/3/sparkling/traffic")));
      try {
        status(HttpClient.newHttpClient(), node.resolve("/3/Cloud"));
        result("untrustedClient", "connected");
      } catch (javax.net.ssl.SSLHandshakeException refused) {
        result("untrustedClient", "handshake refused");
      }
      System.out.println("Spark conf: " + spark.sparkContext().getConf().toDebugString());
      System.out.println("H2OConf: " + new H2OConf(spark.sparkContext().getConf()));
      System.out.println("Context: " + hc);
      hc.stop();

      // A later context of the same application attaches to the same node, which only the first one's login opens.
      H2OContext again = H2OContext.getOrCreate(spark, new H2OConf(spark.sparkContext().getConf()).setAutoSecured(false));
      result("laterContext", again.restApi().getScheme() + " " + roundTrip(spark, again));
      again.stop();
    } finally {
      spark.stop();
    }
  }

  private static String roundTrip(SparkSession spark, H2OContext hc) {
    Dataset<Row> data = spark.range(0, 5_000, 1, 4).selectExpr("id", "id * 0.5D AS half", "CONCAT('level-', id % 7) AS level");
    H2OFrame frame = hc.asH2OFrame(data);
    String[] totals = {"SUM(id)", "SUM(half)", "COUNT(DISTINCT level)", "COUNT(*)"};
    boolean equal = hc.asSparkFrame(frame).selectExpr(totals).first().toString()
        .equals(data.selectExpr(totals).first().toString());
    return equal ? "equal" : "different";
  }

  private static int status(HttpClient http, URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static void result(String name, Object value) {
    System.out.println("RESULT " + name + "=" + value);
  }
}
