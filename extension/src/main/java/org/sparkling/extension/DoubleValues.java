package org.sparkling.extension;

import java.util.Arrays;

/**
 * The values of one numeric column of a chunk while a task writes them as doubles (missing as {@code NaN}): a plain
 * growing array, so appending costs a store, and the chunk is stored in one step at the end.
 */
final class DoubleValues {
  private double[] values = new double[1024];
  private int size;

  void add(double value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int size() {
    return size;
  }

  double get(int index) {
    return values[index];
  }

  /** The backing array; only the first {@link #size()} values count. */
  double[] array() {
    return values;
  }
}
