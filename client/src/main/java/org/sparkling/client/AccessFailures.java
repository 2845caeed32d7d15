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

  /** A failed exchange: a TLS failure anywhere in its causes says what to set, anything else is a connection failure. */
  static H2OClientException ioFailure(URI node, String what, IOException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SSLException tls) {
        return new H2OTlsException(node, what, tls);
      }
    }
    return new H2OConnectionException(node, what, failure);
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
