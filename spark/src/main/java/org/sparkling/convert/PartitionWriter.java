package org.sparkling.convert;

import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.catalyst.InternalRow;

/**
 * Runs in the executor that holds a partition: writes the partition as the H2O chunk of the same index, in process, and
 * reports what it wrote. Memory stays bounded by one chunk.
 */
final class PartitionWriter implements Function2<Integer, Iterator<InternalRow>, Iterator<ChunkReport>>, Serializable {
  private static final long serialVersionUID = 1L;
  private final ConversionPlan plan;
  private final int chunks;

  PartitionWriter(ConversionPlan plan, int chunks) {
    this.plan = plan;
    this.chunks = chunks;
  }

  @Override
  public Iterator<ChunkReport> call(Integer partition, Iterator<InternalRow> rows) {
    try (PartitionConverter chunk = new PartitionConverter(plan, partition, chunks)) {
      while (rows.hasNext()) {
        chunk.write(rows.next());
      }
      return List.of(chunk.finish()).iterator();
    }
  }
}
