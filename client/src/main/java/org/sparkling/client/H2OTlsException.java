package org.sparkling.client;

import java.net.URI;

/**
 * The TLS handshake with an H2O node failed: its certificate is not trusted, names another host, or the node does not
 * speak HTTPS at all (or speaks it to a client that did not).
 */
public final class H2OTlsException extends H2OClientException {
  private static final long serialVersionUID = 1L;

  H2OTlsException(URI node, String what, Throwable cause) {
    super(String.format(
        "TLS with H2O at %s failed (%s: %s). If the node's certificate is self-signed or from your own authority, set "
            + "spark.ext.h2o.truststore (and spark.ext.h2o.truststore.password) to a truststore holding it; "
            + "spark.ext.h2o.verify_ssl_certificates=false skips the check (tests only). A node started without -jks "
            + "speaks plain HTTP: leave spark.ext.h2o.https off for it.",
        node.getScheme() + "://" + node.getHost() + ":" + node.getPort(), what,
        cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()), cause);
  }
}
