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
    try (Reservation reservation = reservePairFrom(basePort, address)) {
      return reservation.port();
    }
  }

  /**
   * Binds the first free pair from {@code basePort} up and keeps both bound until the reservation is closed, so that
   * nothing else (another executor on the same host) takes them between choosing and starting the node.
   */
  static Reservation reservePairFrom(int basePort, InetAddress address) {
    for (int port = basePort; port < basePort + 2 * TRIES && port < 65535; port += 2) {
      ServerSocket first = bind(port, address);
      if (first != null) {
        ServerSocket second = bind(port + 1, address);
        if (second != null) {
          return new Reservation(first, second);
        }
        closeQuietly(first);
      }
    }
    throw new IllegalStateException(
        String.format(
            "No two free consecutive ports on %s from %d to %d; free some or set spark.ext.h2o.base.port to another range",
            address.getHostAddress(), basePort, basePort + 2 * TRIES));
  }

  private static ServerSocket bind(int port, InetAddress address) {
    ServerSocket socket = null;
    try {
      socket = new ServerSocket();
      socket.setReuseAddress(false);
      socket.bind(new InetSocketAddress(address, port));
      return socket;
    } catch (IOException taken) {
      closeQuietly(socket);
      return null;
    }
  }

  private static void closeQuietly(ServerSocket socket) {
    if (socket != null) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // nothing was listening on it yet
      }
    }
  }

  /** Two consecutive ports held bound; {@link #close()} frees them for the node. */
  static final class Reservation implements AutoCloseable {
    private final ServerSocket rest;
    private final ServerSocket internal;

    private Reservation(ServerSocket rest, ServerSocket internal) {
      this.rest = rest;
      this.internal = internal;
    }

    /** The first port of the pair: the node's REST port. */
    int port() {
      return rest.getLocalPort();
    }

    @Override
    public void close() {
      closeQuietly(rest);
      closeQuietly(internal);
    }
  }
}
