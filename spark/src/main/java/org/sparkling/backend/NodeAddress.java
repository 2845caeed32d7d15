package org.sparkling.backend;

import java.io.Serializable;
import java.net.URI;
import org.sparkling.security.ClientAccess;

/**
 * Where an H2O node listens: its REST port on {@code ip}; H2O's internal port is the next one.
 *
 * @param ip the address the node binds and other nodes reach it at
 * @param port the REST API port
 */
record NodeAddress(String ip, int port) implements Serializable {
  static NodeAddress of(URI restApi) {
    return new NodeAddress(restApi.getHost(), restApi.getPort());
  }

  /** {@code ip:port}, as in a flatfile and in H2O's own list of cloud members. */
  String ipPort() {
    return ip + ":" + port;
  }

  /** The node's REST API, over HTTPS or not as {@code access} says. */
  URI restApi(ClientAccess access) {
    return access.restApi(ip, port);
  }

  @Override
  public String toString() {
    return ipPort();
  }
}
