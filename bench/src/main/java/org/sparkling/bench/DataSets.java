package org.sparkling.bench;

import static org.apache.spark.sql.functions.rand;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Loads the benchmark's data sets into Spark's cache: the real flights file, and random doubles generated in Spark. */
final class DataSets {
  static final long FLIGHTS_ROWS = 3_000_000L;

  private final SparkSession spark;
  private final int partitions;

  DataSets(SparkSession spark, int partitions) {
    this.spark = spark;
    this.partitions = partitions;
  }

  /** {@code flights-3m.parquet} of vega-datasets 3.2.1, spread over the partitions; fails unless it has 3,000,000 rows. */
  BenchData flights(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "No flights data at " + file.toAbsolutePath() + "; bench/run downloads it, or pass --flights FILE");
    }
    Dataset<Row> flights = spark.read().parquet(file.toString()).repartition(partitions);
    long rows = cache(flights);
    if (rows != FLIGHTS_ROWS) {
      throw new IllegalStateException(
          file + " has " + rows + " rows, not " + FLIGHTS_ROWS + "; delete it and let bench/run download it again");
    }
    return new BenchData(
        "flights-3m", "3,000,000 real US flights of 2001 (date timestamp_ntz, delay long, distance long, origin and "
            + "destination string)", flights, rows);
  }

  /** {@code rows} x {@code columns} uniform random doubles in [0, 1), column {@code c} seeded with {@code seed + c}. */
  BenchData randomDoubles(long rows, int columns, long seed) {
    Column[] values = new Column[columns];
    for (int column = 0; column < columns; column++) {
      values[column] = rand(seed + column).as("x" + column);
    }
    Dataset<Row> doubles = spark.range(0, rows, 1, partitions).select(values);
    long cached = cache(doubles);
    return new BenchData(
        String.format("random-%dx%d", rows, columns),
        String.format("%,d rows x %d columns of random doubles in [0, 1) generated in Spark (rand, seeds %d..%d)",
            rows, columns, seed, seed + columns - 1),
        doubles, cached);
  }

  /** Caches {@code data} in memory and fills the cache; returns the row count. */
  private static long cache(Dataset<Row> data) {
    data.cache();
    long rows = data.count();
    // count() may skip columns; one full read makes sure every column of every partition is cached.
    FieldChecksum.scan(data);
    return rows;
  }
}
