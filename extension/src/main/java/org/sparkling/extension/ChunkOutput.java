package org.sparkling.extension;

/**
 * Where the rows of one chunk go, column by column: straight into the H2O node of this JVM ({@link ChunkWriter}), or
 * into a buffer sent to a node over REST ({@link ChunkEncoding}). Nothing here needs h2o-core, so executors without an
 * H2O node can write chunks too.
 *
 * <p>Columns are numbered: the fixed columns named when the frame was created first, then the found columns in the order
 * {@link #addFoundColumn} adds them. Rows a found column skips are missing there.
 */
public interface ChunkOutput extends AutoCloseable {
  /** Adds a column found in the data and returns its number. */
  int addFoundColumn(String name, ColumnType type);

  void addLong(int column, long value);

  void addDouble(int column, double value);

  /** A categorical value, as the index of its level in the domain given when the frame is finished. */
  void addLevel(int column, int level);

  /** Milliseconds since 1970-01-01T00:00:00Z. */
  void addTime(int column, long epochMillis);

  /** A string as UTF-8 bytes; the bytes are copied. */
  void addString(int column, byte[] utf8, int offset, int length);

  void addMissing(int column);

  /** Zeros in a found column from its last value up to {@code row}, exclusive. */
  void fillZeros(int column, int row);

  /** Missing values in a found column from its last value up to {@code row}, exclusive. */
  void fillMissing(int column, int row);

  /** How many values a column holds so far. */
  int valuesIn(int column);

  /** Ends the current row. */
  void endRow();

  /** Rows ended so far. */
  int rows();

  /** Stores the chunk. */
  @Override
  void close();
}
