package org.sparkling.source;

import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.connector.read.InputPartition;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.connector.read.PartitionReaderFactory;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.sparkling.convert.ChunkTransport;
import org.sparkling.extension.ChunkInput;

/**
 * Sent to executors: opens the chunk of each partition, in the H2O node of the executor's JVM or downloaded from the node
 * over REST (as {@link ChunkTransport} decides), and reads it in batches.
 */
final class ChunkReaderFactory implements PartitionReaderFactory {
  private static final long serialVersionUID = 1L;
  private final String frameId;
  private final ScanColumns columns;
  private final StructType schema;
  private final ChunkTransport transport;

  ChunkReaderFactory(String frameId, ScanColumns columns, StructType schema, ChunkTransport transport) {
    this.frameId = frameId;
    this.columns = columns;
    this.schema = schema;
    this.transport = transport;
  }

  /** Columnar: filling vectors column by column is far cheaper than building a row per value. */
  @Override
  public boolean supportColumnarReads(InputPartition partition) {
    return true;
  }

  @Override
  public PartitionReader<ColumnarBatch> createColumnarReader(InputPartition partition) {
    return new ChunkBatchReader(open(partition), columns, schema);
  }

  @Override
  public PartitionReader<InternalRow> createReader(InputPartition partition) {
    return new ChunkRowReader(open(partition), columns);
  }

  private ChunkInput open(InputPartition partition) {
    return transport.read(frameId, ((ChunkPartition) partition).chunkIndex(), columns.numbers());
  }
}
