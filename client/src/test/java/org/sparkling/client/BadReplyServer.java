package org.sparkling.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A real HTTP server on 127.0.0.1 that answers every request with the same bad reply: what a proxy or another service
 * in place of an H2O node sends. It writes the bytes itself so that it can also declare a longer body than it sends and
 * close the connection mid-body, which the JDK's own server does not do.
 */
final class BadReplyServer implements AutoCloseable {
  private final ServerSocket socket;
  private final Thread acceptor;

  /**
   * One kind of bad reply.
   *
   * @param declaredLength the Content-Length sent; longer than the body for a connection closed mid-body
   */
  record Kind(String name, int status, String contentType, String body, int declaredLength) {
    Kind(String name, int status, String contentType, String body) {
      this(name, status, contentType, body, body.getBytes(StandardCharsets.UTF_8).length);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  BadReplyServer(Kind kind) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(() -> serve(kind), "bad-reply-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  URI address() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort());
  }

  private void serve(Kind kind) {
    while (!socket.isClosed()) {
      try (Socket connection = socket.accept()) {
        readRequest(connection.getInputStream());
        OutputStream out = connection.getOutputStream();
        StringBuilder head = new StringBuilder("HTTP/1.1 " + kind.status() + " Bad\r\n");
        if (kind.contentType() != null) {
          head.append("Content-Type: ").append(kind.contentType()).append("\r\n");
        }
        head.append("Content-Length: ").append(kind.declaredLength()).append("\r\nConnection: close\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        out.write(kind.body().getBytes(StandardCharsets.UTF_8));
        out.flush();
      } catch (IOException e) {
        // Closed by the test, or a client that gave up: the next accept tells which.
      }
    }
  }

  /** Reads the request line, headers and body, so that the client is not cut off while it still sends. */
  private static void readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int next = in.read();
      if (next < 0) {
        return;
      }
      head.write(next);
      matched = next == end[matched] ? matched + 1 : (next == '\r' ? 1 : 0);
    }
    for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        in.readNBytes(Integer.parseInt(line.substring("content-length:".length()).strip()));
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
