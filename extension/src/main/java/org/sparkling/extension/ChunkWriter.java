package org.sparkling.extension;

import water.fvec.NewChunk;
import water.fvec.PartialFrames;
import water.parser.BufferedString;

/**
 * Writes one chunk of a frame being built, in the JVM of an H2O node: no HTTP, no serialisation. A Spark task that holds a
 * partition opens one writer for the chunk with its partition's index, appends every row, then {@link #close()}s it.
 *
 * <p>Writing the same chunk index again (a retried task) replaces what the earlier attempt wrote.
 */
public final class ChunkWriter implements AutoCloseable {
  private final NewChunk[] chunks;
  private final BufferedString text = new BufferedString();
  private boolean closed;

  private ChunkWriter(NewChunk[] chunks) {
    this.chunks = chunks;
  }

  /** Opens chunk {@code chunkIndex} of the frame {@code frameId}, which must have been created and not yet finished. */
  public static ChunkWriter open(String frameId, ColumnType[] types, int chunkIndex) {
    byte[] vecTypes = new byte[types.length];
    for (int column = 0; column < types.length; column++) {
      vecTypes[column] = types[column].vecType();
    }
    return new ChunkWriter(PartialFrames.createChunks(frameId, vecTypes, chunkIndex));
  }

  public void addLong(int column, long value) {
    chunks[column].addNum(value, 0);
  }

  public void addDouble(int column, double value) {
    chunks[column].addNum(value);
  }

  /** A categorical value, as the index of its level in the domain given when the frame is finished. */
  public void addLevel(int column, int level) {
    chunks[column].addCategorical(level);
  }

  /** Milliseconds since 1970-01-01T00:00:00Z. */
  public void addTime(int column, long epochMillis) {
    chunks[column].addNum(epochMillis, 0);
  }

  /** A string as UTF-8 bytes; the bytes are copied. */
  public void addString(int column, byte[] utf8, int offset, int length) {
    chunks[column].addStr(text.set(utf8, offset, length));
  }

  public void addMissing(int column) {
    chunks[column].addNA();
  }

  /** Rows appended so far. */
  public int rows() {
    return chunks.length == 0 ? 0 : chunks[0]._len;
  }

  /** Compresses the chunk and stores it in H2O's key/value store. */
  @Override
  public void close() {
    if (!closed) {
      closed = true;
      PartialFrames.closeChunks(chunks);
    }
  }
}
