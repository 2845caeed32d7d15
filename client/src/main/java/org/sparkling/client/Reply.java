package org.sparkling.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP reply read in full, with what is needed to say why it cannot be used: the request, status, content type and
 * body. Its readers ({@link #json()}, {@link #as(Class)}) fail with an {@link H2OUnexpectedReplyException}, never with a
 * parser's own error.
 */
record Reply(String method, URI uri, int status, String contentType, byte[] body) {
  private static final int EXCERPT_CHARACTERS = 200;

  Reply {
    contentType = contentType == null || contentType.isBlank() ? "(none)" : contentType.strip();
  }

  /** The method and full URL, e.g. {@code GET http://127.0.0.1:54321/3/Cloud}. */
  String request() {
    return method + " " + uri;
  }

  /** {@code scheme://host:port} of the node asked. */
  String node() {
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  boolean succeeded() {
    return status >= 200 && status < 300;
  }

  /** The body as text, on one line and shortened to a readable excerpt. */
  String excerpt() {
    String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").strip();
    return text.length() > EXCERPT_CHARACTERS ? text.substring(0, EXCERPT_CHARACTERS) + "..." : text;
  }

  /** Whether the server says the body is an HTML page, which H2O's REST API never sends for its JSON endpoints. */
  boolean isHtml() {
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("text/html") || type.startsWith("application/xhtml");
  }

  /** The body as a JSON object, as every H2O REST endpoint answers. */
  JsonNode json() {
    if (isHtml()) {
      throw unexpected("an HTML page instead of H2O's JSON", null);
    }
    if (body.length == 0) {
      throw unexpected("an empty body instead of H2O's JSON", null);
    }
    JsonNode tree;
    try {
      tree = H2OClient.JSON.readTree(body);
    } catch (JsonEOFException e) {
      throw unexpected("the JSON ends early (a truncated reply)", e);
    } catch (IOException e) {
      throw unexpected("a body that is not JSON", e);
    }
    if (tree == null || !tree.isObject()) {
      throw unexpected("JSON that is not an object", null);
    }
    return tree;
  }

  /** The body read as {@code type}; a reply that lacks what {@code type} needs fails in words. */
  <T> T as(Class<T> type) {
    JsonNode tree = json();
    try {
      return H2OClient.JSON.treeToValue(tree, type);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw unexpected("JSON that is not an H2O " + type.getSimpleName() + " (" + reason(e) + ")", e);
    }
  }

  /** The field {@code name} of {@code object}, which must hold {@code fields}: H2O always sends them. */
  JsonNode field(JsonNode object, String name, String... fields) {
    JsonNode value = object.path(name);
    if (value.isMissingNode() || value.isNull()) {
      throw unexpected("JSON without the field '" + name + "'", null);
    }
    return withFields(value, name, fields);
  }

  /** {@code value}, which must hold {@code fields}; {@code where} names it in the error. */
  JsonNode withFields(JsonNode value, String where, String... fields) {
    for (String field : fields) {
      if (value.path(field).isMissingNode() || value.path(field).isNull()) {
        throw unexpected("JSON without the field '" + where + "." + field + "'", null);
      }
    }
    return value;
  }

  H2OUnexpectedReplyException unexpected(String problem, Throwable cause) {
    return new H2OUnexpectedReplyException(this, problem, cause);
  }

  /** The parser's reason in a few words: the innermost message, without its location in the input. */
  private static String reason(Exception e) {
    Throwable innermost = e;
    while (innermost.getCause() != null && innermost.getCause() != innermost) {
      innermost = innermost.getCause();
    }
    String message = innermost instanceof JsonProcessingException json ? json.getOriginalMessage() : innermost.getMessage();
    if (message == null) {
      return innermost.getClass().getSimpleName();
    }
    String firstLine = message.lines().findFirst().orElse("").strip();
    return firstLine.length() > 160 ? firstLine.substring(0, 160) + "..." : firstLine;
  }
}
