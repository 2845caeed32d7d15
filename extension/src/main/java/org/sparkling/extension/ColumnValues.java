package org.sparkling.extension;

import java.util.Arrays;
import water.Futures;
import water.Key;
import water.fvec.DoubleChunks;
import water.fvec.IntegerChunks;
import water.fvec.NewChunk;
import water.fvec.Vec;

/**
 * The values of one fixed column of a chunk while a task writes them: plain arrays, so appending costs a store, and the
 * chunk is built in one step at the end ({@link IntegerChunks}, {@link DoubleChunks}) instead of value by value. The
 * first value decides between whole numbers (levels and times included) and doubles; missing values before it wait as a
 * count. A Spark column is all of one kind, so mixing (see {@link #accepts}) does not happen in practice.
 */
final class ColumnValues {
  private final int expectedRows;
  private long[] longs;
  /** Doubles as the bytes of H2O's 8-byte double chunk, which they usually become as they are. */
  private byte[] doubles;
  private int size;

  /** Values for a chunk of about {@code expectedRows} rows: arrays of that size need no growing nor trimming. */
  ColumnValues(int expectedRows) {
    this.expectedRows = Math.max(16, expectedRows);
  }

  /** Whether the next value may be a long ({@code true}) or a double ({@code false}) without leaving these arrays. */
  boolean accepts(boolean whole) {
    return whole ? doubles == null : longs == null;
  }

  void addLong(long value) {
    if (longs == null) {
      longs = new long[Math.max(expectedRows, size * 2)];
      Arrays.fill(longs, 0, size, Long.MIN_VALUE);
    } else if (size == longs.length) {
      longs = Arrays.copyOf(longs, size * 2);
    }
    longs[size++] = value;
  }

  void addDouble(double value) {
    if (doubles == null) {
      doubles = new byte[Math.max(expectedRows, size * 2) * 8];
      for (int row = 0; row < size; row++) {
        DoubleChunks.put(doubles, row, Double.NaN);
      }
    } else if (size * 8 == doubles.length) {
      doubles = Arrays.copyOf(doubles, size * 16);
    }
    DoubleChunks.put(doubles, size++, value);
  }

  void addMissing() {
    if (longs != null) {
      addLong(Long.MIN_VALUE);
    } else if (doubles != null) {
      addDouble(Double.NaN);
    } else {
      size++;
    }
  }

  int size() {
    return size;
  }

  /** Moves the values into H2O's chunk builder, for a column that mixes longs and doubles. */
  void moveTo(NewChunk chunk, boolean categorical) {
    for (int row = 0; row < size; row++) {
      if (longs != null && longs[row] != Long.MIN_VALUE) {
        if (categorical) {
          chunk.addCategorical((int) longs[row]);
        } else {
          chunk.addNum(longs[row], 0);
        }
      } else if (doubles != null && !Double.isNaN(DoubleChunks.get(doubles, row))) {
        chunk.addNum(DoubleChunks.get(doubles, row));
      } else {
        chunk.addNA(); // addNum(NaN) would switch the builder to doubles and round the longs to come
      }
    }
  }

  /** Stores the values as chunk {@code chunkIndex} of {@code vecKey}. */
  void store(Key<Vec> vecKey, byte vecType, int chunkIndex, Futures pending) {
    if (doubles != null) {
      DoubleChunks.store(vecKey, vecType, chunkIndex, doubles, size, pending);
    } else {
      if (longs == null) {
        longs = new long[size];
        Arrays.fill(longs, Long.MIN_VALUE);
      }
      IntegerChunks.store(vecKey, vecType, chunkIndex, longs, size, pending);
    }
  }
}
