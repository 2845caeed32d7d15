package org.sparkling.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Turns H2O's error replies (H2OErrorV3, H2OModelBuilderErrorV3, or plain text) into one readable message. */
final class ErrorReplies {
  private static final int MAX_PLAIN_TEXT = 500;

  private ErrorReplies() {}

  /**
   * H2O's own error (a JSON object with its message) as an {@link H2OServerException}; anything else, such as a proxy's
   * or a servlet container's HTML page, as an {@link H2OUnexpectedReplyException} that shows the page.
   */
  static H2OClientException toException(Reply reply, ObjectMapper json) {
    if (!isH2OError(reply, json)) {
      return reply.unexpected("an error page instead of H2O's JSON error", null);
    }
    return new H2OServerException(
        reply.method() + " " + reply.uri().getRawPath(), reply.status(), message(reply.body(), json));
  }

  private static boolean isH2OError(Reply reply, ObjectMapper json) {
    if (reply.isHtml()) {
      return false;
    }
    try {
      JsonNode tree = json.readTree(reply.body());
      return tree != null && tree.isObject()
          && (tree.has("msg") || tree.has("exception_msg") || tree.has("messages") || tree.has("http_status"));
    } catch (java.io.IOException notJson) {
      return false;
    }
  }

  static String message(byte[] body, ObjectMapper json) {
    String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).strip();
    try {
      JsonNode reply = json.readTree(text);
      if (reply != null && reply.isObject()) {
        // A model builder's validation errors name the parameter at fault: they say more than its summary in "msg".
        List<String> parts = new ArrayList<>();
        JsonNode messages = reply.get("messages");
        if (messages != null && messages.isArray()) {
          for (JsonNode message : messages) {
            if ("ERRR".equals(message.path("message_type").asText())) {
              addText(parts, message.path("field_name").asText() + ": " + message.path("message").asText());
            }
          }
        }
        if (parts.isEmpty()) {
          addText(parts, reply.get("msg"));
          addText(parts, reply.get("exception_msg"));
        }
        if (!parts.isEmpty()) {
          return String.join("; ", parts);
        }
      }
    } catch (java.io.IOException notJson) {
      // Jetty's own error pages are HTML or plain text: fall through and show them as they are.
    }
    return text.length() > MAX_PLAIN_TEXT ? text.substring(0, MAX_PLAIN_TEXT) + "..." : text;
  }

  private static void addText(List<String> parts, JsonNode node) {
    if (node != null && !node.isNull()) {
      addText(parts, node.asText());
    }
  }

  private static void addText(List<String> parts, String text) {
    String stripped = text.strip();
    if (!stripped.isEmpty() && !parts.contains(stripped)) {
      parts.add(stripped);
    }
  }
}
