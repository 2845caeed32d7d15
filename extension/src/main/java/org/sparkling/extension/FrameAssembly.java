package org.sparkling.extension;

import java.util.HashSet;
import java.util.Set;
import water.DKV;
import water.Futures;
import water.Key;
import water.Value;
import water.fvec.Frame;
import water.fvec.PartialFrames;
import water.fvec.Vec;
import water.util.Log;
import water.util.VecUtils;

/** The node side of building a frame from Spark partitions: create, finish, or discard it. */
final class FrameAssembly {
  private final String frameId;

  FrameAssembly(String frameId) {
    if (frameId == null || frameId.isBlank()) {
      throw new IllegalArgumentException("A frame id must not be blank");
    }
    this.frameId = frameId;
  }

  /** Creates an empty frame to be filled chunk by chunk, replacing a frame of the same id. */
  void create(String[] names) {
    if (names.length == 0) {
      throw new IllegalArgumentException("Frame '" + frameId + "' needs at least one column");
    }
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw new IllegalArgumentException(
            "Column name '" + name + "' appears twice; H2O frames need unique column names. Rename one of them.");
      }
    }
    discard(0);
    PartialFrames.prepare(frameId, names);
  }

  /** Assembles the written chunks into vectors and turns the given string columns into categoricals. */
  Frame finish(long[] rowsPerChunk, String[] typeNames, String[][] domains, int[] toCategorical) {
    Frame frame = partial();
    if (typeNames.length != frame.numCols() || (domains != null && domains.length != frame.numCols())) {
      throw new IllegalArgumentException(
          "Frame '" + frameId + "' has " + frame.numCols() + " columns but " + typeNames.length + " types were given");
    }
    byte[] vecTypes = new byte[typeNames.length];
    for (int column = 0; column < vecTypes.length; column++) {
      vecTypes[column] = ColumnType.fromWireName(typeNames[column]).vecType();
    }
    writeMissingEmptyChunks(frame, rowsPerChunk, vecTypes);
    PartialFrames.finish(frame, rowsPerChunk, domains, vecTypes);
    for (int column : toCategorical) {
      toCategorical(frame, column);
    }
    DKV.put(frame);
    return frame;
  }

  /** Removes the frame, finished or not; {@code writtenChunks} bounds the chunks an unfinished one may have left. */
  void discard(int writtenChunks) {
    Value value = DKV.get(Key.make(frameId));
    if (value == null) {
      return;
    }
    if (!value.isFrame()) {
      throw new IllegalArgumentException(
          "Key '" + frameId + "' holds a " + value.className() + ", not a frame; choose another frame name");
    }
    Frame frame = value.get();
    if (frame._lockers != null) { // null once a finished frame was unlocked, and on every node but the locking one
      frame.unlock_all();
    }
    if (isFinished(frame)) {
      frame.delete();
    } else {
      PartialFrames.discardChunks(frame.keys(), writtenChunks);
      Futures pending = new Futures();
      for (Key<Vec> vecKey : frame.keys()) {
        DKV.remove(vecKey, pending);
      }
      DKV.remove(frame._key, pending);
      pending.blockForPending();
    }
  }

  private Frame partial() {
    Value value = DKV.get(Key.make(frameId));
    if (value == null || !value.isFrame()) {
      throw new FrameServlet.NotFound(
          "Frame '" + frameId + "' is not being built; create it with POST /3/sparkling/frames/" + frameId);
    }
    Frame frame = value.get();
    if (isFinished(frame)) {
      throw new IllegalArgumentException("Frame '" + frameId + "' is already finished");
    }
    return frame;
  }

  /**
   * Every chunk index needs a chunk, also where a writer had no rows and stored nothing; a chunk that should hold rows
   * but is missing means a writer never ran, and finishing would make a corrupt frame.
   */
  private void writeMissingEmptyChunks(Frame frame, long[] rowsPerChunk, byte[] vecTypes) {
    Key<Vec> firstColumn = frame.keys()[0];
    for (int chunk = 0; chunk < rowsPerChunk.length; chunk++) {
      if (DKV.get(Vec.chunkKey(firstColumn, chunk)) != null) {
        continue;
      }
      if (rowsPerChunk[chunk] != 0) {
        throw new IllegalArgumentException(
            "Chunk " + chunk + " of frame '" + frameId + "' should hold " + rowsPerChunk[chunk]
                + " rows but was never written");
      }
      PartialFrames.closeChunks(PartialFrames.createChunks(frameId, vecTypes, chunk));
    }
  }

  static boolean isFinished(Frame frame) {
    Key<Vec>[] keys = frame.keys();
    return keys.length > 0 && DKV.get(keys[0]) != null;
  }

  private static void toCategorical(Frame frame, int column) {
    Vec strings = frame.vec(column);
    try {
      Vec categorical = VecUtils.stringToCategorical(strings);
      frame.replace(column, categorical).remove();
    } catch (RuntimeException | OutOfMemoryError tooManyLevels) {
      Log.warn(
          "Column '" + frame.name(column) + "' of frame " + frame._key + " stays a string column: " + tooManyLevels);
    }
  }
}
