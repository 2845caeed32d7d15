package org.sparkling.convert;

import java.time.ZoneId;
import java.util.List;
import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;
import org.apache.spark.sql.types.DataType;
import org.sparkling.extension.ChunkOutput;

/**
 * A scalar inside an array, map or vector: its column exists in this chunk from the first row that has a value, and rows
 * without one are missing there.
 */
final class FoundScalarWriter implements FieldWriter {
  private final String name;
  private final List<Object> path;
  private final SparkColumn kind;
  private final DataType type;
  private final ZoneId zone;
  private final FoundSlots slots;
  private int column = -1;

  FoundScalarWriter(String name, List<Object> path, SparkColumn kind, DataType type, ZoneId zone, FoundSlots slots) {
    this.name = name;
    this.path = path;
    this.kind = kind;
    this.type = type;
    this.zone = zone;
    this.slots = slots;
  }

  @Override
  public void write(SpecializedGetters data, int ordinal, ChunkOutput out) {
    if (column < 0) {
      column = slots.add(out, name, kind, path);
    }
    kind.write(data, ordinal, type, out, column, zone);
  }

  @Override
  public void writeNull(ChunkOutput out) {
    // Rows a found column skips are filled with missing values by the chunk writer.
  }
}
