package org.sparkling.convert;

import org.apache.spark.sql.catalyst.InternalRow;
import org.sparkling.extension.ChunkWriter;

/** Writes one partition, row by row, as the H2O chunk of the same index, in the JVM of the H2O node. */
public final class PartitionConverter implements AutoCloseable {
  private final int chunk;
  private final FoundSlots found = new FoundSlots();
  private final FieldWriter[] fields;
  private final ChunkWriter out;

  /** Opens chunk {@code chunk} of {@code chunks} of the frame the plan builds. */
  public PartitionConverter(ConversionPlan plan, int chunk, int chunks) {
    this.chunk = chunk;
    this.fields = FieldWriters.forSchema(plan.schema(), plan.zone(), found);
    this.out = ChunkWriter.open(plan.frameId(), plan.fixedTypes(), chunk, chunks);
  }

  public void write(InternalRow row) {
    for (int field = 0; field < fields.length; field++) {
      if (row.isNullAt(field)) {
        fields[field].writeNull(out);
      } else {
        fields[field].write(row, field, out);
      }
    }
    out.endRow();
  }

  /** Stores the chunk and says what it holds. */
  public ChunkReport finish() {
    for (FieldWriter field : fields) {
      field.endChunk(out);
    }
    ChunkReport report = new ChunkReport(chunk, out.rows(), found.slots());
    out.close();
    return report;
  }

  @Override
  public void close() {
    out.close();
  }
}
