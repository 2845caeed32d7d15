package org.sparkling.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Turns H2O's error replies (H2OErrorV3, H2OModelBuilderErrorV3, or plain text) into one readable message. */
final class ErrorReplies {
  private static final int MAX_PLAIN_TEXT = 500;

  private ErrorReplies() {}

  static H2OServerException toException(String request, int status, byte[] body, ObjectMapper json) {
    return new H2OServerException(request, status, message(body, json));
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
