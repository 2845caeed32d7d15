package org.sparkling.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.sparkling.H2OContext;
import org.sparkling.bench.ConversionTimes.DataSetTimes;
import org.sparkling.bench.ConversionTimes.MeasuredContender;
import org.sparkling.bench.peers.BenchSpark;
import org.sparkling.bench.peers.TrialFiles;
import org.sparkling.client.Cloud;

/**
 * One trial of the backend benchmark, in a JVM of its own that {@link BackendBenchmark} starts: this JVM is the Spark
 * driver. It reads a {@link TrialRequest}, starts Spark and the backend, measures, stops both and writes the result.
 *
 * <pre>{@code java ... org.sparkling.bench.BackendTrial request.json result.json}</pre>
 */
public final class BackendTrial {
  private static final Duration EXECUTORS_TIMEOUT = Duration.ofMinutes(3);

  private BackendTrial() {}

  public static void main(String[] args) {
    int status = 1;
    try {
      Path requestFile = Path.of(args[0]).toAbsolutePath();
      TrialRequest request = TrialFiles.read(requestFile, TrialRequest.class);
      Path workDir = requestFile.getParent();
      Object result = request.mode() == TrialRequest.Mode.START ? start(request, workDir) : convert(request, workDir);
      TrialFiles.write(Path.of(args[1]), result);
      status = 0;
    } catch (Throwable e) {
      e.printStackTrace();
    }
    // An embedded H2O node cannot stop, and its threads would keep this JVM alive.
    System.exit(status);
  }

  /** Spark, then the backend, started once and stopped; the seconds of each step. */
  static StartTimes start(TrialRequest request, Path workDir) throws InterruptedException {
    Map<String, Double> seconds = new LinkedHashMap<>();
    seconds.put(StartTimes.JVM,
        (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1e3);
    long mark = System.nanoTime();
    SparkSession spark = spark(request, workDir);
    try {
      mark = lap(seconds, StartTimes.SPARK, mark);
      if (request.executors() > 0) {
        awaitExecutors(spark, request.executors());
        mark = lap(seconds, StartTimes.EXECUTORS, mark);
      }
      H2OContext hc = H2OContext.getOrCreate(spark, request.setup().conf(request));
      String cluster;
      try {
        mark = lap(seconds, StartTimes.CONTEXT, mark);
        cluster = describe(hc.cloud());
      } finally {
        hc.stop();
      }
      spark.stop();
      lap(seconds, StartTimes.STOP, mark);
      return new StartTimes(spark.version(), cluster, seconds);
    } finally {
      spark.stop();
    }
  }

  /** Each size of the mixed data set cached in Spark, converted to H2O and back round after round. */
  static ConversionTimes convert(TrialRequest request, Path workDir) throws Exception {
    SparkSession spark = spark(request, workDir);
    try {
      awaitExecutors(spark, request.executors());
      H2OContext hc = H2OContext.getOrCreate(spark, request.setup().conf(request));
      try {
        int partitions = 4 * spark.sparkContext().defaultParallelism();
        DataSets sets = new DataSets(spark, partitions);
        RoundRunner runner = new RoundRunner(request.warmUpRounds(), request.rounds(), request.quiet(), System.out);
        List<DataSetTimes> dataSets = new ArrayList<>();
        for (long rows : request.rows()) {
          System.out.printf("[%s] loading %,d rows into Spark's cache%n", request.setup().id(), rows);
          BenchData data = sets.mixed(rows, request.seed());
          try {
            dataSets.add(convert(request.setup(), spark, hc, runner, data, partitions));
          } finally {
            data.release();
          }
        }
        return new ConversionTimes(spark.version(), describe(hc.cloud()), Heap.max(), dataSets);
      } finally {
        hc.stop();
      }
    } finally {
      spark.stop();
    }
  }

  private static DataSetTimes convert(
      BackendSetup setup, SparkSession spark, H2OContext hc, RoundRunner runner, BenchData data, int partitions)
      throws Exception {
    long cached = DataSets.cachedBytes(spark);
    long expected = FieldChecksum.scan(data.data()).checksum();
    ToH2O toH2O = new ToH2O(hc, data);
    ToSpark toSpark = new ToSpark(hc, data);
    Map<Contender, ContenderResult> results = runner.run(setup.id() + " " + data.name(), List.of(toH2O, toSpark));
    return new DataSetTimes(data.name(), data.description(), data.rows(), data.columns(), partitions, cached,
        toSpark.checksum() == expected, results.values().stream().map(MeasuredContender::of).toList());
  }

  private static SparkSession spark(TrialRequest request, Path workDir) {
    return BenchSpark.start(request.master(), workDir, request.sparkSettings());
  }

  /** Waits until {@code executors} executors have registered with the driver (the status tracker lists it too). */
  private static void awaitExecutors(SparkSession spark, int executors) throws InterruptedException {
    long deadline = System.nanoTime() + EXECUTORS_TIMEOUT.toNanos();
    while (spark.sparkContext().statusTracker().getExecutorInfos().length - 1 < executors) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("Only " + (spark.sparkContext().statusTracker().getExecutorInfos().length - 1)
            + " of " + executors + " executors registered within " + EXECUTORS_TIMEOUT.toSeconds() + " s");
      }
      Thread.sleep(10);
    }
  }

  private static long lap(Map<String, Double> seconds, String step, long since) {
    long now = System.nanoTime();
    seconds.put(step, (now - since) / 1e9);
    return now;
  }

  private static String describe(Cloud cloud) {
    Cloud.Node node = cloud.nodes().get(0);
    return String.format(Locale.ROOT, "H2O %s, %d node(s) of %d thread(s) and %s heap each", cloud.version(),
        cloud.cloudSize(), node.nthreads(), Units.bytes(node.maxMem()));
  }
}
