package org.sparkling.extension;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import water.H2O;

/**
 * {@code GET /3/sparkling/keys}: how many keys this node's store holds, by kind, e.g.
 * {@code {"node": "10.0.0.5:54321", "nodes": 1, "frames": 2, "vecs": 9, "chunks": 40, "models": 1, "jobs": 3,
 * "layouts": 4, "other": 8, "total": 67}}. H2O's own REST API lists frames and models only; a leak of vecs or chunks
 * left by a removed frame shows here. With {@code ?cluster=true} the counts are summed over every node of the cluster
 * ({@code nodes} says how many), in one round over the cluster; a key cached on several nodes counts on each.
 */
public final class KeysServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    boolean wholeCluster = Boolean.parseBoolean(request.getParameter("cluster"));
    Map<String, Object> reply;
    if (wholeCluster) {
      ClusterKeyCount count = new ClusterKeyCount().doAllNodes();
      reply = reply(count.nodes, count.counts);
    } else {
      reply = reply(1, KeyKind.countLocal());
    }
    FrameServlet.send(response, HttpServletResponse.SC_OK, reply);
  }

  private static Map<String, Object> reply(int nodes, long[] counts) {
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("node", H2O.SELF.getIpPortString());
    reply.put("nodes", nodes);
    long total = 0;
    for (KeyKind kind : KeyKind.values()) {
      reply.put(kind.wireName(), counts[kind.ordinal()]);
      total += counts[kind.ordinal()];
    }
    reply.put("total", total);
    return reply;
  }
}
