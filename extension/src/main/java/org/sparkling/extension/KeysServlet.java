package org.sparkling.extension;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import water.H2O;
import water.Key;
import water.TypeMap;
import water.Value;

/**
 * {@code GET /3/sparkling/keys}: how many keys this node's store holds, by kind, e.g.
 * {@code {"node": "10.0.0.5:54321", "frames": 2, "vecs": 9, "chunks": 40, "models": 1, "jobs": 3, "layouts": 4, "other": 8,
 * "total": 67}}. H2O's own REST API lists frames and models only; a leak of vecs or chunks left by a removed frame
 * shows here. Ask each node of the cluster for its own.
 */
public final class KeysServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
    FrameServlet.send(response, HttpServletResponse.SC_OK, countLocalKeys());
  }

  /** What a stored value is; H2O's bookkeeping values without a registered class count as {@code other}. */
  private static String kindOf(Value value) {
    if (value.type() == TypeMap.NULL || value.type() == TypeMap.PRIM_B) {
      return "other"; // raw bytes or a value being removed: no class to ask about
    }
    try {
      return value.isVec() ? "vec" : value.isFrame() ? "frame" : value.isModel() ? "model" : value.isJob() ? "job"
          : value.isVecGroup() || value.isESPCGroup() ? "layout" : "other";
    } catch (RuntimeException unknownType) {
      return "other"; // a type id this node cannot name (H2O's internal markers)
    }
  }

  static Map<String, Object> countLocalKeys() {
    long frames = 0;
    long vecs = 0;
    long chunks = 0;
    long models = 0;
    long jobs = 0;
    long layouts = 0;
    long other = 0;
    for (Key<?> key : H2O.localKeySet()) {
      Value value = H2O.STORE.get(key);
      if (value == null) {
        continue; // removed while counting
      }
      if (key.isChunkKey()) {
        chunks++;
      } else if (key.isVec()) {
        vecs++;
      } else {
        switch (kindOf(value)) {
          case "vec" -> vecs++;
          case "frame" -> frames++;
          case "model" -> models++;
          case "job" -> jobs++;
          case "layout" -> layouts++;
          default -> other++;
        }
      }
    }
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("node", H2O.SELF.getIpPortString());
    counts.put("frames", frames);
    counts.put("vecs", vecs);
    counts.put("chunks", chunks);
    counts.put("models", models);
    counts.put("jobs", jobs);
    counts.put("layouts", layouts);
    counts.put("other", other);
    counts.put("total", frames + vecs + chunks + models + jobs + layouts + other);
    return counts;
  }
}
