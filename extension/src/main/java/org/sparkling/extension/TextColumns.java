package org.sparkling.extension;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import water.Futures;
import water.fvec.Chunk;
import water.fvec.Frame;
import water.fvec.IntegerChunks;
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
  private final List<Map<String, StoredLevels>> levelsByChunk = new ArrayList<>();

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
      List<StoredLevels> levels = levelsByChunk.stream().map(chunk -> chunk.get(name)).toList();
      MergedLevels merged = LevelMerge.merge(levels, Categorical.MAX_CATEGORICAL_COUNT);
      Vec vec = frame.vec(position);
      Futures pending = new Futures();
      Vec finished;
      if (merged.fitsCategorical()) {
        renumber(vec, merged, pending);
        finished = PartialFrames.reheader(vec, merged.domain(), Vec.T_CAT, pending);
      } else {
        Log.warn("Column '" + name + "' of frame " + frameId + " has more distinct values than an H2O categorical holds ("
            + Categorical.MAX_CATEGORICAL_COUNT + "): it stays a string column");
        rewriteAsStrings(vec, levels, pending);
        finished = PartialFrames.reheader(vec, null, Vec.T_STR, pending);
      }
      pending.blockForPending();
      frame.replace(position, finished);
    }
  }

  /** Each chunk's local level numbers become global ones; chunks are independent, so they are renumbered side by side. */
  private void renumber(Vec vec, MergedLevels merged, Futures pending) {
    IntStream.range(0, levelsByChunk.size()).parallel().forEach(chunk -> {
      int[] renumbering = merged.renumbering(chunk);
      if (renumbering == null || isIdentity(renumbering)) {
        return; // no values here, or the local numbers are already the global ones
      }
      Chunk values = vec.chunkForChunkIdx(chunk);
      long[] global = new long[values._len];
      for (int row = 0; row < global.length; row++) {
        global[row] = values.isNA(row) ? Long.MIN_VALUE : renumbering[(int) values.at8(row)];
      }
      Futures stored = new Futures();
      IntegerChunks.store(vec._key, Vec.T_CAT, chunk, global, global.length, stored);
      stored.blockForPending();
    });
  }

  private void rewriteAsStrings(Vec vec, List<StoredLevels> levels, Futures pending) {
    BufferedString text = new BufferedString();
    for (int chunk = 0; chunk < levels.size(); chunk++) {
      StoredLevels local = levels.get(chunk);
      Chunk values = vec.chunkForChunkIdx(chunk);
      NewChunk out = PartialFrames.createChunk(vec._key, Vec.T_STR, chunk);
      for (int row = 0; row < values._len; row++) {
        if (values.isNA(row)) {
          out.addNA();
        } else {
          out.addStr(local.set(text, (int) values.at8(row)));
        }
      }
      out.close(pending);
    }
  }

  private static boolean isIdentity(int[] renumbering) {
    for (int level = 0; level < renumbering.length; level++) {
      if (renumbering[level] != level) {
        return false;
      }
    }
    return true;
  }
}
