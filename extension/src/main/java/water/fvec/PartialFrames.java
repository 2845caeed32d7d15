package water.fvec;

import water.DKV;
import water.Futures;
import water.Key;
import water.Value;
import water.util.UnsafeUtils;

/**
 * Opens h2o-core's package-private partial-frame API to the Sparkling extension: a frame whose chunks are written one by
 * one, possibly in parallel and on different nodes, and assembled into vectors at the end.
 */
public final class PartialFrames {
  private PartialFrames() {}

  /**
   * A vector key of the frame {@code frameId}'s own vector group, derived from the frame id: every node and every task
   * finds the same keys without asking anyone, and all the frame's columns share one group, as H2O requires of the
   * columns of a frame.
   */
  public static Key<Vec> groupMember(String frameId) {
    return Vec.newKey(Key.make(frameId + "_sparkling_vectors"));
  }

  /** A new chunk {@code chunkIndex} of the vector {@code vecKey}. */
  public static NewChunk createChunk(Key<Vec> vecKey, byte vecType, int chunkIndex) {
    return new NewChunk(new AppendableVec(vecKey, vecType), chunkIndex);
  }

  /** Compresses the chunks and stores them in the key/value store. */
  public static void closeChunks(NewChunk[] chunks) {
    Futures pending = new Futures();
    for (NewChunk chunk : chunks) {
      chunk.close(pending);
    }
    pending.blockForPending();
  }

  /**
   * The key of vector number {@code index} in the vector group of {@code member}. Vector keys carry their number in bytes
   * 2 to 5 (see {@code Vec.newKey}), so every node derives the same key without asking anyone.
   */
  public static Key<Vec> vecKey(Key<Vec> member, int index) {
    byte[] bits = member._kb.clone();
    UnsafeUtils.set4(bits, 2, index);
    return Key.make(bits);
  }

  public static boolean chunkExists(Key<Vec> vecKey, int chunkIndex) {
    return DKV.get(Vec.chunkKey(vecKey, chunkIndex)) != null;
  }

  /** Moves a stored chunk to another vector without copying its data; false if there was none. */
  public static boolean moveChunk(Key<Vec> from, Key<Vec> to, int chunkIndex, Futures pending) {
    Key<?> source = Vec.chunkKey(from, chunkIndex);
    Value value = DKV.get(source);
    if (value == null) {
      return false;
    }
    DKV.put(Vec.chunkKey(to, chunkIndex), (Chunk) value.get(), pending);
    DKV.remove(source, pending);
    return true;
  }

  /** Stores chunk {@code chunkIndex} of {@code vecKey} holding {@code rows} missing values. */
  public static void writeMissingChunk(Key<Vec> vecKey, byte vecType, int chunkIndex, long rows, Futures pending) {
    NewChunk chunk = createChunk(vecKey, vecType, chunkIndex);
    chunk.addNAs((int) rows);
    chunk.close(pending);
  }

  /** Removes chunk {@code chunkIndex} of {@code vecKey}, if stored, and returns its key. */
  public static Key<?> removeChunk(Key<Vec> vecKey, int chunkIndex, Futures pending) {
    Key<?> chunk = Vec.chunkKey(vecKey, chunkIndex);
    DKV.remove(chunk, pending);
    return chunk;
  }

  /** The key of chunk {@code chunkIndex} of {@code vecKey}. */
  public static Key<?> chunkKey(Key<Vec> vecKey, int chunkIndex) {
    return Vec.chunkKey(vecKey, chunkIndex);
  }

  /** A vector header over chunks already stored, with {@code espc[i]} the first row of chunk i and a final total. */
  public static Vec vec(Key<Vec> key, long[] espc, String[] domain, byte vecType) {
    return new Vec(key, Vec.ESPC.rowLayout(key, espc), domain, vecType);
  }

  /** Replaces a vector's header, e.g. to give it a domain or another type, keeping its chunks. */
  public static Vec reheader(Vec vec, String[] domain, byte vecType, Futures pending) {
    Vec header = new Vec(vec._key, vec._rowLayout, domain, vecType);
    DKV.put(vec._key, header, pending);
    return header;
  }
}
