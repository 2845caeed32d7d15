package water.fvec;

import water.DKV;
import water.Futures;
import water.Key;
import water.util.UnsafeUtils;

/**
 * Stores a chunk of whole numbers (missing as {@link Long#MIN_VALUE}). Where H2O's {@link NewChunk} would end with a plain
 * 1-, 2-, 4- or 8-byte chunk anyway, that chunk is written straight from the array; numbers H2O packs tighter (constants,
 * 0/1 flags, mostly zeros, a narrow range far from zero, common powers of ten such as times in whole seconds) still go
 * through NewChunk, so no frame takes more memory than H2O would give it.
 */
public final class IntegerChunks {
  private static final long MISSING = Long.MIN_VALUE;

  private IntegerChunks() {}

  /** Stores {@code rows} values as chunk {@code chunkIndex} of {@code vecKey}. */
  public static void store(Key<Vec> vecKey, byte vecType, int chunkIndex, long[] values, int rows, Futures pending) {
    Chunk plain = plain(values, rows);
    if (plain != null) {
      DKV.put(Vec.chunkKey(vecKey, chunkIndex), plain, pending, true);
      return;
    }
    NewChunk chunk = new NewChunk(new AppendableVec(vecKey, vecType), chunkIndex);
    for (int row = 0; row < rows; row++) {
      if (values[row] == MISSING) {
        chunk.addNA();
      } else if (vecType == Vec.T_CAT) {
        chunk.addCategorical((int) values[row]);
      } else {
        chunk.addNum(values[row], 0);
      }
    }
    chunk.close(pending);
  }

  /** The plain chunk H2O would pick for these values, or null when it would pick a tighter one. */
  static Chunk plain(long[] values, int rows) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    int zeros = 0;
    int missing = 0;
    boolean allTens = true;
    for (int row = 0; row < rows; row++) {
      long value = values[row];
      if (value == MISSING) {
        missing++;
        continue;
      }
      min = Math.min(min, value);
      max = Math.max(max, value);
      if (value == 0) {
        zeros++;
      } else if (allTens && value % 10 != 0) {
        allTens = false;
      }
    }
    if (min > max || min == max || (min >= 0 && max <= 1) || zeros > rows / 2 || missing > rows / 2 || allTens) {
      return null; // only missing values, a constant, a flag, mostly zeros or missing, decimal scaling: H2O's own chunks
    }
    if (min >= 0 && max <= 255 && missing == 0) {
      return bytes(values, rows, true);
    }
    if (min >= 0 && max < 255) {
      return bytes(values, rows, false);
    }
    long span = max - min;
    if (min > Short.MIN_VALUE && max <= Short.MAX_VALUE) {
      return span < 255 ? null : shorts(values, rows); // a narrow range fits a biased byte chunk
    }
    if (min > Integer.MIN_VALUE && max <= Integer.MAX_VALUE) {
      return span >= 0 && span < 65535 ? null : ints(values, rows);
    }
    return span >= 0 && span <= Integer.MAX_VALUE ? null : longs(values, rows);
  }

  /** One byte a value: without missing values all 256 (C1NChunk), else 255 and a missing marker (C1Chunk). */
  private static Chunk bytes(long[] values, int rows, boolean noneMissing) {
    byte[] out = new byte[rows];
    for (int row = 0; row < rows; row++) {
      out[row] = (byte) (values[row] == MISSING ? C1Chunk._NA : values[row]);
    }
    return noneMissing ? new C1NChunk(out) : new C1Chunk(out);
  }

  private static Chunk shorts(long[] values, int rows) {
    byte[] out = new byte[rows * 2];
    for (int row = 0; row < rows; row++) {
      UnsafeUtils.set2(out, row * 2, (short) (values[row] == MISSING ? C2Chunk._NA : values[row]));
    }
    return new C2Chunk(out);
  }

  private static Chunk ints(long[] values, int rows) {
    byte[] out = new byte[rows * 4];
    for (int row = 0; row < rows; row++) {
      UnsafeUtils.set4(out, row * 4, (int) (values[row] == MISSING ? C4Chunk._NA : values[row]));
    }
    return new C4Chunk(out);
  }

  private static Chunk longs(long[] values, int rows) {
    byte[] out = new byte[rows * 8];
    for (int row = 0; row < rows; row++) {
      UnsafeUtils.set8(out, row * 8, values[row]); // Long.MIN_VALUE is C8Chunk's missing value too
    }
    return new C8Chunk(out);
  }
}
