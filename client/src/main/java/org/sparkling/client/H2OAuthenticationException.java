package org.sparkling.client;

import java.net.URI;

/**
 * The H2O node asks for a login (HTTP 401) that this client did not send or that it refused: the cluster was started with
 * {@code -hash_login} or another login module.
 */
public final class H2OAuthenticationException extends H2OClientException {
  private static final long serialVersionUID = 1L;
  private final String hostPort;

  H2OAuthenticationException(URI node, String what, boolean sentCredentials) {
    super(String.format(
        "H2O at %s:%d answered %s with HTTP 401 Unauthorized: %s Set spark.ext.h2o.user and spark.ext.h2o.password (or "
            + "spark.ext.h2o.credentials.file) to a user of the cluster's realm file (-login_conf).",
        node.getHost(), node.getPort(), what,
        sentCredentials ? "it refused the user name and password sent." : "the cluster requires a login and none was sent."));
    this.hostPort = node.getHost() + ":" + node.getPort();
  }

  /** The {@code host:port} that refused. */
  public String hostPort() {
    return hostPort;
  }

  /** Always 401. */
  public int status() {
    return 401;
  }
}
