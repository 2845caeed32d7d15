package org.sparkling.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.sparkling.H2OContext;
import org.sparkling.bench.peers.BenchSpark;
import org.sparkling.client.Cloud;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/**
 * Spark to H2O and back, measured side by side with Spark's own ways of reading and writing the same cached data: the
 * scan floor, {@code asH2OFrame}, Parquet write, the CSV route through H2O's parser, {@code asSparkFrame} and Parquet
 * read. Writes the tables to {@code bench/RESULTS.md}. Run it with {@code bench/run}.
 */
@Command(
    name = "bench/run",
    mixinStandardHelpOptions = true,
    description = "Measures DataFrame <-> H2O frame conversion against Spark's own reads and writes; writes RESULTS.md.")
public final class ConversionBenchmark implements Callable<Integer> {
  private static final Path HOME = Path.of(System.getenv().getOrDefault("SPARKLING_HOME", "."));

  @Option(names = "--flights", description = "flights-3m.parquet of vega-datasets 3.2.1 (default: ${DEFAULT-VALUE})")
  Path flights = HOME.resolve("bench/data/flights-3m.parquet");

  @Option(names = "--output", description = "the report to write (default: ${DEFAULT-VALUE})")
  Path output = HOME.resolve("bench/RESULTS.md");

  @Option(names = "--work-dir", description = "where Parquet and CSV files are written (default: ${DEFAULT-VALUE})")
  Path workDir = HOME.resolve("bench/target/work");

  @Option(names = "--master", description = "Spark master (default: ${DEFAULT-VALUE})")
  String master = "local[2]";

  @Option(names = "--partitions", description = "partitions of each cached DataFrame (default: 4 per Spark core)")
  int partitions;

  @Option(names = "--rounds", description = "measured rounds (default: ${DEFAULT-VALUE})")
  int rounds = 5;

  @Option(names = "--warm-up-rounds", description = "unmeasured rounds first (default: ${DEFAULT-VALUE})")
  int warmUpRounds = 1;

  @Option(names = "--random-rows", description = "rows of the random data set (default: ${DEFAULT-VALUE})")
  long randomRows = 1_000_000;

  @Option(names = "--random-columns", description = "double columns of the random data set (default: ${DEFAULT-VALUE})")
  int randomColumns = 100;

  @Option(names = "--seed", description = "seed of the random data set (default: ${DEFAULT-VALUE})")
  long seed = 42;

  @Mixin QuietOptions quiet = new QuietOptions();

  @Option(names = "--data-sets", split = ",", description = "which data sets: flights, random (default: both)")
  List<String> dataSets = List.of("flights", "random");

  private final PrintStream out = System.out;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ConversionBenchmark()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Instant started = Instant.now();
    long startedNanos = System.nanoTime();
    String libraryJar = LibraryJar.describe();
    Files.createDirectories(workDir);
    double loadAtStart = OtherLoad.loadAverageBeforeStart(out);
    SparkSession spark = BenchSpark.start(master, workDir);
    try (OtherLoad otherLoad = OtherLoad.watch()) {
      int cores = spark.sparkContext().defaultParallelism();
      int partitionCount = partitions > 0 ? partitions : 4 * cores;
      H2OContext hc = H2OContext.getOrCreate(spark);
      Cloud cloud = hc.cloud();
      out.printf("Spark %s %s (%d cores), H2O %s (%d node(s), %d threads), %d partitions, %d+%d rounds%n",
          spark.version(), master, cores, cloud.version(), cloud.cloudSize(), cloud.nodes().get(0).nthreads(),
          partitionCount, warmUpRounds, rounds);
      DataSets sets = new DataSets(spark, partitionCount);
      DataSetBenchmark benchmark =
          new DataSetBenchmark(spark, hc, workDir, new RoundRunner(warmUpRounds, rounds, quiet.policy(), out), out);
      List<DataSetResult> results = new ArrayList<>();
      for (String dataSet : dataSets) {
        out.printf("Loading %s into Spark's cache%n", dataSet);
        BenchData data = load(sets, dataSet);
        try {
          results.add(benchmark.run(data));
        } finally {
          data.release();
        }
      }
      RunSettings settings =
          settings(started, libraryJar, cores, partitionCount, spark, cloud, loadAtStart, otherLoad);
      double totalSeconds = (System.nanoTime() - startedNanos) / 1e9;
      new ResultsReport(settings, Machine.current(), results, totalSeconds).write(output);
      out.printf("Wrote %s (%.0f s in all)%n", output, totalSeconds);
      return 0;
    } finally {
      spark.stop();
    }
  }

  private RunSettings settings(
      Instant started, String libraryJar, int cores, int partitionCount, SparkSession spark, Cloud cloud, double loadAtStart,
      OtherLoad otherLoad) {
    return new RunSettings(
        System.getProperty("bench.command", "java " + ConversionBenchmark.class.getName()),
        System.getProperty("bench.code", "unknown"),
        libraryJar,
        started.truncatedTo(ChronoUnit.SECONDS).toString(),
        master, cores, partitionCount, warmUpRounds, rounds, Heap.max(), spark.version(),
        String.format("H2O %s, %d node in this JVM, %d threads", cloud.version(), cloud.cloudSize(),
            cloud.nodes().get(0).nthreads()),
        String.format(Locale.ROOT, "load average %.2f at the start; CPU used by other processes during the run: %s; "
            + "%s", loadAtStart, otherLoad.describe(), quiet.policy().describe()));
  }

  private BenchData load(DataSets sets, String dataSet) {
    switch (dataSet) {
      case "flights":
        return sets.flights(flights);
      case "random":
        return sets.randomDoubles(randomRows, randomColumns, seed);
      default:
        throw new CommandLine.ParameterException(
            new CommandLine(this), "Unknown data set '" + dataSet + "'; choose flights, random or both");
    }
  }
}
