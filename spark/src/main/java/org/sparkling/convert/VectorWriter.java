package org.sparkling.convert;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.sparkling.extension.ChunkOutput;

/**
 * A Spark ML (or MLlib) vector: element i goes to the numeric column {@code vector.i}. A sparse vector writes only its
 * active elements; its other elements are zeros, written as runs, which H2O keeps sparse in its chunks. Where a row has no
 * vector (null, or absent under a map key or past an array's end), and past the end of a shorter vector, values are
 * missing, as for arrays.
 *
 * <p>Spark stores a vector as the struct {@code (type: 0 sparse / 1 dense, size, indices, values)}; it is read as such,
 * without building {@code Vector} objects.
 */
final class VectorWriter implements FieldWriter {
  private static final int SPARSE = 0;
  private static final int ABSENT = -1;
  private final String name;
  private final List<Object> path;
  private final FoundSlots slots;
  private final List<Integer> columns = new ArrayList<>();
  /** The vector size of each row of the chunk written so far, {@link #ABSENT} where it had none. */
  private int[] sizes = new int[256];
  private int sizedRows;

  VectorWriter(String name, List<Object> path, FoundSlots slots) {
    this.name = name;
    this.path = path;
    this.slots = slots;
  }

  @Override
  public void write(SpecializedGetters data, int ordinal, ChunkOutput out) {
    InternalRow vector = data.getStruct(ordinal, 4);
    ArrayData values = vector.getArray(3);
    boolean sparse = vector.getByte(0) == SPARSE;
    int size = sparse ? vector.getInt(1) : values.numElements();
    recordSize(out.rows(), size);
    ensureColumns(size, out);
    if (sparse) {
      ArrayData indices = vector.getArray(2);
      for (int active = 0; active < indices.numElements(); active++) {
        write(indices.getInt(active), values.getDouble(active), out);
      }
    } else {
      for (int element = 0; element < size; element++) {
        write(element, values.getDouble(element), out);
      }
    }
  }

  @Override
  public void writeNull(ChunkOutput out) {
    // The row's size stays ABSENT: every element column is missing there.
  }

  @Override
  public void endChunk(ChunkOutput out) {
    for (int element = 0; element < columns.size(); element++) {
      fillUpTo(element, out.rows(), out);
    }
  }

  private void write(int element, double value, ChunkOutput out) {
    fillUpTo(element, out.rows(), out);
    out.addDouble(columns.get(element), value);
  }

  private void ensureColumns(int size, ChunkOutput out) {
    while (columns.size() < size) {
      int element = columns.size();
      columns.add(slots.add(out, NestedValues.child(name, element), SparkColumn.DOUBLE, FieldWriters.append(path, element)));
    }
  }

  private void recordSize(int row, int size) {
    if (row >= sizes.length) {
      sizes = Arrays.copyOf(sizes, Math.max(row + 1, sizes.length * 2));
    }
    Arrays.fill(sizes, sizedRows, row, ABSENT);
    sizes[row] = size;
    sizedRows = row + 1;
  }

  /** The rows this element skipped: zeros where the row's vector reaches it, missing elsewhere; in runs. */
  private void fillUpTo(int element, int row, ChunkOutput out) {
    int column = columns.get(element);
    int next = out.valuesIn(column);
    while (next < row) {
      boolean zero = reaches(next, element);
      int end = next + 1;
      while (end < row && reaches(end, element) == zero) {
        end++;
      }
      if (zero) {
        out.fillZeros(column, end);
      } else {
        out.fillMissing(column, end);
      }
      next = end;
    }
  }

  private boolean reaches(int row, int element) {
    return row < sizedRows && sizes[row] > element;
  }
}
