package org.sparkling.source;

import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.expressions.GenericInternalRow;
import org.apache.spark.sql.connector.read.PartitionReader;
import org.apache.spark.unsafe.types.UTF8String;
import org.sparkling.extension.ChunkReader;

/** Reads the rows of one H2O chunk, in process, as Spark internal rows. */
final class ChunkRowReader implements PartitionReader<InternalRow> {
  private final ChunkReader chunk;
  private final int[] columns;
  private final H2OColumn[] kinds;
  private final UTF8String[][] levels;
  private final GenericInternalRow row;
  private int next = -1;

  ChunkRowReader(String frameId, int chunkIndex, int[] columns, H2OColumn[] kinds) {
    this.chunk = ChunkReader.open(frameId, chunkIndex);
    this.columns = columns;
    this.kinds = kinds;
    this.levels = new UTF8String[columns.length][];
    for (int i = 0; i < columns.length; i++) {
      if (kinds[i] == H2OColumn.CATEGORICAL) {
        levels[i] = utf8(chunk.domain(columns[i]));
      }
    }
    this.row = new GenericInternalRow(columns.length);
  }

  @Override
  public boolean next() {
    return ++next < chunk.rows();
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
  public void close() {}

  private static UTF8String[] utf8(String[] domain) {
    UTF8String[] levels = new UTF8String[domain.length];
    for (int level = 0; level < domain.length; level++) {
      levels[level] = UTF8String.fromBytes(domain[level].getBytes(StandardCharsets.UTF_8));
    }
    return levels;
  }
}
