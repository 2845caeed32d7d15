package org.sparkling.cluster;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.SparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.H2OConf;
import org.sparkling.H2OContext;
import org.sparkling.H2OFrame;
import org.sparkling.backend.external.NodeJvms;
import org.sparkling.client.FrameDescription;
import org.sparkling.client.Job;

/**
 * Spark dynamic allocation with the external backend, on a real standalone cluster (two workers of one core): executors
 * start when there is work and leave after 2 s idle (shuffle tracking on, 0 to 2 executors), while DataFrames are
 * converted to H2O, a GBM is trained and frames are read back; an executor killed in the middle of a conversion costs a
 * retry, not a row. The H2O node is a JVM of its own beside the driver, so executors hold no H2O data.
 */
class DynamicAllocationTest {
  private static final long ROWS = 100_000;
  private static final int PARTITIONS = 8;
  private static final String[] TOTALS = {
    "COUNT(*)", "SUM(id)", "SUM(half)", "COUNT(DISTINCT level)", "COUNT(sparse)", "SUM(sparse)", "SUM(CAST(flag AS INT))",
    "SUM(y)"
  };
  private static final long STARTED = System.nanoTime();
  private static StandaloneCluster cluster;
  private static SparkSession spark;
  private static ExecutorWatch watch;
  private static H2OContext hc;

  @BeforeAll
  static void start() {
    cluster = StandaloneCluster.start(2, 1, "1g", Path.of("target/clusters"));
    spark =
        ClusterSpark.start(cluster, "DynamicAllocationTest",
            Map.of(
                "spark.dynamicAllocation.enabled", "true",
                "spark.dynamicAllocation.shuffleTracking.enabled", "true",
                "spark.dynamicAllocation.minExecutors", "0",
                "spark.dynamicAllocation.initialExecutors", "0",
                "spark.dynamicAllocation.maxExecutors", "2",
                "spark.dynamicAllocation.executorIdleTimeout", "2s",
                "spark.dynamicAllocation.schedulerBacklogTimeout", "1s",
                "spark.executor.cores", "1",
                "spark.cores.max", "2",
                "spark.executor.memory", "512m"));
    watch = ExecutorWatch.start(spark.sparkContext());
    hc = H2OContext.getOrCreate(spark,
        new H2OConf()
            .setExternalClusterMode()
            .useAutoClusterStart()
            .setExternalClusterSize(1)
            .setExternalMemory("768m")
            .setCloudName(NodeJvms.cloudName("dynalloc"))
            .setBasePort(NodeJvms.basePort())
            .setCloudTimeout(Duration.ofMinutes(3))
            .setWorkDir(cluster.folder().resolve("sparkling").toString()));
  }

  @AfterAll
  static void stop() {
    try {
      if (watch != null) {
        watch.close();
        report("executor counts seen (seconds since the session started: count, [step]): %s", watch.timeline());
        report("executors added %d, removed %d; tasks lost with their executor %d", watch.added(), watch.removed(),
            watch.lostTasks());
      }
      if (hc != null) {
        hc.stop();
      }
    } finally {
      try {
        if (spark != null) {
          spark.stop();
        }
      } finally {
        if (cluster != null) {
          cluster.close();
        }
        report("whole class: %.1f s", (System.nanoTime() - STARTED) / 1e9);
      }
    }
  }

  @Test
  void convertsTrainsAndReadsWhileExecutorsComeAndGo() {
    awaitNoExecutors();
    watch.mark("convert from 0 executors");
    Dataset<Row> first = data(0, ROWS);
    H2OFrame frame = hc.asH2OFrame(first, "dynalloc_first");
    assertThat(watch.mark("converted")).as("executors that started to convert").isPositive();
    assertConverted(frame, 0, ROWS);
    awaitNoExecutors();

    watch.mark("train GBM");
    Job job = hc.client().train("gbm",
        Map.of("training_frame", frame.key(), "response_column", "y", "ignored_columns", List.of("id"), "ntrees", 10,
            "max_depth", 3, "seed", 42, "model_id", "dynalloc_gbm"));
    Job trained = hc.client().awaitJob(job.key(), Duration.ofMinutes(2), progress -> {});
    assertThat(trained.succeeded()).as("GBM job %s", trained).isTrue();
    assertThat(hc.client().modelIds()).contains("dynalloc_gbm");

    watch.mark("read back");
    assertSameTotals(first, hc.asSparkFrame(frame));
    assertThat(watch.mark("read")).as("executors that started to read back").isPositive();
    awaitNoExecutors();

    watch.mark("convert again");
    Dataset<Row> second = data(ROWS, 3 * ROWS);
    H2OFrame again = hc.asH2OFrame(second, "dynalloc_second");
    assertThat(watch.mark("converted again")).as("executors that started to convert again").isPositive();
    assertConverted(again, ROWS, 3 * ROWS);
    assertSameTotals(second, hc.asSparkFrame(again));
    watch.mark("checked");
  }

