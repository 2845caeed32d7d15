package org.sparkling.extension;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many rows the chunks of a frame being written in this JVM had so far. Spark partitions of one DataFrame are usually
 * alike in size, so a task sizes its column arrays from the chunks written before it instead of growing them (and
 * trimming them at the end) value by value.
 */
final class ChunkSizes {
  private static final int FRAMES_REMEMBERED = 64;
  private static final Map<String, Integer> LARGEST = new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
      return size() > FRAMES_REMEMBERED;
    }
  };

  private ChunkSizes() {}

  /** The rows to expect in a chunk of {@code frameId}: the largest chunk written here so far, or a small default. */
  static synchronized int expected(String frameId) {
    return LARGEST.getOrDefault(frameId, 1024);
  }

  static synchronized void written(String frameId, int rows) {
    LARGEST.merge(frameId, rows, Math::max);
  }
}
