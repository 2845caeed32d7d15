package org.sparkling.source;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;

/** Sent to executors: opens the chunk of each partition in the H2O node of the executor's JVM. */
final class ChunkReaderFactory implements PartitionReaderFactory {
  private static final long serialVersionUID = 1L;
  private final String frameId;
  private final int[] columns;
  private final H2OColumn[] kinds;

  ChunkReaderFactory(String frameId, int[] columns, H2OColumn[] kinds) {
    this.frameId = frameId;
    this.columns = columns;
    this.kinds = kinds;
  }

  @Override
  public PartitionReader<InternalRow> createReader(InputPartition partition) {
    return new ChunkRowReader(frameId, ((ChunkPartition) partition).chunkIndex(), columns, kinds);
  }
}
