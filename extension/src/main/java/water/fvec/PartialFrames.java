package water.fvec;

import water.DKV;
import water.Futures;
import water.Key;

/**
 * Opens h2o-core's package-private partial-frame API to the Sparkling extension: a frame whose chunks are written one by
 * one, possibly in parallel and on different nodes, and assembled into vectors at the end.
 */
public final class PartialFrames {
  private PartialFrames() {}

  /** Registers an empty, write-locked frame with one vector key per column. */
  public static Frame prepare(String frameId, String[] names) {
    Frame frame = new Frame(Key.make(frameId));
    frame.preparePartialFrame(names);
    return frame;
  }

  /** New chunks, one per column, for chunk {@code chunkIndex} of a prepared frame. */
  public static NewChunk[] createChunks(String frameId, byte[] vecTypes, int chunkIndex) {
    return Frame.createNewChunks(frameId, vecTypes, chunkIndex);
  }

  /** Compresses the chunks and stores them in the key/value store. */
  public static void closeChunks(NewChunk[] chunks) {
    Frame.closeNewChunks(chunks);
  }

  /** Builds the vectors from the stored chunks and unlocks the frame. */
  public static void finish(Frame frame, long[] rowsPerChunk, String[][] domains, byte[] vecTypes) {
    frame.finalizePartialFrame(rowsPerChunk, domains, vecTypes);
  }

  /** Removes the chunks written so far for a frame that will never be finished. */
  public static void discardChunks(Key<Vec>[] vecKeys, int chunkCount) {
    Futures pending = new Futures();
    for (Key<Vec> vecKey : vecKeys) {
      for (int chunk = 0; chunk < chunkCount; chunk++) {
        DKV.remove(Vec.chunkKey(vecKey, chunk), pending);
      }
    }
    pending.blockForPending();
  }
}
