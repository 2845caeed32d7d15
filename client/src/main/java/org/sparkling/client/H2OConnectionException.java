package org.sparkling.client;

import java.net.URI;

/** The H2O node did not answer: nothing listens at its address, or it went away mid-request. */
public final class H2OConnectionException extends H2OClientException {
  private static final long serialVersionUID = 1L;
  private final String hostPort;

  H2OConnectionException(URI node, String what, Throwable cause) {
    this(what + ": " + (cause == null ? "no answer" : describe(cause)), node, cause);
  }

  /** A reply that stopped coming; the timeout's message names the request and the option. */
  H2OConnectionException(URI node, java.net.http.HttpTimeoutException timeout) {
    this(timeout.getMessage(), node, timeout);
  }

  private H2OConnectionException(String problem, URI node, Throwable cause) {
    super(
        String.format(
            "H2O node not reachable at %s:%d (%s). Check that the H2O cluster is running and that its REST API is on "
                + "(a node started with -disable_web cannot be used), or point Sparkling Water at a live node with "
                + "spark.ext.h2o.cloud.representative / H2OConf.setH2OCluster(host, port).",
            node.getHost(), node.getPort(), problem),
        cause);
    this.hostPort = node.getHost() + ":" + node.getPort();
  }

  /** The {@code host:port} that did not answer. */
  public String hostPort() {
    return hostPort;
  }

  private static String describe(Throwable cause) {
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : cause.getClass().getSimpleName() + " " + message;
  }
}
