package org.sparkling.extension;

/**
 * Sorts level numbers by what they stand for, without boxing them: a chunk sorts millions of levels, and an
 * {@code Integer[]} would cost four times the memory of the {@code int[]}.
 */
final class IndexSort {
  /** Compares two indices by the values they stand for. */
  @FunctionalInterface
  interface IndexComparator {
    int compare(int a, int b);
  }

  private static final int INSERTION_SORT_UP_TO = 16;

  private IndexSort() {}

  /** Sorts {@code indices} in place, stably (a merge sort). */
  static void sort(int[] indices, IndexComparator order) {
    int[] scratch = indices.clone();
    mergeSort(scratch, indices, 0, indices.length, order);
  }

  /** Sorts {@code to[from, until)}, using {@code from[...]} (the same values) as scratch. */
  private static void mergeSort(int[] scratch, int[] to, int from, int until, IndexComparator order) {
    if (until - from <= INSERTION_SORT_UP_TO) {
      insertionSort(to, from, until, order);
      return;
    }
    int middle = (from + until) >>> 1;
    mergeSort(to, scratch, from, middle, order);
    mergeSort(to, scratch, middle, until, order);
    if (order.compare(scratch[middle - 1], scratch[middle]) <= 0) {
      System.arraycopy(scratch, from, to, from, until - from);
      return;
    }
    for (int out = from, left = from, right = middle; out < until; out++) {
      if (right >= until || (left < middle && order.compare(scratch[left], scratch[right]) <= 0)) {
        to[out] = scratch[left++];
      } else {
        to[out] = scratch[right++];
      }
    }
  }

  private static void insertionSort(int[] values, int from, int until, IndexComparator order) {
    for (int i = from + 1; i < until; i++) {
      int value = values[i];
      int j = i - 1;
      while (j >= from && order.compare(values[j], value) > 0) {
        values[j + 1] = values[j];
        j--;
      }
      values[j + 1] = value;
    }
  }
}
