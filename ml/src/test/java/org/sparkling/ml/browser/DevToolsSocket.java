package org.sparkling.ml.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One WebSocket to a Chrome DevTools Protocol target: {@link #call} sends {@code {"id", "method", "params"}} and waits for
 * the reply with the same id. Events (messages without an id) are not needed by the tests, so they are dropped.
 */
final class DevToolsSocket implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(60);

  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final WebSocket socket;

  DevToolsSocket(URI target) {
    socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(target, new Replies()).join();
  }

  /** Calls {@code method} and returns its {@code result}; an error reply fails with the browser's message. */
  JsonNode call(String method, Map<String, ?> params) {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    ObjectNode request = JSON.createObjectNode().put("id", id).put("method", method);
    request.set("params", JSON.valueToTree(params));
    socket.sendText(request.toString(), true).join();
    JsonNode answer;
    try {
      answer = reply.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Chromium to answer " + method, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Chromium did not answer " + method + " within " + CALL_TIMEOUT, e);
    } finally {
      pending.remove(id);
    }
    if (answer.has("error")) {
      throw new IllegalStateException("Chromium refused " + method + ": " + answer.get("error"));
    }
    return answer.path("result");
  }

  @Override
  public void close() {
    socket.abort();
    pending.values().forEach(reply -> reply.completeExceptionally(new IllegalStateException("DevTools socket closed")));
  }

  /** Joins the frames of each message (a screenshot spans many) and hands replies to their callers. */
  private final class Replies implements WebSocket.Listener {
    private final StringBuilder message = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      message.append(data);
      if (last) {
        JsonNode reply = parse(message.toString());
        message.setLength(0);
        CompletableFuture<JsonNode> caller = reply.has("id") ? pending.get(reply.get("id").asInt()) : null;
        if (caller != null) {
          caller.complete(reply);
        }
      }
      webSocket.request(1);
      return null;
    }

    private JsonNode parse(String text) {
      try {
        return JSON.readTree(text);
      } catch (IOException e) {
        throw new UncheckedIOException("Chromium sent a message that is not JSON", e);
      }
    }
  }
}
