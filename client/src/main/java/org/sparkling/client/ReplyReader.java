package org.sparkling.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Reads a reply's body within the request timeout. The JDK client's own timeout ends when the headers arrive, so a node
 * that sends headers and then stalls would hold the caller forever: each read here gives up after the timeout without
 * data, and the whole body after the timeout counted from its first byte.
 */
final class ReplyReader {
  private static final int BUFFER_BYTES = 8192;

  private ReplyReader() {}

  static Reply read(String method, HttpResponse<InputStream> response, Duration timeout) {
    URI uri = response.uri();
    String contentType = response.headers().firstValue("Content-Type").orElse(null);
    String what = method + " " + uri.getRawPath();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    long deadline = System.nanoTime() + timeout.toNanos();
    try (InputStream in = new IdleTimeoutInputStream(response.body(), timeout, what)) {
      byte[] buffer = new byte[BUFFER_BYTES];
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        body.write(buffer, 0, read);
        if (System.nanoTime() > deadline) {
          throw new HttpTimeoutException(what + " did not finish its reply within " + timeout.toMillis()
              + " ms (spark.ext.h2o.rest.api.timeout)");
        }
      }
    } catch (HttpTimeoutException e) {
      throw new H2OConnectionException(nodeOf(uri), e);
    } catch (IOException e) {
      Reply partial = new Reply(method, uri, response.statusCode(), contentType, body.toByteArray());
      throw partial.unexpected(
          "the connection closed before the reply ended (" + describe(e) + "): the node may have stopped, or a proxy "
              + "cut the reply", e);
    }
    return new Reply(method, uri, response.statusCode(), contentType, body.toByteArray());
  }

  private static URI nodeOf(URI uri) {
    return URI.create(uri.getScheme() + "://" + uri.getRawAuthority());
  }

  private static String describe(IOException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
