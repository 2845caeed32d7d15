package org.sparkling.convert;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataType;
import org.sparkling.extension.ChunkWriter;
import org.sparkling.extension.ColumnType;

/**
 * Runs in the executor that holds a partition: writes the partition as the H2O chunk of the same index, in process, and
 * reports {@code [chunk index, rows]}. Memory stays bounded by one chunk.
 */
final class PartitionWriter implements Function2<Integer, Iterator<InternalRow>, Iterator<long[]>>, Serializable {
  private static final long serialVersionUID = 1L;
  private final String frameId;
  private final SparkColumn[] columns;
  private final DataType[] types;
  private final String zone;

  PartitionWriter(String frameId, SparkColumn[] columns, DataType[] types, ZoneId zone) {
    this.frameId = frameId;
    this.columns = columns.clone();
    this.types = types.clone();
    this.zone = zone.getId();
  }

  @Override
  public Iterator<long[]> call(Integer partition, Iterator<InternalRow> rows) {
    ZoneId sessionZone = ZoneId.of(zone);
    ColumnType[] h2oTypes = new ColumnType[columns.length];
    for (int column = 0; column < columns.length; column++) {
      h2oTypes[column] = columns[column].h2oType();
    }
    long count = 0;
    try (ChunkWriter out = ChunkWriter.open(frameId, h2oTypes, partition)) {
      while (rows.hasNext()) {
        InternalRow row = rows.next();
        for (int column = 0; column < columns.length; column++) {
          if (row.isNullAt(column)) {
            out.addMissing(column);
          } else {
            columns[column].write(row, column, types[column], out, sessionZone);
          }
        }
        count++;
      }
    }
    return List.of(new long[] {partition, count}).iterator();
  }
}
