package org.sparkling.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stalled H2O node on 127.0.0.1: it accepts connections and then either says nothing at all, or sends the headers and
 * the first byte of a JSON body and nothing more. Connections stay open until {@link #close()}.
 */
final class StallingServer implements AutoCloseable {
  private final ServerSocket socket;
  private final List<Socket> held = new CopyOnWriteArrayList<>();

  private enum Stall { SILENT, MID_BODY, TRICKLE }

  private StallingServer(Stall stall) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> hold(stall), "stalling-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Accepts and never answers. */
  static StallingServer silent() throws IOException {
    return new StallingServer(Stall.SILENT);
  }

  /** Answers the headers of a 200 JSON reply of 1,000 bytes, sends one byte of it, and stalls. */
  static StallingServer stallingMidBody() throws IOException {
    return new StallingServer(Stall.MID_BODY);
  }

  /** Answers the headers of a 200 JSON reply of 1,000 bytes, then sends a space every 100 ms. */
  static StallingServer trickling() throws IOException {
    return new StallingServer(Stall.TRICKLE);
  }

  URI address() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort());
  }

  int port() {
    return socket.getLocalPort();
  }

  private void hold(Stall stall) {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        held.add(connection);
        if (stall != Stall.SILENT) {
          OutputStream out = connection.getOutputStream();
          out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{")
              .getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
        }
        if (stall == Stall.TRICKLE) {
          Thread trickle = new Thread(() -> trickle(connection), "trickling-reply");
          trickle.setDaemon(true);
          trickle.start();
        }
      } catch (IOException e) {
        // Closed by the test.
      }
    }
  }

  private static void trickle(Socket connection) {
    try {
      for (int sent = 1; sent < 1000; sent++) {
        Thread.sleep(100);
        connection.getOutputStream().write(' ');
        connection.getOutputStream().flush();
      }
    } catch (IOException | InterruptedException e) {
      // The client gave up, or the test closed the connection.
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket connection : held) {
      connection.close();
    }
  }
}
