package org.sparkling.client;

import java.net.URI;
import java.util.Objects;

/** Turns the {@code ip:port} by which H2O names a node ({@code /3/Cloud}, chunk layouts, chunk homes) into its REST API. */
public final class NodeAddress {
  private NodeAddress() {}

  /**
   * The REST API of the node H2O names {@code ipPort}, with the scheme of {@code like} (another node of the same cluster),
   * e.g. {@code https://10.0.0.6:54321} for {@code 10.0.0.6:54321} when the driver talks to {@code https://10.0.0.5:54321}.
   */
  public static URI restApi(URI like, String ipPort) {
    Objects.requireNonNull(like, "like == null");
    Objects.requireNonNull(ipPort, "ipPort == null");
    // H2O names printed through InetAddress.toString start with a slash.
    String address = ipPort.startsWith("/") ? ipPort.substring(1) : ipPort;
    int colon = address.lastIndexOf(':');
    if (colon <= 0 || colon == address.length() - 1) {
      throw new IllegalArgumentException("Invalid H2O node address '" + ipPort + "': expected ip:port, e.g. 10.0.0.5:54321");
    }
    String host = address.substring(0, colon);
    boolean ipv6 = host.contains(":") && !host.startsWith("[");
    return URI.create(like.getScheme() + "://" + (ipv6 ? "[" + host + "]" : host) + address.substring(colon));
  }
}
