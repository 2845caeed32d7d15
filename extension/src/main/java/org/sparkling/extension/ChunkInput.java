package org.sparkling.extension;

/**
 * Where the values of one chunk come from, column by column: the H2O node of this JVM ({@link ChunkReader}), or a stream
 * downloaded from a node over REST ({@link DownloadDecoder}). Nothing here needs h2o-core, so executors without an H2O node
 * can read chunks too.
 *
 * <p>Columns are the frame's column numbers. Rows are read forward, in runs: {@link #load} makes a run of rows readable,
 * and the rows before it may be gone once the next run is loaded.
 */
public interface ChunkInput extends AutoCloseable {
  /** The rows of the chunk. */
  int rows();

  /**
   * Makes rows from {@code from} on readable, in every column, and returns how many (at least one while {@code from} is
   * below {@link #rows()}, at most {@code maxRows}). Runs are loaded in order: {@code from} is where the last run ended.
   * By default every row is readable at once.
   */
  default int load(int from, int maxRows) {
    return Math.min(maxRows, rows() - from);
  }

  boolean isMissing(int column, int row);

  /** A numeric or time value (milliseconds since 1970-01-01T00:00:00Z) as a long. */
  long longAt(int column, int row);

  double doubleAt(int column, int row);

  /**
   * Values {@code from} (inclusive) to {@code to} (exclusive) of a numeric column as doubles into {@code into}, missing
   * values as {@code NaN}; one call instead of one per value.
   */
  void doubles(int column, int from, int to, double[] into);

  /** The level index of a categorical value in its column's domain. */
  int levelAt(int column, int row);

  /** The text of a string or UUID value as UTF-8 bytes (categorical values are read as levels). */
  byte[] utf8At(int column, int row);

  /** Releases what reading held (a connection to the node). */
  @Override
  void close();
}
