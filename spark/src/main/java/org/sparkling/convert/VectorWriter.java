package org.sparkling.convert;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.sparkling.extension.ChunkOutput;

/**
 * A Spark ML (or MLlib) vector: element i goes to the numeric column {@code vector.i}. A sparse vector writes only its
 * active elements; the others are runs of zeros, which H2O keeps sparse in its chunks. A null vector is missing in every
 * element column; elements past a shorter vector's size are zeros.
 *
 * <p>Spark stores a vector as the struct {@code (type: 0 sparse / 1 dense, size, indices, values)}; it is read as such,
 * without building {@code Vector} objects.
 */
final class VectorWriter implements FieldWriter {
  private static final int SPARSE = 0;
  private final String name;
  private final List<Object> path;
  private final FoundSlots slots;
  private final List<Integer> columns = new ArrayList<>();
  private final BitSet nullRows = new BitSet();

  VectorWriter(String name, List<Object> path, FoundSlots slots) {
    this.name = name;
    this.path = path;
    this.slots = slots;
  }

  @Override
  public void write(SpecializedGetters data, int ordinal, ChunkOutput out) {
    InternalRow vector = data.getStruct(ordinal, 4);
    ArrayData values = vector.getArray(3);
    if (vector.getByte(0) == SPARSE) {
      ensureColumns(vector.getInt(1), out);
      ArrayData indices = vector.getArray(2);
      for (int active = 0; active < indices.numElements(); active++) {
        write(indices.getInt(active), values.getDouble(active), out);
      }
    } else {
      ensureColumns(values.numElements(), out);
      for (int element = 0; element < values.numElements(); element++) {
        write(element, values.getDouble(element), out);
      }
    }
  }

  @Override
  public void writeNull(ChunkOutput out) {
    nullRows.set(out.rows());
  }

  @Override
  public void endChunk(ChunkOutput out) {
    for (int column : columns) {
      fillUpTo(column, out.rows(), out);
    }
  }

  private void write(int element, double value, ChunkOutput out) {
    int column = columns.get(element);
    fillUpTo(column, out.rows(), out);
    out.addDouble(column, value);
  }

  private void ensureColumns(int size, ChunkOutput out) {
    while (columns.size() < size) {
      int element = columns.size();
      columns.add(slots.add(out, name + "." + element, SparkColumn.DOUBLE, FieldWriters.append(path, element)));
    }
  }

  /** Zeros in the rows this column skipped, except rows whose vector was null, which are missing. */
  private void fillUpTo(int column, int row, ChunkOutput out) {
    int next = out.valuesIn(column);
    while (next < row) {
      int nullRow = nullRows.nextSetBit(next);
      int zerosUntil = nullRow < 0 || nullRow >= row ? row : nullRow;
      out.fillZeros(column, zerosUntil);
      if (zerosUntil < row) {
        out.fillMissing(column, zerosUntil + 1);
      }
      next = out.valuesIn(column);
    }
  }
}
