package org.sparkling.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ErrorRepliesTest {

  @Test
  void readsTheMessageOfAnH2OErrorV3() {
    String reply =
        "{\"__meta\":{\"schema_name\":\"H2OErrorV3\"},\"msg\":\"\\n\\nERROR MESSAGE:\\n\\nJob is missing\\n\\n\","
            + "\"exception_msg\":\"\\n\\nERROR MESSAGE:\\n\\nJob is missing\\n\\n\",\"http_status\":400,"
            + "\"exception_type\":\"java.lang.IllegalArgumentException\",\"stacktrace\":[\"at water.Job\"]}";

    // msg and exception_msg repeat each other; the message says it once, without H2O's surrounding blank lines.
    assertThat(message(reply)).containsOnlyOnce("Job is missing").doesNotStartWith("\n").doesNotEndWith("\n");
  }

  @Test
  void keepsAnExceptionMessageThatDiffersFromTheMessage() {
    String reply = "{\"msg\":\"Frame is locked\",\"exception_msg\":\"locked by job $0301\"}";

    assertThat(message(reply)).isEqualTo("Frame is locked; locked by job $0301");
  }

  @Test
  void listsTheFieldErrorsOfAModelBuilderError() {
    String reply =
        "{\"__meta\":{\"schema_name\":\"H2OModelBuilderErrorV3\"},\"msg\":\"Illegal argument(s) for GBM model\","
            + "\"error_count\":2,\"messages\":["
            + "{\"message_type\":\"TRACE\",\"field_name\":\"seed\",\"message\":\"fine\"},"
            + "{\"message_type\":\"ERRR\",\"field_name\":\"response_column\",\"message\":\"Response column 'y' not found\"},"
            + "{\"message_type\":\"WARN\",\"field_name\":\"ntrees\",\"message\":\"many trees\"},"
            + "{\"message_type\":\"ERRR\",\"field_name\":\"training_frame\",\"message\":\"Required field\"}]}";

    assertThat(message(reply))
        .isEqualTo(
            "response_column: Response column 'y' not found; training_frame: Required field");
  }

  @Test
  void showsPlainTextAsItIs() {
    assertThat(message("  Service Unavailable\n")).isEqualTo("Service Unavailable");
  }

  @Test
  void truncatesLongHtmlPages() {
    String page = "<html><body><h2>HTTP ERROR 500</h2>" + "x".repeat(1000) + "</body></html>";

    String message = message(page);

    assertThat(message).hasSize(503).startsWith("<html><body><h2>HTTP ERROR 500</h2>").endsWith("x...");
  }

  @Test
  void showsJsonWithoutAMessageAsItIs() {
    assertThat(message("{\"status\":\"weird\"}")).isEqualTo("{\"status\":\"weird\"}");
    assertThat(message("[1,2]")).isEqualTo("[1,2]");
  }

  @Test
  void anEmptyBodyGivesAnEmptyMessage() {
    assertThat(message("")).isEmpty();
  }

  @Test
  void theExceptionCarriesRequestStatusAndH2OsMessage() {
    byte[] reply = "{\"msg\":\"Object 'm1' not found for argument: key\"}".getBytes(StandardCharsets.UTF_8);

    Reply received = new Reply(
        "GET", java.net.URI.create("http://127.0.0.1:54321/3/Models/m1/mojo"), 404, "application/json", reply);

    H2OServerException error = (H2OServerException) ErrorReplies.toException(received, H2OClient.JSON);

    assertThat(error.status()).isEqualTo(404);
    assertThat(error.serverMessage()).isEqualTo("Object 'm1' not found for argument: key");
    assertThat(error)
        .hasMessage("H2O rejected GET /3/Models/m1/mojo with HTTP 404: Object 'm1' not found for argument: key");
  }

  private static String message(String body) {
    return ErrorReplies.message(body.getBytes(StandardCharsets.UTF_8), H2OClient.JSON);
  }
}
