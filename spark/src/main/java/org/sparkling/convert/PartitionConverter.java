package org.sparkling.convert;

import org.apache.spark.sql.catalyst.InternalRow;
import org.sparkling.extension.ChunkOutput;

/** Writes one partition, row by row, as the H2O chunk of the same index, in the JVM of the H2O node. */
public final class PartitionConverter implements AutoCloseable {
  private final ConversionPlan plan;
  private final int chunk;
  private final int chunks;
  private final FoundSlots found = new FoundSlots();
  private final FieldWriter[] fields;
  private final ChunkOutput out;

  /** Opens chunk {@code chunk} of {@code chunks} of the frame the plan builds. */
  public PartitionConverter(ConversionPlan plan, int chunk, int chunks) {
    this.plan = plan;
    this.chunk = chunk;
    this.chunks = chunks;
    this.fields = FieldWriters.forSchema(plan.schema(), plan.zone(), found);
    this.out = plan.transport().open(plan.frameId(), plan.fixedTypes(), chunk, chunks);
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
    plan.transport().deliver(out, plan.frameId(), chunk, chunks);
    return report;
  }

  /** Without {@link #finish()} (the task failed), nothing is stored: a retry writes the whole chunk again. */
  @Override
  public void close() {}
}
