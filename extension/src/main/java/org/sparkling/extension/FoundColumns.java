package org.sparkling.extension;

/**
 * Where the vectors of found columns live in a frame's vector group. Each chunk index owns a block of vector numbers
 * above {@link #FIRST_BLOCK}, so writers of different chunks never share a vector and need not coordinate; the
 * finished frame's columns take the numbers below it.
 */
final class FoundColumns {
  static final int FIRST_BLOCK = 1 << 30;
  /** Found columns one chunk may hold, whatever the number of chunks. */
  static final int SLOTS_PER_CHUNK_LIMIT = 1 << 20;

  private FoundColumns() {}

  static int blockSize(int chunkCount) {
    return Math.min(SLOTS_PER_CHUNK_LIMIT, FIRST_BLOCK / Math.max(1, chunkCount));
  }

  /** The vector number of found slot 0 of chunk {@code chunkIndex}. */
  static int firstVecIndex(int chunkIndex, int chunkCount) {
    return FIRST_BLOCK + chunkIndex * blockSize(chunkCount);
  }
}
