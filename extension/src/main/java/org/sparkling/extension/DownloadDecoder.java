package org.sparkling.extension;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Reads a chunk downloaded from an H2O node ({@link ChunkEncoding}), one batch of rows at a time, as {@link #load} asks:
 * memory is bounded by one batch of the columns asked for. Closing it closes the stream.
 */
public final class DownloadDecoder implements ChunkInput {
  private final String source;
  private final Counted counted;
  private final DataInputStream in;
  private final int rows;
  private final int[] positions;
  private final DownloadedColumn[] columns;
  private int batchStart;
  private int batchEnd;

  private DownloadDecoder(InputStream stream, String source) throws IOException {
    this.source = source;
    this.counted = new Counted(stream);
    this.in = new DataInputStream(new BufferedInputStream(counted, 1 << 16));
    if (in.readInt() != ChunkEncoding.DOWNLOAD_MAGIC) {
      throw new IOException("not a Sparkling chunk download (bad magic number)");
    }
    rows = in.readInt();
    columns = new DownloadedColumn[in.readInt()];
    int[] numbers = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      numbers[i] = in.readInt();
      columns[i] = new DownloadedColumn(in.readByte());
    }
    positions = new int[Arrays.stream(numbers).max().orElse(-1) + 1];
    Arrays.fill(positions, -1);
    for (int i = 0; i < numbers.length; i++) {
      positions[numbers[i]] = i;
    }
    if (rows == 0) {
      readEnd();
    }
  }

  /**
   * Reads the header of a downloaded chunk; {@code source} says which chunk from where, for error messages (e.g. {@code
   * chunk 3 of frame 'f' from http://10.0.0.7:54321}).
   */
  public static DownloadDecoder open(InputStream stream, String source) {
    try {
      return new DownloadDecoder(stream, source);
    } catch (IOException | RuntimeException e) {
      closeQuietly(stream, e);
      throw failure(source, e);
    }
  }

  @Override
  public int rows() {
    return rows;
  }

  @Override
  public int load(int from, int maxRows) {
    if (from < batchStart || from > batchEnd) {
      throw new IllegalStateException(
          "Rows of a downloaded chunk are read forward: row " + from + " asked, rows " + batchStart + " to " + batchEnd
              + " loaded");
    }
    if (from == batchEnd && from < rows) {
      readBatch();
    }
    return Math.min(maxRows, batchEnd - from);
  }

  @Override
  public boolean isMissing(int column, int row) {
    return column(column).isMissing(loaded(row));
  }

  @Override
  public long longAt(int column, int row) {
    return column(column).longAt(loaded(row));
  }

  @Override
  public double doubleAt(int column, int row) {
    return column(column).doubleAt(loaded(row));
  }

  @Override
  public void doubles(int column, int from, int to, double[] into) {
    if (to > from) {
      loaded(to - 1);
      column(column).doubles(loaded(from), to - batchStart, into);
    }
  }

  @Override
  public int levelAt(int column, int row) {
    return (int) column(column).longAt(loaded(row));
  }

  @Override
  public byte[] utf8At(int column, int row) {
    return column(column).utf8At(loaded(row));
  }

  /** Bytes read from the stream so far. */
  public long bytesRead() {
    return counted.count;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      throw failure(source, e);
    }
  }

  private void readBatch() {
    try {
      int count = in.readInt();
      if (count <= 0 || count > rows - batchEnd) {
        throw new IOException("batch of " + count + " rows after " + batchEnd + " of " + rows + " rows");
      }
      for (DownloadedColumn column : columns) {
        column.read(in, count);
      }
      batchStart = batchEnd;
      batchEnd += count;
      if (batchEnd == rows) {
        readEnd();
      }
    } catch (IOException | RuntimeException e) {
      throw failure(source, e);
    }
  }

  private void readEnd() throws IOException {
    if (in.readInt() != 0) {
      throw new IOException("no end after the last of " + rows + " rows");
    }
  }

  private DownloadedColumn column(int column) {
    int position = column < positions.length ? positions[column] : -1;
    if (position < 0) {
      throw new IllegalArgumentException("Column " + column + " was not downloaded with " + source);
    }
    return columns[position];
  }

  private int loaded(int row) {
    if (row < batchStart || row >= batchEnd) {
      throw new IllegalStateException(
          "Row " + row + " of a downloaded chunk is not loaded (rows " + batchStart + " to " + batchEnd + " are)");
    }
    return row - batchStart;
  }

  private static RuntimeException failure(String source, Exception e) {
    String why = e instanceof EOFException ? "the stream ended early (the node failed or the connection broke)" : e.getMessage();
    return new UncheckedIOException(
        "Cannot read " + source + ": " + why, e instanceof IOException io ? io : new IOException(e.getMessage(), e));
  }

  private static void closeQuietly(InputStream stream, Exception failure) {
    try {
      stream.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  /** Counts the bytes that pass. */
  private static final class Counted extends FilterInputStream {
    long count;

    Counted(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int value = super.read();
      count += value < 0 ? 0 : 1;
      return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      count += Math.max(read, 0);
      return read;
    }
  }
}
