package org.sparkling.backend;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Finds ports for an H2O node, which listens on a REST port and on the port right after it. */
public final class FreePorts {
  private static final int TRIES = 500;

  private FreePorts() {}

  /** The first port from {@code basePort} up such that it and the next one are free on {@code address}. */
  public static int pairFrom(int basePort, InetAddress address) {
    for (int port = basePort; port < basePort + 2 * TRIES && port < 65535; port += 2) {
      if (isFree(port, address) && isFree(port + 1, address)) {
        return port;
      }
    }
    throw new IllegalStateException(
        String.format(
            "No two free consecutive ports on %s from %d to %d; free some or set spark.ext.h2o.base.port to another range",
            address.getHostAddress(), basePort, basePort + 2 * TRIES));
  }

  private static boolean isFree(int port, InetAddress address) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(address, port));
      return true;
    } catch (IOException taken) {
      return false;
    }
  }
}
