package org.sparkling.extension;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The distinct values of one text column in one chunk, numbered in order of appearance: the chunk stores these numbers
 * as categorical values while it is written.
 *
 * <p>A partition may hold millions of distinct values, several chunks are written at once, and a {@code HashMap} of
 * byte arrays costs over a hundred bytes per value. Here the values sit end to end in one byte array, found again
 * through an open-addressing table of level numbers: about their own length plus 16 bytes each.
 */
final class ColumnLevels {
  private static final int FIRST_CAPACITY = 16;
  private final String column;
  private byte[] bytes = new byte[256];
  private int byteCount;
  /** {@code ends[level]}: where the value of {@code level} ends in {@link #bytes}; it starts where the one before ends. */
  private int[] ends = new int[FIRST_CAPACITY];
  private int[] hashes = new int[FIRST_CAPACITY];
  private int count;
  /** Level + 1 per slot, 0 for a free slot; at most half full, so probe sequences stay short. */
  private int[] slots = new int[2 * FIRST_CAPACITY];

  ColumnLevels(String column) {
    this.column = column;
  }

  /** The level of a value, adding it when new. */
  int levelOf(byte[] utf8, int offset, int length) {
    int hash = hash(utf8, offset, length);
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int level = slots[slot] - 1;
      if (level < 0) {
        return add(utf8, offset, length, hash, slot);
      }
      if (hashes[level] == hash && Arrays.equals(bytes, start(level), ends[level], utf8, offset, offset + length)) {
        return level;
      }
    }
  }

  int size() {
    return count;
  }

  /** The bytes of all values together. */
  int byteCount() {
    return byteCount;
  }

  /** Writes the levels in the layout {@link StoredLevels} reads, after their counts: ends, bytes, sorted order. */
  void writeTo(ByteBuffer out) {
    for (int level = 0; level < count; level++) {
      out.putInt(ends[level]);
    }
    out.put(bytes, 0, byteCount);
    for (int level : sortedLevels()) {
      out.putInt(level);
    }
  }

  /** The levels in H2O's domain order: unsigned UTF-8 bytes, as its parser sorts, which is also code point order. */
  private int[] sortedLevels() {
    int[] levels = new int[count];
    Arrays.setAll(levels, level -> level);
    IndexSort.sort(levels, (a, b) -> Arrays.compareUnsigned(bytes, start(a), ends[a], bytes, start(b), ends[b]));
    return levels;
  }

  private int start(int level) {
    return level == 0 ? 0 : ends[level - 1];
  }

  private int add(byte[] utf8, int offset, int length, int hash, int slot) {
    if (byteCount + (long) length > Integer.MAX_VALUE - 16) {
      throw new IllegalStateException(
          "Text column '" + column + "' holds more than 2 GB of distinct values in one partition; "
              + "repartition the DataFrame into more partitions before converting it");
    }
    if (byteCount + length > bytes.length) {
      bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 16, Math.max(2L * bytes.length, byteCount + length)));
    }
    System.arraycopy(utf8, offset, bytes, byteCount, length);
    byteCount += length;
    if (count == ends.length) {
      ends = Arrays.copyOf(ends, 2 * count);
      hashes = Arrays.copyOf(hashes, 2 * count);
    }
    int level = count++;
    ends[level] = byteCount;
    hashes[level] = hash;
    slots[slot] = level + 1;
    if (2 * count > slots.length) {
      rehash();
    }
    return level;
  }

  private void rehash() {
    slots = new int[2 * slots.length];
    int mask = slots.length - 1;
    for (int level = 0; level < count; level++) {
      int slot = hashes[level] & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = level + 1;
    }
  }

  private static int hash(byte[] utf8, int offset, int length) {
    int hash = 1;
    for (int i = offset; i < offset + length; i++) {
      hash = 31 * hash + utf8[i];
    }
    // Spreads the low bits that pick the slot: strings that differ in their last character differ only there.
    hash *= 0x9E3779B9;
    return hash ^ (hash >>> 16);
  }
}
