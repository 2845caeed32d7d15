package org.sparkling.bench.peers;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.rand;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The training suite's data, written once as Parquet so that every contender, in every JVM, reads the identical rows: a
 * seeded sample of {@code flights-3m.parquet} with the {@link FlightFeatures}, split 80/20 into training and test rows.
 *
 * @param train the training rows
 * @param test the test rows
 */
public record TrainingSplit(Path train, Path test) {

  /** The split of {@code rows} flights with {@code seed} under {@code folder}: written unless it is there already. */
  public static TrainingSplit create(SparkSession spark, Path flights, long rows, long seed, Path folder) {
    Path home = folder.resolve("split-" + rows + "-seed-" + seed).toAbsolutePath();
    TrainingSplit split = new TrainingSplit(home.resolve("train.parquet"), home.resolve("test.parquet"));
    if (split.written()) {
      return split;
    }
    if (!Files.exists(flights)) {
      throw new IllegalArgumentException(
          "No flights data at " + flights.toAbsolutePath() + "; bench/run downloads it, or pass --flights FILE");
    }
    // A total order on a seeded random column makes the sample the same in every run; randomSplit with a seed too.
    Dataset<Row> sample = FlightFeatures.derive(
        spark.read().parquet(flights.toString()).withColumn("sample_key", rand(seed)).orderBy(col("sample_key"))
            .limit(Math.toIntExact(rows)));
    Dataset<Row>[] parts = sample.randomSplit(new double[] {0.8, 0.2}, seed);
    parts[1].write().mode(SaveMode.Overwrite).parquet(split.test.toString());
    parts[0].write().mode(SaveMode.Overwrite).parquet(split.train.toString());
    return split;
  }

  /** Both parts were written completely (Spark writes {@code _SUCCESS} last). */
  boolean written() {
    return Files.isRegularFile(train.resolve("_SUCCESS")) && Files.isRegularFile(test.resolve("_SUCCESS"));
  }

  /** The training rows in {@code partitions} partitions, cached and counted. */
  public Dataset<Row> readTrain(SparkSession spark, int partitions) {
    return cached(spark.read().parquet(train.toString()).repartition(partitions));
  }

  /** The test rows in {@code partitions} partitions, cached and counted. */
  public Dataset<Row> readTest(SparkSession spark, int partitions) {
    return cached(spark.read().parquet(test.toString()).repartition(partitions));
  }

  /** The first {@code rows} training rows, cached: what a contender warms up on. */
  public static Dataset<Row> head(Dataset<Row> data, long rows) {
    return cached(data.limit(Math.toIntExact(rows)));
  }

  private static Dataset<Row> cached(Dataset<Row> data) {
    data.cache().count();
    return data;
  }
}
