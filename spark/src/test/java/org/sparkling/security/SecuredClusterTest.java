package org.sparkling.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sparkling.H2OConf;
import org.sparkling.H2OContext;
import org.sparkling.H2OFrame;
import org.sparkling.H2OOptions;
import org.sparkling.security.ClusterSecurity;
import org.sparkling.backend.external.LocalH2OCluster;
import org.sparkling.backend.external.NodeJvms;
import org.sparkling.client.H2OAuthenticationException;
import org.sparkling.client.H2OTlsException;
import org.sparkling.client.TrustedCertificates;
import scala.Tuple2;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Real H2O node JVMs started with {@code -hash_login} and with {@code -jks}, and a secured automatic cluster: the right
 * login and trust work end to end, a missing one fails at once with what to set, our own endpoints ask for the login
 * too, and the password shows nowhere (logs, messages, {@code toString()}, files, Spark's UI).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecuredClusterTest {
  private static final String USER = "analyst";
  private static final String PASSWORD = "Sw0rdfish-" + Long.toHexString(System.nanoTime());
  private static final String KEYSTORE_PASSWORD = "Keyst0re-" + Long.toHexString(System.nanoTime());
  private static final Path WORK = Path.of("target", "secured-cluster-test").toAbsolutePath();
  private static final List<String> MESSAGES = new ArrayList<>();
  private static final List<String> SHOWN = new ArrayList<>();
  private static SparkSession spark;
  private static CapturedLogs logs;
  private static int uiPort;

  @BeforeAll
  static void startSpark() throws IOException {
    if (Files.exists(WORK)) { // files of an earlier run would be scanned as this run's
      try (Stream<Path> old = Files.walk(WORK)) {
        old.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
    logs = CapturedLogs.attach();
    uiPort = freePort();
    spark = SparkSession.builder()
        .master("local[2]")
        .appName("SecuredClusterTest")
        .config("spark.ui.enabled", "true")
        .config("spark.ui.port", Integer.toString(uiPort))
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .config(H2OOptions.WORK_DIR, WORK.resolve("context").toString())
        .config(H2OOptions.NTHREADS, "1")
        // As a user passes them with --conf: Spark's UI must hide the password.
        .config(H2OOptions.USER, USER)
        .config(H2OOptions.PASSWORD, PASSWORD)
        .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
    logs.close();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static int basePort() {
    return Integer.getInteger(H2OOptions.BASE_PORT, NodeJvms.basePort());
  }

  /** A one-node cluster secured as {@code security} says (a conf holding the node-side options) by its operator. */
  private static LocalH2OCluster startCluster(String test, H2OConf security) {
    String cloudName = NodeJvms.cloudName(test);
    Path workDir = WORK.resolve(cloudName);
    return LocalH2OCluster.newBuilder(workDir)
        .cloudName(cloudName)
        .nodes(1)
        .memory("768m")
        .nthreads(1)
        .basePort(basePort())
        .startTimeout(Duration.ofMinutes(3))
        .security(ClusterSecurity.of(security, workDir.resolve("operator")))
        .start();
  }

  private static H2OConf manual(LocalH2OCluster cluster) {
    return new H2OConf()
        .setExternalClusterMode()
        .setH2OCluster("127.0.0.1", cluster.nodes().get(0).getPort())
        .setTransferMode("rest")
        .setHeartbeatInterval(Duration.ofMillis(300)) // the heartbeat pings every node with the same login and trust
        .setCloudTimeout(Duration.ofMinutes(10)); // a refused login must fail at once, not after this
  }

  private static Dataset<Row> data() {
    return spark.range(0, 5_000, 1, 4).selectExpr("id", "id * 0.5D AS half", "CONCAT('level-', id % 7) AS level");
  }

  /**
   * Converts both ways through {@code hc}: what comes back equals what went in, and the heartbeat, which pinged the
   * nodes all along, found nothing wrong.
   */
  private static void assertRoundTrip(H2OContext hc) {
    H2OFrame frame = hc.asH2OFrame(data());
    Dataset<Row> back = hc.asSparkFrame(frame);
    String[] totals = {"SUM(id)", "SUM(half)", "COUNT(DISTINCT level)", "COUNT(*)"};
    assertThat(back.selectExpr(totals).first().toString()).isEqualTo(data().selectExpr(totals).first().toString());
    // Every call of a context whose heartbeat found the cluster lost throws H2OClusterLostException.
    assertThatCode(hc::chunkTransport).doesNotThrowAnyException();
    SHOWN.add(hc.toString());
  }

  private static Throwable failure(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        MESSAGES.add(cause.toString());
      }
      return e;
    }
    throw new AssertionError("expected a failure");
  }

  private static HttpResponse<String> raw(HttpClient http, HttpRequest.Builder request) throws Exception {
    return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(1)
  void aClusterWithHashLoginServesTheRightLoginAndRefusesOthersAtOnce() throws Exception {
    H2OConf operator = new H2OConf().setHashLogin("").setCredentials(USER, PASSWORD);
    try (LocalH2OCluster cluster = startCluster("login", operator)) {
      int port = cluster.nodes().get(0).getPort();
      SHOWN.add(manual(cluster).toString());
      // The login comes from the SparkConf (spark.ext.h2o.user / spark.ext.h2o.password).
      H2OContext hc = H2OContext.getOrCreate(spark, manual(cluster));
      assertRoundTrip(hc);
      hc.stop();

      Throwable none = failure(() -> H2OContext.getOrCreate(spark, manual(cluster).setCredentials("", "")));
      assertThat(none).isInstanceOf(H2OAuthenticationException.class)
          .hasMessageContaining("401").hasMessageContaining("127.0.0.1:" + port)
          .hasMessageContaining("none was sent")
          .hasMessageContaining(H2OOptions.USER).hasMessageContaining(H2OOptions.PASSWORD);
      Throwable wrong =
          failure(() -> H2OContext.getOrCreate(spark, manual(cluster).setCredentials(USER, PASSWORD + "-wrong")));
      assertThat(wrong).isInstanceOf(H2OAuthenticationException.class)
          .hasMessageContaining("401").hasMessageContaining("refused").hasMessageContaining(H2OOptions.CREDENTIALS_FILE);
    }
  }

  @Test
  @Order(2)
  void ourChunkEndpointsAskForTheLoginAsH2OsOwnDo() throws Exception {
    H2OConf operator = new H2OConf().setHashLogin("").setCredentials(USER, PASSWORD);
    try (LocalH2OCluster cluster = startCluster("endpoints", operator)) {
      URI node = cluster.nodes().get(0);
      HttpClient http = HttpClient.newHttpClient();
      String login = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      List<HttpRequest.Builder> anonymous = List.of(
          HttpRequest.newBuilder(node.resolve("/3/Cloud")).GET(),
          HttpRequest.newBuilder(node.resolve("/3/sparkling/traffic")).GET(),
          HttpRequest.newBuilder(node.resolve("/3/sparkling/frames/anything")).GET(),
          HttpRequest.newBuilder(node.resolve("/3/sparkling/frames/anything/chunks/0")).GET(),
          HttpRequest.newBuilder(node.resolve("/3/sparkling/frames/anything/chunks/0?chunks=1"))
              .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, 3})),
          HttpRequest.newBuilder(node.resolve("/3/sparkling/frames/anything?chunks=0")).DELETE());
      for (HttpRequest.Builder request : anonymous) {
        assertThat(raw(http, request).statusCode()).as(request.build().toString()).isEqualTo(401);
      }
      HttpResponse<String> withLogin =
          raw(http, HttpRequest.newBuilder(node.resolve("/3/sparkling/traffic")).header("Authorization", login).GET());
      assertThat(withLogin.statusCode()).isEqualTo(200);
      assertThat(withLogin.body()).contains("received");
    }
  }

  @Test
  @Order(3)
  void aClusterWithJksServesClientsThatTrustItsCertificate() throws Exception {
    Path keystore = TestKeystores.selfSigned(WORK.resolve("operator-keystore.p12"), KEYSTORE_PASSWORD);
    H2OConf operator = new H2OConf().setJks(keystore.toString(), KEYSTORE_PASSWORD);
    try (LocalH2OCluster cluster = startCluster("tls", operator)) {
      assertThat(cluster.nodes().get(0).getScheme()).isEqualTo("https");
      // The operator hands out the keystore's certificate; here the keystore itself serves as truststore.
      H2OContext hc = H2OContext.getOrCreate(spark, manual(cluster).setTruststore(keystore.toString(), KEYSTORE_PASSWORD));
      assertThat(hc.restApi().getScheme()).isEqualTo("https");
      assertRoundTrip(hc);
      hc.stop();

      Throwable untrusted = failure(() -> H2OContext.getOrCreate(spark, manual(cluster).setHttps(true)));
      assertThat(untrusted).isInstanceOf(H2OTlsException.class)
          .hasMessageContaining(cluster.nodes().get(0).getAuthority())
          .hasMessageContaining(H2OOptions.TRUSTSTORE).hasMessageContaining(H2OOptions.VERIFY_SSL_CERTIFICATES);

      Throwable plain = failure(() -> H2OContext.getOrCreate(spark, manual(cluster)));
      assertThat(plain).isInstanceOf(H2OTlsException.class).hasMessageContaining("serves HTTPS")
          .hasMessageContaining(H2OOptions.HTTPS + "=true").hasMessageContaining(H2OOptions.TRUSTSTORE);

      H2OContext unverified =
          H2OContext.getOrCreate(spark, manual(cluster).setHttps(true).setVerifySslCertificates(false));
      assertThat(unverified.cloud().cloudSize()).isEqualTo(1);
      unverified.stop();
    }
  }

  @Test
  @Order(4)
  void theAutomaticBackendStartsASecuredClusterWhenAsked() throws Exception {
    H2OConf conf = new H2OConf()
        .setExternalClusterMode()
        .useAutoClusterStart()
        .setAutoSecured(true)
        .setHeartbeatInterval(Duration.ofMillis(300))
        .setExternalMemory("768m")
        .setBasePort(basePort())
        .setTransferMode("rest")
        .setCloudTimeout(Duration.ofMinutes(3))
        .setCloudName(NodeJvms.cloudName("auto-secured"));
    H2OContext hc = H2OContext.getOrCreate(spark, conf);
    URI node = hc.restApi();
    assertThat(node.getScheme()).isEqualTo("https");
    assertRoundTrip(hc);

    HttpClient anyCertificate = HttpClient.newBuilder().sslContext(TrustedCertificates.any().sslContext()).build();
    assertThat(raw(anyCertificate, HttpRequest.newBuilder(node.resolve("/3/Cloud")).GET()).statusCode()).isEqualTo(401);
    assertThat(raw(anyCertificate, HttpRequest.newBuilder(node.resolve("/3/sparkling/traffic")).GET()).statusCode())
        .isEqualTo(401);
    // Only this application trusts the generated certificate: another client does not get past TLS.
    assertThatThrownBy(() -> raw(HttpClient.newHttpClient(), HttpRequest.newBuilder(node.resolve("/3/Cloud")).GET()))
        .isInstanceOf(javax.net.ssl.SSLHandshakeException.class);
    List<String> commandLines = NodeJvms.of(conf.cloudName()).stream()
        .map(process -> process.info().commandLine().orElse("")).toList();
    assertThat(commandLines).hasSize(1);
    assertThat(commandLines.get(0)).contains("-hash_login", "-jks").doesNotContain("-jks_pass");
    hc.stop();
  }

  @Test
  @Order(5)
  void anAutomaticClusterThatRefusesTheLoginFailsAtOnceAndStops() throws Exception {
    Path realm = Files.writeString(WORK.resolve("other-realm.properties"), USER + ": another-password\n");
    String cloudName = NodeJvms.cloudName("auto-refusing");
    H2OConf conf = new H2OConf()
        .setExternalClusterMode()
        .useAutoClusterStart()
        .setHashLogin(realm.toString()) // the login sent is the SparkConf's, which this realm does not hold
        .setExternalMemory("768m")
        .setBasePort(basePort())
        .setCloudTimeout(Duration.ofMinutes(10)) // refused at once, not after this
        .setCloudName(cloudName);

    Throwable refused = failure(() -> H2OContext.getOrCreate(spark, conf));

    assertThat(refused).hasMessageContaining("refuses this application").hasMessageContaining("401")
        .hasMessageContaining(H2OOptions.PASSWORD);
    assertThat(NodeJvms.of(cloudName)).isEmpty();
  }

  @Test
  @Order(6)
  void thePasswordShowsNowhere() throws Exception {
    List<String> secrets = List.of(PASSWORD, PASSWORD + "-wrong", KEYSTORE_PASSWORD);
    assertThat(MESSAGES).isNotEmpty();
    assertThat(SHOWN).hasSizeGreaterThan(3);
    String logged = logs.text();
    assertThat(logged).contains("Sparkling Water is ready");
    for (String secret : secrets) {
      assertThat(logged).doesNotContain(secret);
      assertThat(MESSAGES).noneMatch(message -> message.contains(secret));
      assertThat(SHOWN).noneMatch(text -> text.contains(secret));
    }
    assertThat(new H2OConf(spark.sparkContext().getConf()).toString())
        .contains(H2OOptions.PASSWORD).doesNotContain(PASSWORD);

    // Every file the contexts and the clusters wrote: logs, node output, realm files, flatfiles.
    List<Path> files;
    try (Stream<Path> walk = Files.walk(WORK)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).anyMatch(file -> file.getFileName().toString().equals("realm.properties"));
    // H2O logs its arguments to each node's h2o.log (node.out keeps warnings only): the scan below covers them.
    assertThat(files).filteredOn(file -> file.getFileName().toString().equals("node.out")).hasSize(5);
    assertThat(files).filteredOn(file -> file.getFileName().toString().equals("h2o.log")).hasSizeGreaterThanOrEqualTo(5)
        .anySatisfy(file -> assertThat(file).content().contains("Processed H2O arguments"));
    for (Path file : files) {
      String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      for (String secret : secrets) {
        assertThat(content).as(file.toString()).doesNotContain(secret);
      }
    }

    // Spark's own redaction of the conf, and what its UI's environment page serves.
    var redacted = org.apache.spark.util.Utils.redact(
        spark.sparkContext().conf(), CollectionConverters.asScala(List.of(spark.sparkContext().getConf().getAll())).toSeq());
    List<Tuple2<String, String>> entries = CollectionConverters.asJava(redacted);
    assertThat(entries).anyMatch(entry -> entry._1().equals(H2OOptions.PASSWORD));
    assertThat(entries).noneMatch(entry -> entry._2().contains(PASSWORD));
    String applicationId = spark.sparkContext().applicationId();
    HttpResponse<String> environment = raw(HttpClient.newHttpClient(), HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + uiPort + "/api/v1/applications/" + applicationId + "/environment")).GET());
    assertThat(environment.statusCode()).isEqualTo(200);
    assertThat(environment.body()).contains(H2OOptions.PASSWORD).contains("*********(redacted)").doesNotContain(PASSWORD);
  }
}
