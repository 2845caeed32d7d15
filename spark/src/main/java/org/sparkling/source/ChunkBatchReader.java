package org.sparkling.source;

import org.apache.spark.sql.connector.metric.CustomTaskMetric;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.sql.execution.vectorized.OnHeapColumnVector;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.sparkling.extension.ChunkInput;

/** Reads one H2O chunk, in process or downloaded, as batches of Spark column vectors: column by column, no row objects. */
final class ChunkBatchReader implements PartitionReader<ColumnarBatch> {
  static final int BATCH_ROWS = 32 * 1024;
  private final ChunkInput chunk;
  private final OnHeapColumnVector[] vectors;
  private final ColumnFiller[] fillers;
  private final ColumnarBatch batch;
  private int next;

  ChunkBatchReader(ChunkInput chunk, ScanColumns columns, StructType schema) {
    this.chunk = chunk;
    int capacity = Math.max(1, Math.min(BATCH_ROWS, chunk.rows()));
    this.vectors = OnHeapColumnVector.allocateColumns(capacity, schema);
    this.fillers = new ColumnFiller[columns.count()];
    for (int i = 0; i < fillers.length; i++) {
      fillers[i] = new ColumnFiller(chunk, columns.numbers()[i], columns.kinds()[i], columns.levels()[i], vectors[i]);
    }
    this.batch = new ColumnarBatch(vectors);
  }

  @Override
  public boolean next() {
    if (next >= chunk.rows()) {
      return false;
    }
    int count = chunk.load(next, BATCH_ROWS);
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
  public CustomTaskMetric[] currentMetricsValues() {
    return ReadMetrics.of(chunk);
  }

  @Override
  public void close() {
    try {
      batch.close();
    } finally {
      chunk.close();
    }
  }
}