  @Test
  void anExecutorKilledMidConversionCostsARetryNotARow() throws Exception {
    SparkContext sc = spark.sparkContext();
    int lostBefore = watch.lostTasks();
    watch.mark("slow conversion");
    CompletableFuture<H2OFrame> conversion =
        CompletableFuture.supplyAsync(() -> hc.asH2OFrame(slowly(data(0, ROWS)), "dynalloc_killed"));
    String victim =
        await("a conversion task running on an executor")
            .atMost(Duration.ofMinutes(2))
            .until(watch::busyExecutor, Optional::isPresent)
            .orElseThrow();

    report("sc.requestExecutors(1) during the conversion: %s", sc.requestExecutors(1));
    Throwable refused = catchThrowable(() -> sc.killExecutor(victim));
    report("sc.killExecutor(%s): %s; killing its JVM instead", victim, refused == null ? "accepted" : refused.getMessage());
    killExecutorJvm(sc.applicationId(), victim);
    watch.mark("killed executor " + victim);

    H2OFrame frame = conversion.get(3, TimeUnit.MINUTES);
    watch.mark("converted despite the kill");
    assertThat(watch.lostTasks() - lostBefore).as("tasks lost with executor %s, and run again", victim).isPositive();
    assertConverted(frame, 0, ROWS);
    Dataset<Row> back = hc.asSparkFrame(frame);
    assertSameTotals(data(0, ROWS), back);
    assertThat(back.select("id").distinct().count()).isEqualTo(ROWS);
    assertThat(hc.cloud().cloudSize()).isEqualTo(1);
  }

  /** Rows {@code from} (a multiple of 10) to {@code to}, in {@link #PARTITIONS} partitions; {@code y} is a GBM target. */
  private static Dataset<Row> data(long from, long to) {
    return spark.range(from, to, 1, PARTITIONS).selectExpr(
        "id", "id * 0.5D AS half", "CONCAT('level-', id % 13) AS level", "IF(id % 10 = 0, NULL, id) AS sparse",
        "id % 3 = 0 AS flag", "(id % 13) * 1.5D + IF(id % 3 = 0, 4.0D, 0.0D) AS y");
  }

  /** The same rows, each partition taking about 2 s, so that an executor can be killed while it converts. */
  private static Dataset<Row> slowly(Dataset<Row> data) {
    UserDefinedFunction pause =
        functions.udf((Long id) -> {
          if (id % 250 == 0) {
            Thread.sleep(40);
          }
          return id;
        }, DataTypes.LongType);
    return data.withColumn("id", pause.apply(col("id")));
  }

  private static void assertConverted(H2OFrame frame, long from, long to) {
    long rows = to - from;
    FrameDescription description = frame.description();
    assertThat(description.rows()).isEqualTo(rows);
    assertThat(description.chunks()).as("one chunk per partition, each written once")
        .hasSize(PARTITIONS)
        .allSatisfy(chunk -> assertThat(chunk.rows()).isEqualTo(rows / PARTITIONS));
    FrameDescription.Column id = description.columns().get(0);
    assertThat(id.min()).isEqualTo(from);
    assertThat(id.max()).isEqualTo(to - 1);
    assertThat(id.mean()).isCloseTo((from + to - 1) / 2.0, within(1e-6));
    assertThat(description.columns().get(3).naCount()).isEqualTo(rows / 10);
    assertThat(description.columns().get(2).cardinality()).isEqualTo(13);
  }

  private static void assertSameTotals(Dataset<Row> expected, Dataset<Row> actual) {
    assertThat(actual.selectExpr(TOTALS).first().toString()).isEqualTo(expected.selectExpr(TOTALS).first().toString());
  }

  /**
   * Waits until every executor has left after idling. With shuffle tracking an executor that holds shuffle files of an
   * earlier query (the totals compared) stays until Spark's ContextCleaner drops that shuffle, which it does when the
   * driver's garbage collector has collected the query: hence the System.gc().
   */
  private static void awaitNoExecutors() {
    await("executors released after idling")
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofSeconds(1))
        .until(() -> {
          System.gc();
          return watch.executors();
        }, count -> count == 0);
  }

  /** Kills the JVM of executor {@code executorId} of this application at once, as a lost machine would lose it. */
  private static void killExecutorJvm(String applicationId, String executorId) {
    ProcessHandle executor =
        ProcessHandle.current().descendants()
            .filter(process -> isExecutor(process, applicationId, executorId))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No JVM of executor " + executorId + " of " + applicationId));
    executor.destroyForcibly();
    executor.onExit().join();
  }

  private static boolean isExecutor(ProcessHandle process, String applicationId, String executorId) {
    List<String> arguments = List.of(process.info().arguments().orElse(new String[0]));
    int id = arguments.indexOf("--executor-id");
    return id >= 0 && id + 1 < arguments.size() && arguments.get(id + 1).equals(executorId)
        && arguments.contains(applicationId);
  }

  private static void report(String format, Object... values) {
    System.out.printf("DynamicAllocationTest: " + format + "%n", values);
  }
}
