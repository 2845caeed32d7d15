package org.sparkling.convert;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.catalyst.util.MapData;
import org.apache.spark.sql.types.DataType;
import org.sparkling.extension.ChunkOutput;

/** A map: the value of key k goes to the columns named {@code map.k}; rows without that key are missing there. */
final class MapWriter implements FieldWriter {
  private final String name;
  private final java.util.List<Object> path;
  private final DataType keyType;
  private final FieldWriters.Factory values;
  private final Map<String, FieldWriter> byKey = new HashMap<>();

  MapWriter(String name, java.util.List<Object> path, DataType keyType, FieldWriters.Factory values) {
    this.name = name;
    this.path = path;
    this.keyType = keyType;
    this.values = values;
  }

  @Override
  public void write(SpecializedGetters data, int ordinal, ChunkOutput out) {
    MapData map = data.getMap(ordinal);
    ArrayData keys = map.keyArray();
    ArrayData entries = map.valueArray();
    for (int entry = 0; entry < map.numElements(); entry++) {
      String key = String.valueOf(keys.get(entry, keyType));
      FieldWriter value = byKey.computeIfAbsent(key, k -> values.create(NestedValues.child(name, k), FieldWriters.append(path, k)));
      if (entries.isNullAt(entry)) {
        value.writeNull(out);
      } else {
        value.write(entries, entry, out);
      }
    }
  }

  @Override
  public void writeNull(ChunkOutput out) {
    byKey.values().forEach(value -> value.writeNull(out));
  }

  @Override
  public void endChunk(ChunkOutput out) {
    byKey.values().forEach(value -> value.endChunk(out));
  }
}
