package org.sparkling.convert;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.sparkling.client.FrameDescription;
import org.sparkling.client.H2OClient;
import org.sparkling.extension.ColumnType;

/**
 * Spark to H2O: one pass over the DataFrame, each partition written by the executor that holds it as one H2O chunk. The
 * driver only creates the frame, collects one row count per partition, and finishes the frame over REST.
 *
 * <p>If anything fails, the half-built frame is removed before the error reaches the caller.
 */
public final class FrameWriter {
  private final H2OClient client;

  public FrameWriter(H2OClient client) {
    this.client = client;
  }

  public FrameDescription write(Dataset<Row> data, String frameId) {
    StructField[] fields = data.schema().fields();
    List<String> names = new ArrayList<>();
    SparkColumn[] columns = new SparkColumn[fields.length];
    DataType[] types = new DataType[fields.length];
    for (int column = 0; column < fields.length; column++) {
      names.add(fields[column].name());
      columns[column] = SparkColumn.of(fields[column]);
      types[column] = fields[column].dataType();
    }
    requireColumns(names);
    ZoneId zone = ZoneId.of(data.sparkSession().conf().get("spark.sql.session.timeZone"));
    RDD<InternalRow> rows = data.queryExecution().toRdd();
    if (rows.getNumPartitions() == 0) {
      rows = data.repartition(1).queryExecution().toRdd();
    }
    int chunks = rows.getNumPartitions();

    client.createFrame(frameId, names);
    try {
      List<long[]> written =
          rows.toJavaRDD().mapPartitionsWithIndex(new PartitionWriter(frameId, columns, types, zone), false).collect();
      long[] rowsPerChunk = new long[chunks];
      for (long[] chunk : written) {
        rowsPerChunk[(int) chunk[0]] = chunk[1];
      }
      return client.finishFrame(frameId, rowsPerChunk, h2oTypes(columns), domains(columns), toCategorical(columns));
    } catch (Exception e) { // also Spark's checked SparkException when a task fails
      try {
        client.deleteFrame(frameId, chunks);
      } catch (RuntimeException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  private static void requireColumns(List<String> names) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("Cannot convert a DataFrame without columns to an H2O frame");
    }
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (!seen.add(name)) {
        throw new IllegalArgumentException(
            "Column name '" + name + "' appears twice; H2O frames need unique column names. Rename one, e.g. "
                + "df.toDF(...) or withColumnRenamed.");
      }
    }
  }

  private static List<String> h2oTypes(SparkColumn[] columns) {
    List<String> types = new ArrayList<>();
    for (SparkColumn column : columns) {
      types.add(column.h2oType().wireName());
    }
    return types;
  }

  private static List<List<String>> domains(SparkColumn[] columns) {
    List<List<String>> domains = new ArrayList<>();
    for (SparkColumn column : columns) {
      domains.add(column == SparkColumn.BOOLEAN ? ColumnType.BOOLEAN_LEVELS : null);
    }
    return domains;
  }

  private static List<Integer> toCategorical(SparkColumn[] columns) {
    List<Integer> indices = new ArrayList<>();
    for (int column = 0; column < columns.length; column++) {
      if (columns[column] == SparkColumn.STRING) {
        indices.add(column);
      }
    }
    return indices;
  }
}
