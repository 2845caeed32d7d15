package org.sparkling.source;

import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.sparkling.extension.ChunkReader;

/** Reads one H2O chunk, in process, as batches of Spark column vectors: column by column, no row objects. */
final class ChunkBatchReader implements PartitionReader<ColumnarBatch> {
  static final int BATCH_ROWS = 32 * 1024;
  private final ChunkReader chunk;
  private final OnHeapColumnVector[] vectors;
  private final ColumnFiller[] fillers;
  private final ColumnarBatch batch;
  private int next;

  ChunkBatchReader(String frameId, int chunkIndex, int[] columns, H2OColumn[] kinds, StructType schema) {
    this.chunk = ChunkReader.open(frameId, chunkIndex);
    int capacity = Math.max(1, Math.min(BATCH_ROWS, chunk.rows()));
    this.vectors = OnHeapColumnVector.allocateColumns(capacity, schema);
    this.fillers = new ColumnFiller[columns.length];
    for (int i = 0; i < columns.length; i++) {
      fillers[i] = new ColumnFiller(chunk, columns[i], kinds[i], vectors[i]);
    }
    this.batch = new ColumnarBatch(vectors);
  }

  @Override
  public boolean next() {
    if (next >= chunk.rows()) {
      return false;
    }
    int count = Math.min(BATCH_ROWS, chunk.rows() - next);
    for (int i = 0; i < fillers.length; i++) {
      vectors[i].reset();
      fillers[i].fill(next, count, vectors[i]);
    }
    batch.setNumRows(count);
    next += count;
    return true;
  }

  @Override
  public ColumnarBatch get() {
    return batch;
  }

  @Override
  public void close() {
    batch.close();
  }
}
