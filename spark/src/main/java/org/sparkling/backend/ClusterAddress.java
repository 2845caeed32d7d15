package org.sparkling.backend;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The {@code host:port} of an H2O node's REST API, as users write it in {@code spark.ext.h2o.cloud.representative}.
 *
 * @param host a host name or IP address
 * @param port the REST API's port (H2O's internal port is the one after it)
 */
public record ClusterAddress(String host, int port) {

  /** Parses {@code host:port}; a clear error names the option and shows the expected form. */
  public static ClusterAddress parse(String hostPort, String option) {
    String text = hostPort == null ? "" : hostPort.strip();
    try {
      URI uri = new URI("http://" + text);
      if (text.isEmpty() || uri.getHost() == null || uri.getPort() < 1 || !uri.getRawPath().isEmpty()) {
        throw new URISyntaxException(text, "no host:port");
      }
      return new ClusterAddress(uri.getHost(), uri.getPort());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "Invalid " + option + " '" + text + "': expected the host:port of an H2O node's REST API, e.g. 10.0.0.5:54321",
          e);
    }
  }

  /** The node's REST API. */
  public URI restApi() {
    return URI.create("http://" + (host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host) + ":" + port);
  }

  @Override
  public String toString() {
    return host + ":" + port;
  }
}
