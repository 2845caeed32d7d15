package org.sparkling.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.rand;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** Loads the benchmark's data sets into Spark's cache: the real flights file, and random doubles generated in Spark. */
final class DataSets {
  static final long FLIGHTS_ROWS = 3_000_000L;
  static final int LEVELS = 50;

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

  /**
   * {@code rows} rows of the columns a typical table has: {@code id} (long), three uniform random doubles {@code x0} to
   * {@code x2} (seeded with {@code seed} to {@code seed + 2}) and {@code category}, a string of {@value #LEVELS} levels.
   */
  BenchData mixed(long rows, long seed) {
    Dataset<Row> mixed =
        spark.range(0, rows, 1, partitions)
            .select(col("id"), rand(seed).as("x0"), rand(seed + 1).as("x1"), rand(seed + 2).as("x2"),
                concat(lit("level-"), pmod(hash(col("id")), lit(LEVELS)).cast("string")).as("category"));
    long cached = cache(mixed);
    return new BenchData(
        String.format("mixed-%d", rows),
        String.format("id (long), x0 to x2 (random doubles in [0, 1), seeds %d..%d), category (string of %d levels, "
            + "from a hash of id)", seed, seed + 2, LEVELS),
        mixed, cached);
  }

  /** The bytes of every cached RDD in memory: Spark's cache of the loaded data sets. */
  static long cachedBytes(SparkSession spark) {
    return Arrays.stream(spark.sparkContext().getRDDStorageInfo()).mapToLong(info -> info.memSize()).sum();
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
