package org.sparkling.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What a caller sees when no H2O node answers: real sockets, no node. */
class ConnectionFailureTest {

  @Test
  void aPortNobodyListensOnIsReportedWithItsHostAndPort() {
    int port = H2ONodeProcess.freePort();
    H2OClient h2o = H2OClient.newBuilder(URI.create("http://127.0.0.1:" + port)).build();

    H2OConnectionException error = catchThrowableOfType(H2OConnectionException.class, h2o::cloud);

    assertThat(error).hasMessageContaining("127.0.0.1:" + port).hasMessageContaining("GET /3/Cloud");
    assertThat(error.hostPort()).isEqualTo("127.0.0.1:" + port);
  }

  @Test
  void aNodeThatNeverAnswersHitsTheRequestTimeout() throws Exception {
    // A listening socket that nobody reads from: the connection is accepted by the kernel, the reply never comes.
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      int port = silent.getLocalPort();
      H2OClient h2o =
          H2OClient.newBuilder(URI.create("http://127.0.0.1:" + port)).requestTimeout(Duration.ofSeconds(1)).build();

      H2OConnectionException error = catchThrowableOfType(H2OConnectionException.class, h2o::cloud);

      assertThat(error)
          .hasMessageContaining("127.0.0.1:" + port)
          .hasMessageContaining("GET /3/Cloud got no answer within 1000 ms")
          .hasCauseInstanceOf(HttpTimeoutException.class);
      assertThat(error.hostPort()).isEqualTo("127.0.0.1:" + port);
    }
  }
}
