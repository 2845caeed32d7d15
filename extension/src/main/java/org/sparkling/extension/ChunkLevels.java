package org.sparkling.extension;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import water.DKV;
import water.Futures;
import water.Key;
import water.Value;

/**
 * The levels a chunk writer met in its text columns: strings become categoricals as they are written, and the node only
 * merges each chunk's levels when the frame is finished, instead of a pass over the strings. Stored per chunk in H2O's
 * key/value store as raw bytes: per column its name, then its {@link StoredLevels}.
 */
final class ChunkLevels {
  private final Map<String, ColumnLevels> byColumn = new LinkedHashMap<>();

  ColumnLevels column(String name) {
    return byColumn.computeIfAbsent(name, ColumnLevels::new);
  }

  static Key<?> key(String frameId, int chunk) {
    return Key.make(frameId + "_sparkling_levels_" + chunk);
  }

  /** Stores the levels of every text column of chunk {@code chunk}. */
  void store(String frameId, int chunk) {
    if (byColumn.isEmpty()) {
      return;
    }
    long size = 4;
    for (Map.Entry<String, ColumnLevels> column : byColumn.entrySet()) {
      size += 4 + utf8(column.getKey()).length + StoredLevels.storedSize(column.getValue());
    }
    if (size > Integer.MAX_VALUE - 16) {
      throw new IllegalStateException(
          "The text columns of chunk " + chunk + " of frame " + frameId + " hold more than 2 GB of distinct values; "
              + "repartition the DataFrame into more partitions before converting it");
    }
    ByteBuffer out = ByteBuffer.allocate((int) size);
    out.putInt(byColumn.size());
    byColumn.forEach((name, levels) -> {
      byte[] utf8 = utf8(name);
      out.putInt(utf8.length).put(utf8);
      StoredLevels.write(levels, out);
    });
    Key<?> key = key(frameId, chunk);
    DKV.put(key, new Value(key, out.array()));
  }

  private static byte[] utf8(String name) {
    return name.getBytes(StandardCharsets.UTF_8);
  }

  /** The levels chunk {@code chunk} stored, by column name; empty if it had no text values. */
  static Map<String, StoredLevels> load(String frameId, int chunk) {
    Value value = DKV.get(key(frameId, chunk));
    Map<String, StoredLevels> columns = new HashMap<>();
    if (value == null) {
      return columns;
    }
    byte[] stored = value.memOrLoad();
    ByteBuffer in = ByteBuffer.wrap(stored);
    int count = in.getInt();
    for (int column = 0; column < count; column++) {
      byte[] name = new byte[in.getInt()];
      in.get(name);
      columns.put(new String(name, StandardCharsets.UTF_8), StoredLevels.read(stored, in));
    }
    return columns;
  }

  /** Removes the levels of chunks {@code 0} to {@code chunks - 1} and returns their keys. */
  static List<Key<?>> remove(String frameId, int chunks, Futures pending) {
    List<Key<?>> removed = new ArrayList<>(chunks);
    for (int chunk = 0; chunk < chunks; chunk++) {
      Key<?> key = key(frameId, chunk);
      DKV.remove(key, pending);
      removed.add(key);
    }
    return removed;
  }
}
