package org.sparkling.extension;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A batch of whole numbers (longs, levels or times) in a download stream ({@link ChunkEncoding}), in as few bytes as their
 * spread allows:
 *
 * <pre>
 * byte width (0: every value is missing, nothing follows) | byte 1 if a bitmap of missing values follows, else 0
 * | [bitmap: bit i % 8 of byte i / 8 set where value i is missing] | long base | per value: value - base, unsigned
 * </pre>
 *
 * The width is 1, 2, 4 or 8 bytes, the fewest that hold the largest difference from the smallest value (the base). The
 * differences wrap around as longs do, so 8 bytes hold any spread exactly. Missing values are written as 0.
 *
 * <p>One instance per column keeps its buffer from batch to batch.
 */
final class IntegerBlock {
  private byte[] bytes = new byte[0];

  void write(DataOutputStream out, long[] values, boolean[] missing, int count) throws IOException {
    boolean anyMissing = false;
    boolean anyPresent = false;
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < count; i++) {
      if (missing[i]) {
        anyMissing = true;
      } else {
        anyPresent = true;
        min = Math.min(min, values[i]);
        max = Math.max(max, values[i]);
      }
    }
    if (!anyPresent) {
      out.writeByte(0);
      return;
    }
    int width = width(max - min);
    out.writeByte(width);
    out.writeByte(anyMissing ? 1 : 0);
    if (anyMissing) {
      writeBitmap(out, missing, count);
    }
    out.writeLong(min);
    ByteBuffer offsets = ByteBuffer.wrap(buffer(count * width));
    for (int i = 0; i < count; i++) {
      long offset = missing[i] ? 0 : values[i] - min;
      switch (width) {
        case 1 -> offsets.put((byte) offset);
        case 2 -> offsets.putShort((short) offset);
        case 4 -> offsets.putInt((int) offset);
        default -> offsets.putLong(offset);
      }
    }
    out.write(offsets.array(), 0, offsets.position());
  }

  void read(DataInputStream in, int count, long[] values, boolean[] missing) throws IOException {
    int width = in.readByte();
    if (width == 0) {
      Arrays.fill(missing, 0, count, true);
      return;
    }
    if (width != 1 && width != 2 && width != 4 && width != 8) {
      throw new IOException("Invalid width " + width + " of a block of whole numbers");
    }
    if (in.readByte() == 0) {
      Arrays.fill(missing, 0, count, false);
    } else {
      readBitmap(in, missing, count);
    }
    long base = in.readLong();
    in.readFully(buffer(count * width), 0, count * width);
    ByteBuffer offsets = ByteBuffer.wrap(bytes);
    for (int i = 0; i < count; i++) {
      values[i] =
          base
              + switch (width) {
                case 1 -> offsets.get() & 0xFFL;
                case 2 -> offsets.getShort() & 0xFFFFL;
                case 4 -> offsets.getInt() & 0xFFFF_FFFFL;
                default -> offsets.getLong();
              };
    }
  }

  /** The bytes per value that hold {@code spread}, read as an unsigned number. */
  static int width(long spread) {
    if (Long.compareUnsigned(spread, 0xFFL) <= 0) {
      return 1;
    }
    if (Long.compareUnsigned(spread, 0xFFFFL) <= 0) {
      return 2;
    }
    return Long.compareUnsigned(spread, 0xFFFF_FFFFL) <= 0 ? 4 : 8;
  }

  private void writeBitmap(DataOutputStream out, boolean[] missing, int count) throws IOException {
    byte[] bitmap = buffer((count + 7) / 8);
    Arrays.fill(bitmap, 0, (count + 7) / 8, (byte) 0);
    for (int i = 0; i < count; i++) {
      if (missing[i]) {
        bitmap[i >>> 3] |= (byte) (1 << (i & 7));
      }
    }
    out.write(bitmap, 0, (count + 7) / 8);
  }

  private void readBitmap(DataInputStream in, boolean[] missing, int count) throws IOException {
    byte[] bitmap = buffer((count + 7) / 8);
    in.readFully(bitmap, 0, (count + 7) / 8);
    for (int i = 0; i < count; i++) {
      missing[i] = (bitmap[i >>> 3] & (1 << (i & 7))) != 0;
    }
  }

  private byte[] buffer(int size) {
    if (bytes.length < size) {
      bytes = new byte[size];
    }
    return bytes;
  }
}
