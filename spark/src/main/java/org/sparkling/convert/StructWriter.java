package org.sparkling.convert;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;
import org.sparkling.extension.ChunkOutput;

/** A struct: one writer per field, columns named {@code struct.field}. A null struct is missing in all of them. */
final class StructWriter implements FieldWriter {
  private final FieldWriter[] fields;

  StructWriter(FieldWriter[] fields) {
    this.fields = fields;
  }

  @Override
  public void write(SpecializedGetters data, int ordinal, ChunkOutput out) {
    InternalRow struct = data.getStruct(ordinal, fields.length);
    for (int field = 0; field < fields.length; field++) {
      if (struct.isNullAt(field)) {
        fields[field].writeNull(out);
      } else {
        fields[field].write(struct, field, out);
      }
    }
  }

  @Override
  public void writeNull(ChunkOutput out) {
    for (FieldWriter field : fields) {
      field.writeNull(out);
    }
  }

  @Override
  public void endChunk(ChunkOutput out) {
    for (FieldWriter field : fields) {
      field.endChunk(out);
    }
  }
}
