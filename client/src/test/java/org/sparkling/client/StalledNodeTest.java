package org.sparkling.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sparkling.client.BadReplyServer.Kind;

/**
 * A node that accepts connections and never answers, or stops mid-reply: every call ends with an error naming
 * {@code spark.ext.h2o.rest.api.timeout}. The bound below only proves that nothing hangs; it is far above the timeout.
 */
class StalledNodeTest {
  private static final Duration TIMEOUT = Duration.ofMillis(700);
  private static final Duration NO_HANG = Duration.ofSeconds(60);

  static Stream<Arguments> everyCallAndStall() {
    List<Arguments> cases = new ArrayList<>();
    for (boolean midBody : new boolean[] {false, true}) {
      UnexpectedRepliesTest.calls().forEach((call, action) -> cases.add(Arguments.of(
          midBody ? "headers then nothing" : "nothing at all", call, action)));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("everyCallAndStall")
  void everyCallEndsWithAnErrorNamingTheTimeoutOption(String stall, String call, Function<H2OClient, Object> action)
      throws Exception {
    try (StallingServer node = stall.startsWith("headers") ? StallingServer.stallingMidBody() : StallingServer.silent()) {
      H2OClient h2o = H2OClient.newBuilder(node.address()).requestTimeout(TIMEOUT).build();

      Throwable error = assertTimeoutPreemptively(NO_HANG, () -> catchThrowable(() -> action.apply(h2o)));

      assertThat(error).as("%s from a node that sends %s", call, stall).isNotNull();
      // A chunk download hands out its stream once the headers are in: the read that stalls fails, inside the wrapper.
      Throwable timeout = error instanceof java.io.UncheckedIOException ? error.getCause() : error;
      assertThat(timeout)
          .as("%s from a node that sends %s", call, stall)
          .isInstanceOfAny(H2OConnectionException.class, java.net.http.HttpTimeoutException.class)
          .hasMessageContaining("spark.ext.h2o.rest.api.timeout")
          .hasMessageContaining(call.substring(call.indexOf(' ') + 1));
    }
  }

  @Test
  void aJobThatNeverEndsStopsThePollingAtItsTimeout() throws Exception {
    String running = "{\"jobs\":[{\"key\":{\"name\":\"job_1\"},\"description\":\"GBM\",\"status\":\"RUNNING\","
        + "\"progress\":0.5}]}";
    try (BadReplyServer node = new BadReplyServer(new Kind("running job", 200, "application/json", running))) {
      H2OClient h2o = H2OClient.newBuilder(node.address()).requestTimeout(TIMEOUT).build();

      Throwable error = assertTimeoutPreemptively(
          NO_HANG, () -> catchThrowable(() -> h2o.awaitJob("job_1", Duration.ofSeconds(1), job -> {})));

      assertThat(error).isInstanceOf(H2OJobFailedException.class).hasMessageContaining("still RUNNING at 50%");
    }
  }

  @Test
  void aTrickleOfBytesStillEndsAtTheTimeout() throws Exception {
    // Headers, then one byte of body every 100 ms: no read waits long, yet the reply never ends.
    try (StallingServer node = StallingServer.trickling()) {
      H2OClient h2o = H2OClient.newBuilder(node.address()).requestTimeout(TIMEOUT).build();

      Throwable error = assertTimeoutPreemptively(NO_HANG, () -> catchThrowable(h2o::cloud));

      assertThat(error).isInstanceOf(H2OConnectionException.class)
          .hasMessageContaining("GET /3/Cloud did not finish its reply within 700 ms (spark.ext.h2o.rest.api.timeout)");
    }
  }
}
