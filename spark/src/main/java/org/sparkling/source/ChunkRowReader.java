package org.sparkling.source;

import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.connector.metric.CustomTaskMetric;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.unsafe.types.UTF8String;
import org.sparkling.extension.ChunkInput;

/** Reads the rows of one H2O chunk, in process or downloaded, as Spark internal rows. */
final class ChunkRowReader implements PartitionReader<InternalRow> {
  private final ChunkInput chunk;
  private final int[] columns;
  private final H2OColumn[] kinds;
  private final UTF8String[][] levels;
  private final GenericInternalRow row;
  private int next = -1;
  private int loaded;

  ChunkRowReader(ChunkInput chunk, ScanColumns columns) {
    this.chunk = chunk;
    this.columns = columns.numbers();
    this.kinds = columns.kinds();
    this.levels = new UTF8String[columns.count()][];
    for (int i = 0; i < levels.length; i++) {
      if (kinds[i] == H2OColumn.CATEGORICAL) {
        levels[i] = utf8(columns.levels()[i]);
      }
    }
    this.row = new GenericInternalRow(levels.length);
  }

  @Override
  public boolean next() {
    if (++next >= chunk.rows()) {
      return false;
    }
    if (next == loaded) {
      loaded += chunk.load(next, ChunkBatchReader.BATCH_ROWS);
    }
    return true;
  }

  @Override
  public InternalRow get() {
    for (int i = 0; i < columns.length; i++) {
      int column = columns[i];
      row.update(i, chunk.isMissing(column, next) ? null : kinds[i].read(chunk, column, next, levels[i]));
    }
    return row;
  }

  @Override
  public CustomTaskMetric[] currentMetricsValues() {
    return ReadMetrics.of(chunk);
  }

  @Override
  public void close() {
    chunk.close();
  }

  private static UTF8String[] utf8(String[] domain) {
    UTF8String[] levels = new UTF8String[domain.length];
    for (int level = 0; level < domain.length; level++) {
      levels[level] = UTF8String.fromBytes(domain[level].getBytes(StandardCharsets.UTF_8));
    }
    return levels;
  }
}
