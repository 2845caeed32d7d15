package org.sparkling.extension;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import water.Futures;
import water.fvec.Chunk;
import water.fvec.Frame;
import water.fvec.NewChunk;
import water.fvec.PartialFrames;
import water.fvec.Vec;
import water.parser.BufferedString;
import water.parser.Categorical;
import water.util.Log;

/**
 * Finishes the text columns of a frame. Writers stored each chunk's values as chunk-local levels; here the levels of all
 * chunks are merged into one sorted domain and each chunk's level numbers are renumbered into it. A column with more
 * levels than H2O allows in a categorical becomes a string column instead.
 */
final class TextColumns {
  private final String frameId;
  private final List<Map<String, List<String>>> levelsByChunk = new ArrayList<>();

  TextColumns(String frameId, int chunks) {
    this.frameId = frameId;
    for (int chunk = 0; chunk < chunks; chunk++) {
      levelsByChunk.add(ChunkLevels.load(frameId, chunk));
    }
  }

  /** Finishes the columns at {@code positions} of {@code frame}. */
  void finish(Frame frame, int[] positions) {
    for (int position : positions) {
      String name = frame.name(position);
      TreeSet<String> union = new TreeSet<>();
      levelsByChunk.forEach(chunk -> union.addAll(chunk.getOrDefault(name, List.of())));
      Vec vec = frame.vec(position);
      Futures pending = new Futures();
      Vec finished;
      if (union.size() > Categorical.MAX_CATEGORICAL_COUNT) {
        Log.warn("Column '" + name + "' of frame " + frameId + " has " + union.size() + " distinct values, more than an "
            + "H2O categorical holds (" + Categorical.MAX_CATEGORICAL_COUNT + "): it stays a string column");
        rewriteAsStrings(vec, name, pending);
        finished = PartialFrames.reheader(vec, null, Vec.T_STR, pending);
      } else {
        String[] domain = union.toArray(String[]::new);
        renumber(vec, name, domain, pending);
        finished = PartialFrames.reheader(vec, domain, Vec.T_CAT, pending);
      }
      pending.blockForPending();
      frame.replace(position, finished);
    }
  }

  private void renumber(Vec vec, String name, String[] domain, Futures pending) {
    Map<String, Integer> global = new HashMap<>();
    for (int level = 0; level < domain.length; level++) {
      global.put(domain[level], level);
    }
    for (int chunk = 0; chunk < levelsByChunk.size(); chunk++) {
      List<String> local = levelsByChunk.get(chunk).get(name);
      if (local == null || isPrefix(local, domain)) {
        continue; // no values here, or the local numbers are already the global ones
      }
      int[] renumbered = new int[local.size()];
      for (int level = 0; level < renumbered.length; level++) {
        renumbered[level] = global.get(local.get(level));
      }
      Chunk values = vec.chunkForChunkIdx(chunk);
      NewChunk out = PartialFrames.createChunk(vec._key, Vec.T_CAT, chunk);
      for (int row = 0; row < values._len; row++) {
        if (values.isNA(row)) {
          out.addNA();
        } else {
          out.addCategorical(renumbered[(int) values.at8(row)]);
        }
      }
      out.close(pending);
    }
  }

  private void rewriteAsStrings(Vec vec, String name, Futures pending) {
    for (int chunk = 0; chunk < levelsByChunk.size(); chunk++) {
      List<String> local = levelsByChunk.get(chunk).getOrDefault(name, List.of());
      Chunk values = vec.chunkForChunkIdx(chunk);
      NewChunk out = PartialFrames.createChunk(vec._key, Vec.T_STR, chunk);
      for (int row = 0; row < values._len; row++) {
        if (values.isNA(row)) {
          out.addNA();
        } else {
          out.addStr(new BufferedString(local.get((int) values.at8(row))));
        }
      }
      out.close(pending);
    }
  }

  private static boolean isPrefix(List<String> local, String[] domain) {
    if (local.size() > domain.length) {
      return false;
    }
    for (int level = 0; level < local.size(); level++) {
      if (!local.get(level).equals(domain[level])) {
        return false;
      }
    }
    return true;
  }
}
