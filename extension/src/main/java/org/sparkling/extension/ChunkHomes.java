package org.sparkling.extension;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import water.Key;
import water.fvec.Frame;
import water.fvec.PartialFrames;
import water.fvec.Vec;

/**
 * {@code GET /3/sparkling/frames/{id}/homes?chunks={count}}: the REST address ({@code ip:port}) of the node that holds, or
 * will hold, each chunk of a frame, so that a Spark task sends its chunk straight there instead of through one node that
 * forwards it.
 *
 * <p>A chunk's home is the DKV home of its chunk key. In h2o-core 3.44 ({@code Key.D}) the home of a chunk key depends on
 * the chunk index and the cloud size only, never on the vector number, so every column of a frame has its chunk i on the
 * same node; the answer is computed for column 0.
 */
final class ChunkHomes {
  private ChunkHomes() {}

  static Map<String, Object> of(String frameId, int chunks) {
    List<String> homes = new ArrayList<>(chunks);
    Key<Vec> column = firstColumn(frameId);
    for (int chunk = 0; chunk < chunks; chunk++) {
      homes.add(restAddress(Vec.chunkKey(column, chunk)));
    }
    Map<String, Object> reply = new LinkedHashMap<>();
    reply.put("frame_id", frameId);
    reply.put("homes", homes);
    return reply;
  }

  /** Chunk {@code chunk} of column 0 of a frame being built: where a writer of that chunk index stores it. */
  static Key<?> chunkBeingBuilt(String frameId, int chunk) {
    return Vec.chunkKey(PartialFrames.vecKey(PartialFrames.groupMember(frameId), 0), chunk);
  }

  /**
   * The node's REST address as {@code /3/Cloud} names it: H2O's node key holds the internal port, and
   * {@code getIpPortString} gives the API port (internal port minus this node's {@code -port_offset}, which every node
   * of a cloud shares).
   */
  static String restAddress(Key<?> key) {
    return key.home_node().getIpPortString();
  }

  /** A frame being built writes into its own vector group; a finished one may hold any vectors (e.g. a parsed file). */
  private static Key<Vec> firstColumn(String frameId) {
    Frame frame = FrameServlet.anyFrame(frameId);
    if (FrameAssembly.isFinished(frame) && frame.numCols() > 0) {
      return frame.vec(0)._key;
    }
    return PartialFrames.vecKey(PartialFrames.groupMember(frameId), 0);
  }
}
