package org.sparkling.client;

import java.net.URI;

/**
 * The TLS handshake with an H2O node failed: its certificate is not trusted, names another host, or the node does not
 * speak HTTPS at all (or speaks it to a client that did not).
 */
public final class H2OTlsException extends H2OClientException {
  private static final long serialVersionUID = 1L;

  private H2OTlsException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The handshake failed: the certificate, its host name, or a node that does not speak TLS. */
  H2OTlsException(URI node, String what, Throwable cause) {
    super(String.format(
        "TLS with H2O at %s failed (%s: %s). If the node's certificate is self-signed or from your own authority, set "
            + "spark.ext.h2o.truststore (and spark.ext.h2o.truststore.password) to a truststore holding it; "
            + "spark.ext.h2o.verify_ssl_certificates=false skips the check (tests only). A node started without -jks "
            + "speaks plain HTTP: leave spark.ext.h2o.https off for it.",
        node.getScheme() + "://" + node.getHost() + ":" + node.getPort(), what,
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), cause);
  }

  /** The node answered plain HTTP with TLS: it was started with {@code -jks}. */
  static H2OTlsException plainHttpToHttpsNode(URI node, String what, Throwable cause) {
    return new H2OTlsException(String.format(
        "H2O at %s:%d answered %s over plain HTTP with TLS: the node serves HTTPS (started with -jks). Set "
            + "spark.ext.h2o.https=true, and spark.ext.h2o.truststore to a truststore holding its certificate unless an "
            + "authority the JDK trusts signed it.", node.getHost(), node.getPort(), what), cause);
  }
}
