package org.sparkling.convert;

import java.time.ZoneId;
import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;
import org.apache.spark.sql.types.DataType;
import org.sparkling.extension.ChunkOutput;

/** A scalar in a column fixed when the frame was created: written, or missing, in every row. */
final class ScalarWriter implements FieldWriter {
  private final int column;
  private final SparkColumn kind;
  private final DataType type;
  private final ZoneId zone;

  ScalarWriter(int column, SparkColumn kind, DataType type, ZoneId zone) {
    this.column = column;
    this.kind = kind;
    this.type = type;
    this.zone = zone;
  }

  @Override
  public void write(SpecializedGetters data, int ordinal, ChunkOutput out) {
    kind.write(data, ordinal, type, out, column, zone);
  }

  @Override
  public void writeNull(ChunkOutput out) {
    out.addMissing(column);
  }
}
