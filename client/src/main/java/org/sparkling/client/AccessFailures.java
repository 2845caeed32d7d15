package org.sparkling.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import javax.net.ssl.SSLException;

/** Recognises a refused login and a failed TLS handshake, before anything tries to read the reply as H2O's JSON. */
final class AccessFailures {
  private AccessFailures() {}

  /** The response itself, unless it is a 401, which no caller can read as H2O's reply. */
  static <T> HttpResponse<T> check(URI node, String what, boolean sentCredentials, HttpResponse<T> response) {
    if (response.statusCode() == 401) {
      closeBody(response.body());
      throw new H2OAuthenticationException(node, what, sentCredentials);
    }
    return response;
  }

  /**
   * A failed exchange: a TLS failure anywhere in its causes, or a TLS record where a plain HTTP reply was expected, says
   * what to set; anything else is a connection failure.
   */
  static H2OClientException ioFailure(URI node, String what, IOException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SSLException tls) {
        return new H2OTlsException(node, what, tls);
      }
      if ("http".equals(node.getScheme()) && startsWithTlsRecord(cause.getMessage())) {
        return H2OTlsException.plainHttpToHttpsNode(node, what, failure);
      }
    }
    return new H2OConnectionException(node, what, failure);
  }

  /**
   * Whether the JDK's complaint about a status line quotes what a TLS server sends to a plain HTTP client: a record of
   * type alert (21) or handshake (22), version 3.x.
   */
  private static boolean startsWithTlsRecord(String message) {
    if (message == null) {
      return false;
    }
    int quoted = message.indexOf("receiving [");
    int first = quoted + "receiving [".length();
    if (quoted < 0 || message.length() < first + 2) {
      return false;
    }
    char type = message.charAt(first);
    return (type == 21 || type == 22) && message.charAt(first + 1) == 3;
  }

  private static void closeBody(Object body) {
    if (body instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception ignored) {
        // Nothing left to read from a refused request.
      }
    }
  }
}
