package org.sparkling.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

  @Test
  void aChunkDownloadThatStallsMidStreamHitsTheRequestTimeout() throws Exception {
    // A server that sends the headers and a few bytes, then nothing: the request timeout alone would wait forever.
    CountDownLatch done = new CountDownLatch(1);
    HttpServer stalling = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    stalling.createContext("/", exchange -> {
      exchange.sendResponseHeaders(200, 0);
      exchange.getResponseBody().write(new byte[] {1, 2, 3});
      exchange.getResponseBody().flush();
      try {
        done.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    stalling.start();
    try {
      H2OClient h2o =
          H2OClient.newBuilder(URI.create("http://127.0.0.1:" + stalling.getAddress().getPort()))
              .requestTimeout(Duration.ofMillis(500))
              .build();
      try (InputStream chunk = h2o.downloadChunk("f", 0, new int[] {0, 2})) {
        assertThat(chunk.readNBytes(3)).containsExactly(1, 2, 3);

        HttpTimeoutException error = catchThrowableOfType(HttpTimeoutException.class, chunk::read);

        assertThat(error).hasMessage(
            "GET /3/sparkling/frames/f/chunks/0 sent no data for 500 ms (spark.ext.h2o.rest.api.timeout)");
      }
    } finally {
      done.countDown();
      stalling.stop(0);
    }
  }
}
