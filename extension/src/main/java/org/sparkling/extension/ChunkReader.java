package org.sparkling.extension;

import java.nio.charset.StandardCharsets;
import water.DKV;
import water.Key;
import water.fvec.Chunk;
import water.fvec.Frame;
import water.fvec.Vec;
import water.parser.BufferedString;

/**
 * Reads one chunk of a frame in the JVM of an H2O node. Columns are fetched when first read, so a reader that needs two of a
 * hundred columns touches two chunks. Every row is readable at once.
 */
public final class ChunkReader implements ChunkInput {
  private final Vec[] vecs;
  private final Chunk[] chunks;
  private final int chunkIndex;
  private final int rows;
  private final BufferedString text = new BufferedString();

  private ChunkReader(Vec[] vecs, int chunkIndex) {
    this.vecs = vecs;
    this.chunks = new Chunk[vecs.length];
    this.chunkIndex = chunkIndex;
    this.rows = vecs.length == 0 ? 0 : chunk(0)._len;
  }

  /** Opens chunk {@code chunkIndex} of {@code frameId}; fails with a clear message when the frame is gone. */
  public static ChunkReader open(String frameId, int chunkIndex) {
    Frame frame = DKV.getGet(Key.<Frame>make(frameId));
    if (frame == null) {
      throw new IllegalStateException(
          "H2O frame '" + frameId + "' no longer exists on the H2O cluster; it was removed or the cluster restarted. "
              + "Convert the DataFrame again with hc.asH2OFrame(...).");
    }
    return of(frame, chunkIndex);
  }

  /** Chunk {@code chunkIndex} of a frame at hand. */
  static ChunkReader of(Frame frame, int chunkIndex) {
    return new ChunkReader(frame.vecs(), chunkIndex);
  }

  @Override
  public int rows() {
    return rows;
  }

  @Override
  public boolean isMissing(int column, int row) {
    return chunk(column).isNA(row);
  }

  @Override
  public long longAt(int column, int row) {
    return chunk(column).at8(row);
  }

  @Override
  public double doubleAt(int column, int row) {
    return chunk(column).atd(row);
  }

  @Override
  public void doubles(int column, int from, int to, double[] into) {
    chunk(column).getDoubles(into, from, to);
  }

  @Override
  public int levelAt(int column, int row) {
    return (int) chunk(column).at8(row);
  }

  @Override
  public byte[] utf8At(int column, int row) {
    Vec vec = vecs[column];
    Chunk chunk = chunk(column);
    if (vec.isCategorical()) {
      return vec.domain()[(int) chunk.at8(row)].getBytes(StandardCharsets.UTF_8);
    }
    if (vec.isUUID()) {
      return new java.util.UUID(chunk.at16h(row), chunk.at16l(row)).toString().getBytes(StandardCharsets.UTF_8);
    }
    BufferedString value = chunk.atStr(text, row);
    byte[] utf8 = new byte[value.length()];
    System.arraycopy(value.getBuffer(), value.getOffset(), utf8, 0, utf8.length);
    return utf8;
  }

  /** Nothing to release: the chunks belong to the node. */
  @Override
  public void close() {}

  private Chunk chunk(int column) {
    Chunk chunk = chunks[column];
    if (chunk == null) {
      chunk = chunks[column] = vecs[column].chunkForChunkIdx(chunkIndex);
    }
    return chunk;
  }
}
