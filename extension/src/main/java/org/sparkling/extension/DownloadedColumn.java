package org.sparkling.extension;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * One column of the batch a {@link DownloadDecoder} holds, as it came from the node: doubles, whole numbers (longs, levels,
 * times) or strings. Numbers read as either longs or doubles, whichever way they travelled.
 */
final class DownloadedColumn {
  private final byte kind;
  private double[] doubles = new double[0];
  private long[] longs = new long[0];
  private boolean[] missing = new boolean[0];
  private final IntegerBlock integers = new IntegerBlock();
  private byte[] bytes = new byte[0];
  private int[] starts = new int[0];
  private int[] lengths = new int[0];

  DownloadedColumn(byte kind) {
    this.kind = kind;
    if (kind != ChunkEncoding.DOUBLE && !isWholeNumbers() && kind != ChunkEncoding.STRING) {
      throw new IllegalArgumentException("Unknown column kind " + kind + " in a chunk stream");
    }
  }

  /** Reads this column's block of a batch of {@code count} rows. */
  void read(DataInputStream in, int count) throws IOException {
    if (kind == ChunkEncoding.DOUBLE) {
      doubles = grow(doubles, count);
      bytes = grow(bytes, count * Double.BYTES);
      in.readFully(bytes, 0, count * Double.BYTES);
      ByteBuffer.wrap(bytes).asDoubleBuffer().get(doubles, 0, count);
    } else if (isWholeNumbers()) {
      longs = grow(longs, count);
      missing = grow(missing, count);
      integers.read(in, count, longs, missing);
    } else {
      readStrings(in, count);
    }
  }

  boolean isMissing(int row) {
    if (kind == ChunkEncoding.DOUBLE) {
      return Double.isNaN(doubles[row]);
    }
    return isWholeNumbers() ? missing[row] : lengths[row] < 0;
  }

  long longAt(int row) {
    return kind == ChunkEncoding.DOUBLE ? (long) doubles[row] : wholeNumbers()[row];
  }

  double doubleAt(int row) {
    if (kind == ChunkEncoding.DOUBLE) {
      return doubles[row];
    }
    return missing[row] ? Double.NaN : wholeNumbers()[row];
  }

  void doubles(int from, int to, double[] into) {
    if (kind == ChunkEncoding.DOUBLE) {
      System.arraycopy(doubles, from, into, 0, to - from);
    } else {
      for (int row = from; row < to; row++) {
        into[row - from] = doubleAt(row);
      }
    }
  }

  byte[] utf8At(int row) {
    if (kind != ChunkEncoding.STRING) {
      throw new IllegalStateException("A column of numbers or levels has no text; read categoricals as levels");
    }
    return Arrays.copyOfRange(bytes, starts[row], starts[row] + lengths[row]);
  }

  private boolean isWholeNumbers() {
    return kind == ChunkEncoding.LONG || kind == ChunkEncoding.LEVEL || kind == ChunkEncoding.TIME;
  }

  private long[] wholeNumbers() {
    if (!isWholeNumbers()) {
      throw new IllegalStateException("A column of strings has no numbers");
    }
    return longs;
  }

  private void readStrings(DataInputStream in, int count) throws IOException {
    starts = grow(starts, count);
    lengths = grow(lengths, count);
    int end = 0;
    for (int row = 0; row < count; row++) {
      int length = in.readInt();
      if (length < -1) {
        throw new IOException("Invalid string length " + length + " in a chunk stream");
      }
      starts[row] = end;
      lengths[row] = length;
      if (length > 0) {
        if (bytes.length - end < length) {
          bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, end + length));
        }
        in.readFully(bytes, end, length);
        end += length;
      }
    }
  }

  private static double[] grow(double[] array, int size) {
    return array.length < size ? new double[size] : array;
  }

  private static long[] grow(long[] array, int size) {
    return array.length < size ? new long[size] : array;
  }

  private static boolean[] grow(boolean[] array, int size) {
    return array.length < size ? new boolean[size] : array;
  }

  private static int[] grow(int[] array, int size) {
    return array.length < size ? new int[size] : array;
  }

  private static byte[] grow(byte[] array, int size) {
    return array.length < size ? new byte[size] : array;
  }
}
