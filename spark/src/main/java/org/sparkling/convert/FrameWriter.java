package org.sparkling.convert;

import java.time.ZoneId;

import java.util.List;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.StructType;
import org.sparkling.client.FrameDescription;
import org.sparkling.client.H2OClient;
import org.sparkling.extension.ColumnType;

/**
 * Spark to H2O: one pass over the DataFrame, each partition written by the executor that holds it as one H2O chunk. The
 * driver only creates the frame, collects one small report per partition, and finishes the frame over REST.
 *
 * <p>Columns inside arrays, maps and vectors are found while writing, so no statistics pass is needed to learn how wide
 * the frame is. If anything fails, the half-built frame is removed before the error reaches the caller.
 */
public final class FrameWriter {
  private final H2OClient client;

  public FrameWriter(H2OClient client) {
    this.client = client;
  }

  public FrameDescription write(Dataset<Row> data, String frameId) {
    StructType schema = data.schema();
    if (schema.fields().length == 0) {
      throw new IllegalArgumentException("Cannot convert a DataFrame without columns to an H2O frame");
    }
    List<SparkTypes.FixedColumn> fixed = SparkTypes.fixedColumns(schema);
    ColumnType[] fixedTypes = fixed.stream().map(column -> column.kind().h2oType()).toArray(ColumnType[]::new);
    ZoneId zone = ZoneId.of(data.sparkSession().conf().get("spark.sql.session.timeZone"));
    RDD<InternalRow> rows = data.queryExecution().toRdd();
    if (rows.getNumPartitions() == 0) {
      rows = data.repartition(1).queryExecution().toRdd();
    }
    int chunks = rows.getNumPartitions();

    client.createFrame(frameId, fixed.stream().map(SparkTypes.FixedColumn::name).toList());
    try {
      List<ChunkReport> reports =
          rows.toJavaRDD()
              .mapPartitionsWithIndex(new PartitionWriter(frameId, schema, fixedTypes, chunks, zone), false)
              .collect();
      FrameColumns columns = FrameColumns.of(fixed, reports, chunks);
      return client.finishFrame(
          frameId, columns.rowsPerChunk(), columns.fixedTypes(), columns.fixedDomains(), columns.found(),
          columns.order(), columns.toCategorical());
    } catch (Exception e) { // also Spark's checked SparkException when a task fails
      try {
        client.deleteFrame(frameId, chunks);
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

}
