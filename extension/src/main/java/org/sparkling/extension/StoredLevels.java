package org.sparkling.extension;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import water.parser.BufferedString;

/**
 * The levels of one text column of one chunk as {@link ColumnLevels} stored them, read in place: millions of levels
 * are compared and copied straight from the stored bytes, never turned into {@code String}s unless they become a
 * categorical domain.
 *
 * <p>Layout: the level count and the byte count, then the end of each level's bytes, the bytes end to end, and the
 * levels in sorted order.
 */
final class StoredLevels {
  private final byte[] stored;
  private final ByteBuffer ints;
  private final int count;
  private final int endsAt;
  private final int bytesAt;
  private final int sortedAt;

  private StoredLevels(byte[] stored, int at, int count, int byteCount) {
    this.stored = stored;
    this.ints = ByteBuffer.wrap(stored);
    this.count = count;
    this.endsAt = at;
    this.bytesAt = endsAt + 4 * count;
    this.sortedAt = bytesAt + byteCount;
  }

  /** Bytes {@link #write} takes for {@code levels}. */
  static long storedSize(ColumnLevels levels) {
    return 8 + 8L * levels.size() + levels.byteCount();
  }

  static void write(ColumnLevels levels, ByteBuffer out) {
    out.putInt(levels.size());
    out.putInt(levels.byteCount());
    levels.writeTo(out);
  }

  /** Reads the levels that start at the position of {@code in}, and moves it past them. */
  static StoredLevels read(byte[] stored, ByteBuffer in) {
    int count = in.getInt();
    int byteCount = in.getInt();
    StoredLevels levels = new StoredLevels(stored, in.position(), count, byteCount);
    in.position(levels.sortedAt + 4 * count);
    return levels;
  }

  int count() {
    return count;
  }

  /** The level at position {@code rank} of the sorted order. */
  int sortedLevel(int rank) {
    return ints.getInt(sortedAt + 4 * rank);
  }

  /** Compares a level of this chunk to a level of {@code other}, as unsigned UTF-8 bytes. */
  int compare(int level, StoredLevels other, int otherLevel) {
    return Arrays.compareUnsigned(
        stored, start(level), end(level), other.stored, other.start(otherLevel), other.end(otherLevel));
  }

  /** Points {@code text} at the bytes of {@code level}, without copying them. */
  BufferedString set(BufferedString text, int level) {
    return text.set(stored, start(level), end(level) - start(level));
  }

  String text(int level) {
    return new String(stored, start(level), end(level) - start(level), StandardCharsets.UTF_8);
  }

  private int start(int level) {
    return level == 0 ? bytesAt : end(level - 1);
  }

  private int end(int level) {
    return bytesAt + ints.getInt(endsAt + 4 * level);
  }
}
