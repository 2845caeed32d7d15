package org.sparkling.extension;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import water.DKV;
import water.Futures;
import water.Key;
import water.Value;
import water.parser.BufferedString;

/**
 * The levels a chunk writer met in its text columns, numbered in order of appearance: strings become categoricals as
 * they are written, and the node only merges each chunk's levels when the frame is finished, instead of a pass over
 * the strings. Stored per chunk in H2O's key/value store as raw bytes.
 */
final class ChunkLevels {
  private final Map<String, Levels> byColumn = new LinkedHashMap<>();

  /** The levels of one column in one chunk. */
  static final class Levels {
    private final Map<BufferedString, Integer> index = new HashMap<>();
    private final List<byte[]> levels = new ArrayList<>();

    /** The chunk-local level of a value, adding it when new. */
    int levelOf(byte[] utf8, int offset, int length, BufferedString probe) {
      Integer level = index.get(probe.set(utf8, offset, length));
      if (level == null) {
        byte[] copy = java.util.Arrays.copyOfRange(utf8, offset, offset + length);
        level = levels.size();
        levels.add(copy);
        index.put(new BufferedString(copy, 0, copy.length), level);
      }
      return level;
    }

    List<byte[]> levels() {
      return levels;
    }
  }

  Levels column(String name) {
    return byColumn.computeIfAbsent(name, ignored -> new Levels());
  }

  static Key<?> key(String frameId, int chunk) {
    return Key.make(frameId + "_sparkling_levels_" + chunk);
  }

  /** Stores the levels of every text column of chunk {@code chunk}. */
  void store(String frameId, int chunk) {
    if (byColumn.isEmpty()) {
      return;
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(byColumn.size());
      for (Map.Entry<String, Levels> column : byColumn.entrySet()) {
        out.writeUTF(column.getKey());
        out.writeInt(column.getValue().levels.size());
        for (byte[] level : column.getValue().levels) {
          out.writeInt(level.length);
          out.write(level);
        }
      }
      Key<?> key = key(frameId, chunk);
      DKV.put(key, new Value(key, bytes.toByteArray()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The levels chunk {@code chunk} stored, by column name; empty if it had no text values. */
  static Map<String, List<String>> load(String frameId, int chunk) {
    Value value = DKV.get(key(frameId, chunk));
    Map<String, List<String>> columns = new HashMap<>();
    if (value == null) {
      return columns;
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(value.memOrLoad()))) {
      int count = in.readInt();
      for (int column = 0; column < count; column++) {
        String name = in.readUTF();
        int levels = in.readInt();
        List<String> texts = new ArrayList<>(levels);
        for (int level = 0; level < levels; level++) {
          byte[] utf8 = new byte[in.readInt()];
          in.readFully(utf8);
          texts.add(new String(utf8, java.nio.charset.StandardCharsets.UTF_8));
        }
        columns.put(name, texts);
      }
      return columns;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the levels of chunk " + chunk + " of frame " + frameId, e);
    }
  }

  static void remove(String frameId, int chunks, Futures pending) {
    for (int chunk = 0; chunk < chunks; chunk++) {
      DKV.remove(key(frameId, chunk), pending);
    }
  }
}
