package org.sparkling.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sparkling.client.BadReplyServer.Kind;

/**
 * Every kind of call against a real HTTP server that is not H2O (or an H2O behind a misbehaving proxy): each bad reply
 * is an {@link H2OUnexpectedReplyException} naming the request, status, content type and body, never a parser's error.
 */
class UnexpectedRepliesTest {
  private static final String HTML_500 =
      "<html><head><title>Error 500 Server Error</title></head><body><h2>HTTP ERROR 500</h2><p>Problem accessing"
          + " /3/Cloud. Reason: Server Error</p></body></html>";
  private static final String HTML_502 =
      "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr>"
          + "<center>nginx</center></body></html>";
  private static final String HTML_404 = "<html><body><h1>Not Found</h1>The requested URL was not found</body></html>";
  private static final String LOGIN = "<!DOCTYPE html><html><body><form action=\"/login\">Sign in</form></body></html>";
  private static final String TRUNCATED = "{\"version\":\"3.44.0.1\",\"cloud_name\":\"c\",\"jobs\":[{\"key\":{\"na";

  static List<Kind> kinds() {
    return List.of(
        new Kind("HTML 500 page", 500, "text/html;charset=iso-8859-1", HTML_500),
        new Kind("HTML 502 page of a proxy", 502, "text/html", HTML_502),
        new Kind("HTML 404 page", 404, "text/html; charset=utf-8", HTML_404),
        new Kind("plain text 503", 503, "text/plain", "Service Unavailable"),
        new Kind("200 with truncated JSON", 200, "application/json", TRUNCATED),
        new Kind("200 with an HTML login page", 200, "text/html", LOGIN),
        new Kind("200 with JSON of another shape", 200, "application/json", "{\"status\":\"ok\",\"items\":[]}"),
        new Kind("200 with an empty body", 200, "application/json", ""),
        new Kind("200 closed mid-body", 200, "application/json", "{\"version\":\"3.44", 5000));
  }

  static Map<String, Function<H2OClient, Object>> calls() {
    return Map.of(
        "GET /3/Cloud", H2OClient::cloud,
        "POST /3/ModelBuilders/gbm", h2o -> h2o.train("gbm", Map.of("ntrees", 1)),
        "GET /3/Jobs/job_1", h2o -> h2o.job("job_1"),
        "GET /3/sparkling/frames/f", h2o -> h2o.describeFrame("f"),
        "POST /3/sparkling/frames/f/chunks/0", h2o -> h2o.uploadChunk("f", 0, 1, new byte[] {1, 2, 3}),
        "GET /3/Models/m/mojo", h2o -> h2o.mojo("m"),
        "GET /3/sparkling/frames/f/chunks/0", UnexpectedRepliesTest::downloadAll);
  }

  static Stream<Arguments> everyCallAndKind() {
    List<Arguments> cases = new ArrayList<>();
    for (Kind kind : kinds()) {
      calls().forEach((call, action) -> cases.add(Arguments.of(kind, call, action)));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("everyCallAndKind")
  void aBadReplyIsATypedErrorWithTheRequestStatusAndBody(Kind kind, String call, Function<H2OClient, Object> action)
      throws Exception {
    try (BadReplyServer server = new BadReplyServer(kind)) {
      H2OClient h2o = H2OClient.newBuilder(server.address()).requestTimeout(Duration.ofSeconds(20)).build();

      Throwable error = catchThrowable(() -> action.apply(h2o));

      String url = server.address() + call.substring(call.indexOf(' ') + 1);
      assertThat(error).as("%s answering %s", call, kind).isInstanceOf(H2OUnexpectedReplyException.class);
      H2OUnexpectedReplyException unexpected = (H2OUnexpectedReplyException) error;
      assertThat(unexpected.status()).isEqualTo(kind.status());
      assertThat(unexpected.request()).startsWith(call.substring(0, call.indexOf(' ')) + " " + url);
      assertThat(unexpected.contentType()).isEqualTo(kind.contentType().strip());
      assertThat(unexpected.getMessage())
          .contains("Unexpected reply to " + call.substring(0, call.indexOf(' ')) + " " + url)
          .contains("HTTP " + kind.status())
          .contains("Content-Type " + kind.contentType())
          .contains("really the REST API of an H2O node")
          .contains("spark.ext.h2o.cloud.representative")
          .doesNotContain("com.fasterxml")
          .doesNotContain("[Source:");
      if (!kind.body().isEmpty()) {
        assertThat(unexpected.getMessage()).contains(kind.body().substring(0, Math.min(12, kind.body().length())));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void theProblemIsSaidInWords(Kind kind) throws Exception {
    try (BadReplyServer server = new BadReplyServer(kind)) {
      H2OClient h2o = H2OClient.newBuilder(server.address()).build();

      Throwable error = catchThrowable(h2o::cloud);

      String problem = switch (kind.name()) {
        case "200 with truncated JSON" -> "the JSON ends early (a truncated reply)";
        case "200 with an HTML login page" -> "an HTML page instead of H2O's JSON";
        case "200 with JSON of another shape" -> "JSON that is not an H2O Cloud (version == null)";
        case "200 with an empty body" -> "an empty body instead of H2O's JSON";
        case "200 closed mid-body" -> "the connection closed before the reply ended";
        default -> "an error page instead of H2O's JSON error";
      };
      assertThat(error).hasMessageContaining(problem);
    }
  }

  private static Object downloadAll(H2OClient h2o) {
    try (InputStream chunk = h2o.downloadChunk("f", 0, null)) {
      return chunk.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
