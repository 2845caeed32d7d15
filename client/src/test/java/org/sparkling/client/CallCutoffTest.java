package org.sparkling.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A real HTTP server that holds its replies, as a surviving H2O node does while it waits for a dead member: a thrown
 * {@link CallCutoff} ends the calls waiting on it and refuses new ones, far inside their request timeout; calls that are
 * only slow, and calls after {@link CallCutoff#restore()}, get their replies. The bound only proves that nothing hangs.
 */
class CallCutoffTest {
  private static final Duration LONG_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration NO_HANG = Duration.ofSeconds(60);
  private final AtomicInteger received = new AtomicInteger();
  private final CountDownLatch answer = new CountDownLatch(1);
  private final CallCutoff cutoff = new CallCutoff();
  private HttpServer server;
  private H2OClient h2o;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/3/Ping", this::answerWhenLetGo);
    server.start();
    h2o = H2OClient.newBuilder(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
        .requestTimeout(LONG_TIMEOUT).cutoff(cutoff).build();
  }

  @AfterEach
  void stopServer() {
    answer.countDown();
    server.stop(0);
  }

  private void answerWhenLetGo(HttpExchange exchange) throws IOException {
    received.incrementAndGet();
    try {
      answer.await(LONG_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  @Test
  void aCutEndsTheCallWaitingForItsReplyAndRefusesNewCallsUntilRestored() {
    CompletableFuture<Void> waiting = CompletableFuture.runAsync(h2o::ping);
    await().atMost(NO_HANG).until(() -> received.get() == 1);

    cutoff.cut("node 127.0.0.1:1 does not answer");
    Throwable cut = assertTimeoutPreemptively(NO_HANG, () -> catchThrowable(waiting::join));
    Throwable refused = catchThrowable(h2o::ping);

    assertThat(cut.getCause()).isInstanceOf(H2OClientException.class)
        .hasMessageContaining("GET /3/Ping to H2O at " + h2o.node() + " was cut short")
        .hasMessageContaining("node 127.0.0.1:1 does not answer")
        .hasMessageNotContaining("spark.ext.h2o.rest.api.timeout");
    assertThat(refused).isInstanceOf(H2OClientException.class).hasMessageContaining("node 127.0.0.1:1 does not answer");
    assertThat(received).as("requests that reached the server").hasValue(1);

    cutoff.restore();
    answer.countDown();
    h2o.ping();

    assertThat(received).hasValue(2);
    assertThat(cutoff.reason()).isEmpty();
  }

  @Test
  void aSlowCallIsNotCutWhileTheSwitchIsNotThrown() {
    CompletableFuture<Void> slow = CompletableFuture.runAsync(h2o::ping);
    await().atMost(NO_HANG).until(() -> received.get() == 1);
    await().pollDelay(Duration.ofMillis(500)).until(() -> true);

    assertThat(slow).as("a call still waiting for its reply").isNotDone();
    answer.countDown();

    assertTimeoutPreemptively(NO_HANG, () -> slow.join());
    assertThat(slow).isCompleted().isNotCompletedExceptionally();
  }
}
