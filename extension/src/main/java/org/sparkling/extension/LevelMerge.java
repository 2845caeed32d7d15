package org.sparkling.extension;

import java.util.Arrays;
import java.util.List;

/**
 * Merges the sorted levels of one text column from every chunk into one sorted domain, a k-way merge over the stored
 * bytes: memory grows with the number of levels as ints, not as strings, and the merge stops as soon as the column
 * has more distinct values than a categorical may hold.
 */
final class LevelMerge {
  private final List<StoredLevels> chunks;
  /** Chunks with levels left to merge, as a binary heap ordered by each one's next level. */
  private final int[] heap;
  private final int[] nextRank;
  private int heapSize;

  private LevelMerge(List<StoredLevels> chunks) {
    this.chunks = chunks;
    this.heap = new int[chunks.size()];
    this.nextRank = new int[chunks.size()];
  }

  /**
   * The merged domain of {@code chunks} (an entry is null where a chunk has no value in the column), or
   * {@link MergedLevels#overLimit} once more than {@code limit} distinct values are seen.
   */
  static MergedLevels merge(List<StoredLevels> chunks, int limit) {
    return new LevelMerge(chunks).run(limit);
  }

  private MergedLevels run(int limit) {
    int[][] renumbering = new int[chunks.size()][];
    for (int chunk = 0; chunk < chunks.size(); chunk++) {
      if (chunks.get(chunk) != null && chunks.get(chunk).count() > 0) {
        renumbering[chunk] = new int[chunks.get(chunk).count()];
        heap[heapSize++] = chunk;
      }
    }
    for (int parent = heapSize / 2 - 1; parent >= 0; parent--) {
      siftDown(parent);
    }
    DomainBuilder domain = new DomainBuilder();
    int lastChunk = -1;
    int lastLevel = -1;
    while (heapSize > 0) {
      int chunk = heap[0];
      int level = chunks.get(chunk).sortedLevel(nextRank[chunk]);
      if (lastChunk < 0 || chunks.get(chunk).compare(level, chunks.get(lastChunk), lastLevel) != 0) {
        if (domain.size() == limit) {
          return MergedLevels.overLimit();
        }
        domain.add(chunk, level);
        lastChunk = chunk;
        lastLevel = level;
      }
      renumbering[chunk][level] = domain.size() - 1;
      if (++nextRank[chunk] == chunks.get(chunk).count()) {
        heap[0] = heap[--heapSize];
      }
      siftDown(0);
    }
    return MergedLevels.of(domain.strings(chunks), renumbering);
  }

  private void siftDown(int parent) {
    while (true) {
      int smallest = parent;
      for (int child = 2 * parent + 1; child <= 2 * parent + 2 && child < heapSize; child++) {
        if (less(heap[child], heap[smallest])) {
          smallest = child;
        }
      }
      if (smallest == parent) {
        return;
      }
      int swap = heap[parent];
      heap[parent] = heap[smallest];
      heap[smallest] = swap;
      parent = smallest;
    }
  }

  private boolean less(int chunk, int other) {
    StoredLevels levels = chunks.get(chunk);
    StoredLevels otherLevels = chunks.get(other);
    return levels.compare(levels.sortedLevel(nextRank[chunk]), otherLevels, otherLevels.sortedLevel(nextRank[other])) < 0;
  }

  /** The merged domain as the chunk and level where each value was first seen; strings only once it is complete. */
  private static final class DomainBuilder {
    private long[] firstSeen = new long[1024];
    private int size;

    void add(int chunk, int level) {
      if (size == firstSeen.length) {
        firstSeen = Arrays.copyOf(firstSeen, 2 * size);
      }
      firstSeen[size++] = (long) chunk << 32 | level;
    }

    int size() {
      return size;
    }

    String[] strings(List<StoredLevels> chunks) {
      String[] domain = new String[size];
      for (int i = 0; i < size; i++) {
        domain[i] = chunks.get((int) (firstSeen[i] >>> 32)).text((int) firstSeen[i]);
      }
      return domain;
    }
  }
}
