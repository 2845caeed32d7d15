package org.sparkling.extension;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code GET /3/sparkling/traffic}: this node's {@link ChunkTraffic}, e.g.
 * {@code {"node": "10.0.0.5:54321", "chunks_received": 12, "chunks_received_homed_elsewhere": 0, "chunks_sent": 12,
 * "chunks_sent_homed_elsewhere": 0}}. Ask each node of the cluster for its own.
 */
public final class TrafficServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    FrameServlet.send(response, HttpServletResponse.SC_OK, ChunkTraffic.snapshot());
  }
}
