package org.sparkling.convert;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;
import org.sparkling.extension.ChunkWriter;
import org.sparkling.extension.ColumnType;

/**
 * Runs in the executor that holds a partition: writes the partition as the H2O chunk of the same index, in process, and
 * reports what it wrote. Memory stays bounded by one chunk.
 */
final class PartitionWriter implements Function2<Integer, Iterator<InternalRow>, Iterator<ChunkReport>>, Serializable {
  private static final long serialVersionUID = 1L;
  private final String frameId;
  private final StructType schema;
  private final ColumnType[] fixedTypes;
  private final int chunks;
  private final String zone;

  PartitionWriter(String frameId, StructType schema, ColumnType[] fixedTypes, int chunks, ZoneId zone) {
    this.frameId = frameId;
    this.schema = schema;
    this.fixedTypes = fixedTypes.clone();
    this.chunks = chunks;
    this.zone = zone.getId();
  }

  @Override
  public Iterator<ChunkReport> call(Integer partition, Iterator<InternalRow> rows) {
    FoundSlots found = new FoundSlots();
    FieldWriter[] fields = FieldWriters.forSchema(schema, ZoneId.of(zone), found);
    try (ChunkWriter out = ChunkWriter.open(frameId, fixedTypes, partition, chunks)) {
      while (rows.hasNext()) {
        InternalRow row = rows.next();
        for (int field = 0; field < fields.length; field++) {
          if (row.isNullAt(field)) {
            fields[field].writeNull(out);
          } else {
            fields[field].write(row, field, out);
          }
        }
        out.endRow();
      }
      for (FieldWriter field : fields) {
        field.endChunk(out);
      }
      return List.of(new ChunkReport(partition, out.rows(), found.slots())).iterator();
    }
  }
}
