package org.sparkling.bench;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One data set of the benchmark: a DataFrame cached in Spark's memory, so that every contender reads the same rows from
 * memory.
 *
 * @param name short name, used in keys and folder names
 * @param description what it is, for the report
 * @param data the cached DataFrame
 * @param rows its row count
 */
record BenchData(String name, String description, Dataset<Row> data, long rows) {

  int columns() {
    return data.schema().fields().length;
  }

  long cells() {
    return rows * columns();
  }

  /** Frees Spark's cache of it. */
  void release() {
    data.unpersist(true);
  }
}
