package org.sparkling.convert;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.sparkling.extension.ChunkOutput;

/**
 * An array: element i goes to the columns named {@code array.i}. Rows with shorter arrays are missing in the columns past
 * their end (ragged arrays become missing values).
 */
final class ArrayWriter implements FieldWriter {
  private final String name;
  private final List<Object> path;
  private final FieldWriters.Factory elements;
  private final List<FieldWriter> byIndex = new ArrayList<>();

  ArrayWriter(String name, List<Object> path, FieldWriters.Factory elements) {
    this.name = name;
    this.path = path;
    this.elements = elements;
  }

  @Override
  public void write(SpecializedGetters data, int ordinal, ChunkOutput out) {
    ArrayData array = data.getArray(ordinal);
    int length = array.numElements();
    for (int index = 0; index < length; index++) {
      FieldWriter element = element(index);
      if (array.isNullAt(index)) {
        element.writeNull(out);
      } else {
        element.write(array, index, out);
      }
    }
    for (int index = length; index < byIndex.size(); index++) {
      byIndex.get(index).writeNull(out);
    }
  }

  @Override
  public void writeNull(ChunkOutput out) {
    for (FieldWriter element : byIndex) {
      element.writeNull(out);
    }
  }

  @Override
  public void endChunk(ChunkOutput out) {
    for (FieldWriter element : byIndex) {
      element.endChunk(out);
    }
  }

  private FieldWriter element(int index) {
    while (byIndex.size() <= index) {
      int next = byIndex.size();
      byIndex.add(elements.create(NestedValues.child(name, next), FieldWriters.append(path, next)));
    }
    return byIndex.get(index);
  }
}
