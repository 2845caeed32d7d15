package water.fvec;

import java.util.Arrays;
import water.DKV;
import water.Futures;
import water.Key;
import water.util.UnsafeUtils;

/**
 * Stores a chunk of doubles. Values H2O can compress (whole numbers, few distinct values, mostly zeros or missing) go
 * through {@link NewChunk} as usual; for the rest H2O would end with a plain 8-byte chunk anyway, after a per-value
 * distinct-count that boxes every value. Those are written as that chunk straight away: same result, a fraction of
 * the work.
 */
public final class DoubleChunks {
  private DoubleChunks() {}

  /**
   * Stores {@code rows} values (missing as {@code NaN}) as chunk {@code chunkIndex} of {@code vecKey}. The values come as
   * the bytes of an 8-byte double chunk ({@link #put}), so the plain chunk is these bytes, not a copy of them.
   */
  public static void store(Key<Vec> vecKey, byte vecType, int chunkIndex, byte[] values, int rows, Futures pending) {
    if (plainDoubles(values, rows)) {
      byte[] exact = values.length == rows * 8 ? values : Arrays.copyOf(values, rows * 8);
      DKV.put(Vec.chunkKey(vecKey, chunkIndex), new C8DChunk(exact), pending, true);
    } else {
      NewChunk chunk = new NewChunk(new AppendableVec(vecKey, vecType), chunkIndex);
      double[] doubles = chunk.alloc_doubles(rows);
      for (int row = 0; row < rows; row++) {
        doubles[row] = get(values, row);
      }
      chunk.set_len(rows);
      chunk.set_sparseLen(rows);
      chunk.close(pending);
    }
  }

  /** Writes value number {@code index} into {@code values}, laid out as an 8-byte double chunk lays them out. */
  public static void put(byte[] values, int index, double value) {
    UnsafeUtils.set8d(values, index << 3, value);
  }

  /** Value number {@code index} of {@code values}. */
  public static double get(byte[] values, int index) {
    return UnsafeUtils.get8d(values, index << 3);
  }

  /**
   * True when NewChunk's compression would find nothing to save: some value has a fraction, more values are distinct than
   * a unique-values chunk holds, and neither zeros nor missing values dominate (no sparse chunk).
   */
  static boolean plainDoubles(byte[] values, int rows) {
    boolean fraction = false;
    int zeros = 0;
    int missing = 0;
    DistinctValues distinct = new DistinctValues(CUDChunk.MAX_UNIQUES);
    for (int row = 0; row < rows; row++) {
      double value = get(values, row);
      if (value == 0) {
        zeros++;
      } else if (Double.isNaN(value)) {
        missing++;
      } else if (!fraction && (double) (long) value != value) {
        fraction = true;
      }
      distinct.add(value);
    }
    return fraction && distinct.moreThanLimit() && zeros <= rows / 2 && missing <= rows / 2;
  }

  /** Counts distinct values up to a limit, in a small open-addressing table of raw bits: no boxing. */
  static final class DistinctValues {
    private final long[] table;
    private final boolean[] used;
    private final int limit;
    private int count;

    DistinctValues(int limit) {
      this.limit = limit;
      int size = Integer.highestOneBit(limit * 4 - 1) << 1;
      this.table = new long[size];
      this.used = new boolean[size];
    }

    void add(double value) {
      if (count > limit) {
        return;
      }
      long bits = Double.doubleToLongBits(value);
      int mask = table.length - 1;
      int slot = Long.hashCode(bits * 0x9E3779B97F4A7C15L) & mask;
      while (used[slot]) {
        if (table[slot] == bits) {
          return;
        }
        slot = (slot + 1) & mask;
      }
      used[slot] = true;
      table[slot] = bits;
      count++;
    }

    boolean moreThanLimit() {
      return count > limit;
    }
  }
}
