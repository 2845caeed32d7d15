package org.sparkling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sparkling.client.CallCutoff;
import org.sparkling.client.Cloud;
import org.sparkling.client.H2OClient;
import org.sparkling.security.ClientAccess;

/**
 * The driver against a stalled H2O node (it accepts connections and never answers, or stops after the headers):
 * connecting and the heartbeat end with errors naming {@code spark.ext.h2o.rest.api.timeout} instead of hanging. The
 * bound only proves that nothing hangs; it is far above the timeouts set.
 */
class StalledClusterTest {
  private static final Duration NO_HANG = Duration.ofSeconds(120);
  private static SparkSession spark;

  @BeforeAll
  static void startSpark(TestInfo test) {
    spark = LocalSpark.start(test);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @ParameterizedTest(name = "headers sent: {0}")
  @ValueSource(booleans = {false, true})
  void connectingToAStalledNodeFailsNamingTheTimeouts(boolean headersSent) throws Exception {
    try (StalledNode node = new StalledNode(headersSent)) {
      H2OConf conf = new H2OConf()
          .setH2OCluster("127.0.0.1", node.port())
          .setRestApiTimeout(Duration.ofMillis(800))
          .setCloudTimeout(Duration.ofSeconds(3));

      Throwable error = assertTimeoutPreemptively(NO_HANG, () -> catchThrowable(() -> H2OContext.getOrCreate(spark, conf)));

      assertThat(error)
          .hasMessageContaining("127.0.0.1:" + node.port())
          .hasMessageContaining("spark.ext.h2o.cloud.timeout")
          .hasMessageContaining("GET /3/Cloud")
          .hasMessageContaining("spark.ext.h2o.rest.api.timeout");
    }
  }

  @ParameterizedTest(name = "headers sent: {0}")
  @ValueSource(booleans = {false, true})
  void theHeartbeatFindsAStalledNodeLostInsteadOfHanging(boolean headersSent) throws Exception {
    try (StalledNode node = new StalledNode(headersSent)) {
      H2OClient client = H2OClient.newBuilder(node.address()).requestTimeout(Duration.ofMillis(800)).build();
      Cloud connected = new Cloud("3.44.0.1", "stalled", 1, true, true, true,
          List.of(new Cloud.Node("/127.0.0.1:" + node.port(), "127.0.0.1:" + node.port(), true, 2, 2, 1L, 1L)));
      try (ClusterHeartbeat heartbeat =
          ClusterHeartbeat.start(client, connected, Duration.ofHours(1), Duration.ofMillis(800), ClientAccess.open(),
              new CallCutoff())) {

        assertTimeoutPreemptively(NO_HANG, heartbeat::check);

        assertThat(heartbeat.lost()).hasValueSatisfying(
            lost -> assertThat(lost).contains("127.0.0.1:" + node.port()).contains("spark.ext.h2o.rest.api.timeout"));
      }
    }
  }

  /** Accepts connections; says nothing, or only the headers and first byte of a JSON reply. */
  private static final class StalledNode implements AutoCloseable {
    private final ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final List<Socket> held = new CopyOnWriteArrayList<>();

    StalledNode(boolean headersSent) throws IOException {
      Thread acceptor = new Thread(() -> hold(headersSent), "stalled-node");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    URI address() {
      return URI.create("http://127.0.0.1:" + port());
    }

    private void hold(boolean headersSent) {
      while (!socket.isClosed()) {
        try {
          Socket connection = socket.accept();
          held.add(connection);
          if (headersSent) {
            OutputStream out = connection.getOutputStream();
            out.write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"
                .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
          }
        } catch (IOException closed) {
          // The test is over.
        }
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
      for (Socket connection : held) {
        connection.close();
      }
    }
  }
}
