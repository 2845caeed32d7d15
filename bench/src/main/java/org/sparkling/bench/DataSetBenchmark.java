package org.sparkling.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.sparkling.H2OContext;

/** Every contender on one cached data set, and what the report tells besides the times. */
final class DataSetBenchmark {
  private final SparkSession spark;
  private final H2OContext hc;
  private final Path workDir;
  private final RoundRunner runner;
  private final PrintStream out;

  DataSetBenchmark(SparkSession spark, H2OContext hc, Path workDir, RoundRunner runner, PrintStream out) {
    this.spark = spark;
    this.hc = hc;
    this.workDir = workDir;
    this.runner = runner;
    this.out = out;
  }

  DataSetResult run(BenchData data) throws Exception {
    DataSetResult result = new DataSetResult(data);
    result.note("Spark's cache (in memory)", Units.bytes(DataSets.cachedBytes(spark)));
    ScanFloor scan = new ScanFloor(data);
    ToH2O toH2O = new ToH2O(hc, data);
    ParquetWrite parquetWrite = new ParquetWrite(data, workDir);
    CsvRoute csv = new CsvRoute(hc.client(), data, workDir);
    ToSpark toSpark = new ToSpark(hc, data);
    ParquetRead parquetRead = new ParquetRead(spark, data, workDir);
    List<Contender> contenders = List.of(scan, toH2O, parquetWrite, csv, toSpark, parquetRead);
    out.printf("[%s] %,d rows x %d columns; %d contenders%n", data.name(), data.rows(), data.columns(), contenders.size());

    Map<Contender, ContenderResult> results = runner.run(data.name(), contenders);
    results.values().forEach(result::add);
    result.csvColumns(csv.parsedColumns());
    result.note("Parquet files written (snappy)", Units.bytes(parquetWrite.bytesOnDisk()));
    result.note("CSV files written", Units.bytes(csv.bytesOnDisk()));
    result.note("checksum of the scan floor / to-Spark / parquet read",
        String.format("%d / %d / %d (%s)", scan.checksum(), toSpark.checksum(), parquetRead.checksum(),
            scan.checksum() == toSpark.checksum() && scan.checksum() == parquetRead.checksum()
                ? "equal: all three read the same values" : "NOT equal"));
    out.printf("[%s] medians: %s%n", data.name(),
        Arrays.toString(result.contenders().stream()
            .map(contender -> contender.name() + " " + Units.seconds(contender.total().median())).toArray()));
    Target.of(result).forEach(target -> out.printf("[%s] %s: %s = %s, of minimums %s (%s)%n", data.name(),
        target.goal(), target.ratioName(), Units.ratio(target.ratio()), Units.ratio(target.ratioOfMinimums()),
        target.met() ? "met" : "NOT met"));
    return result;
  }
}
