package org.sparkling.bench;

import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** {@code spark.read().parquet(folder)} read in full: the data set written once as Parquet, read back into Spark rows. */
final class ParquetRead implements Contender {
  private final SparkSession spark;
  private final BenchData data;
  private final Path folder;
  private long checksum;

  ParquetRead(SparkSession spark, BenchData data, Path workDir) {
    this.spark = spark;
    this.data = data;
    this.folder = workDir.resolve(data.name() + "-read.parquet");
  }

  @Override
  public String name() {
    return "parquet read";
  }

  @Override
  public String definition() {
    return "`spark.read().parquet(folder)` of the data set written once (before the rounds) exactly as the parquet "
        + "write contender writes it, read in full with the scan floor's loop over `toRdd()` (vectorized reader, "
        + "files in the OS page cache)";
  }

  @Override
  public void setUp() {
    data.data().write().mode("overwrite").parquet(folder.toString());
  }

  @Override
  public Map<String, Double> run() {
    FieldChecksum.Scan scan = FieldChecksum.scan(spark.read().parquet(folder.toString()));
    Checks.rows(name(), scan.rows(), data.rows());
    checksum = scan.checksum();
    return Map.of();
  }

  long checksum() {
    return checksum;
  }

  @Override
  public void tearDown() {
    Folders.delete(folder);
  }
}
