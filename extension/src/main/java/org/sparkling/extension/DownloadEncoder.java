package org.sparkling.extension;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * Writes columns of one chunk as a download stream ({@link ChunkEncoding}), a batch of rows at a time: memory is bounded by
 * one batch, whatever the size of the chunk.
 */
final class DownloadEncoder {
  /** Rows per batch: as many as a Spark reader puts in one batch of column vectors. */
  static final int BATCH_ROWS = 32 * 1024;

  private final ChunkInput chunk;
  private final int[] columns;
  private final byte[] kinds;
  private final IntegerBlock[] integers;
  private final double[] doubles;
  private final long[] longs;
  private final boolean[] missing;
  private final byte[] bytes;

  private DownloadEncoder(ChunkInput chunk, int[] columns, byte[] kinds) {
    this.chunk = chunk;
    this.columns = columns;
    this.kinds = kinds;
    this.integers = new IntegerBlock[columns.length];
    for (int i = 0; i < columns.length; i++) {
      integers[i] = new IntegerBlock();
    }
    int batch = Math.max(1, Math.min(BATCH_ROWS, chunk.rows()));
    this.doubles = new double[batch];
    this.longs = new long[batch];
    this.missing = new boolean[batch];
    this.bytes = new byte[batch * Double.BYTES];
  }

  /**
   * Writes {@code columns} (frame column numbers) of {@code chunk} to {@code stream}, each as its kind says ({@link
   * ChunkEncoding#DOUBLE}, {@link ChunkEncoding#LONG}, {@link ChunkEncoding#LEVEL}, {@link ChunkEncoding#TIME} or {@link
   * ChunkEncoding#STRING}).
   */
  static void write(ChunkInput chunk, int[] columns, byte[] kinds, OutputStream stream) throws IOException {
    new DownloadEncoder(chunk, columns, kinds).writeTo(new DataOutputStream(new BufferedOutputStream(stream, 1 << 16)));
  }

  private void writeTo(DataOutputStream out) throws IOException {
    out.writeInt(ChunkEncoding.DOWNLOAD_MAGIC);
    out.writeInt(chunk.rows());
    out.writeInt(columns.length);
    for (int i = 0; i < columns.length; i++) {
      out.writeInt(columns[i]);
      out.writeByte(kinds[i]);
    }
    for (int from = 0; from < chunk.rows(); ) {
      int count = chunk.load(from, BATCH_ROWS);
      out.writeInt(count);
      for (int i = 0; i < columns.length; i++) {
        writeBlock(out, i, from, count);
      }
      from += count;
    }
    out.writeInt(0);
    out.flush();
  }

  private void writeBlock(DataOutputStream out, int i, int from, int count) throws IOException {
    int column = columns[i];
    switch (kinds[i]) {
      case ChunkEncoding.DOUBLE -> {
        chunk.doubles(column, from, from + count, doubles);
        ByteBuffer.wrap(bytes).asDoubleBuffer().put(doubles, 0, count);
        out.write(bytes, 0, count * Double.BYTES);
      }
      case ChunkEncoding.LONG, ChunkEncoding.TIME, ChunkEncoding.LEVEL -> {
        boolean levels = kinds[i] == ChunkEncoding.LEVEL;
        for (int row = 0; row < count; row++) {
          missing[row] = chunk.isMissing(column, from + row);
          longs[row] = missing[row] ? 0 : levels ? chunk.levelAt(column, from + row) : chunk.longAt(column, from + row);
        }
        integers[i].write(out, longs, missing, count);
      }
      case ChunkEncoding.STRING -> {
        for (int row = from; row < from + count; row++) {
          if (chunk.isMissing(column, row)) {
            out.writeInt(-1);
          } else {
            byte[] utf8 = chunk.utf8At(column, row);
            out.writeInt(utf8.length);
            out.write(utf8);
          }
        }
      }
      default -> throw new IllegalArgumentException("Unknown column kind " + kinds[i] + " for column " + column);
    }
  }
}
