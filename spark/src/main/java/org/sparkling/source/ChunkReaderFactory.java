package org.sparkling.source;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;

/** Sent to executors: opens the chunk of each partition in the H2O node of the executor's JVM, and reads it in batches. */
final class ChunkReaderFactory implements PartitionReaderFactory {
  private static final long serialVersionUID = 1L;
  private final String frameId;
  private final int[] columns;
  private final H2OColumn[] kinds;
  private final StructType schema;

  ChunkReaderFactory(String frameId, int[] columns, H2OColumn[] kinds, StructType schema) {
    this.frameId = frameId;
    this.columns = columns;
    this.kinds = kinds;
    this.schema = schema;
  }

  /** Columnar: filling vectors column by column is far cheaper than building a row per value. */
  @Override
  public boolean supportColumnarReads(InputPartition partition) {
    return true;
  }

  @Override
  public PartitionReader<ColumnarBatch> createColumnarReader(InputPartition partition) {
    return new ChunkBatchReader(frameId, ((ChunkPartition) partition).chunkIndex(), columns, kinds, schema);
  }

  @Override
  public PartitionReader<InternalRow> createReader(InputPartition partition) {
    return new ChunkRowReader(frameId, ((ChunkPartition) partition).chunkIndex(), columns, kinds);
  }
}
