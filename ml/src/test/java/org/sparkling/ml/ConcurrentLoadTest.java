package org.sparkling.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.H2OContext;
import org.sparkling.H2OFrame;
import org.sparkling.LocalSpark;
import org.sparkling.client.StoredKeys;

/**
 * Eight threads convert, read back and train at once against one H2OContext: every one succeeds with the results the
 * same work gives when run one after the other, and nothing is left in the cluster.
 */
class ConcurrentLoadTest {
  private static final int THREADS = 8;
  private static SparkSession spark;
  private static Dataset<Row> fixedSet;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("ConcurrentLoadTest");
    fixedSet = H2OGBMTest.syntheticFlights(spark, 50, 999).cache();
  }

  @AfterAll
  static void stopSpark() {
    H2OContext.getOrCreate(spark).stop();
    spark.stop();
  }

  /** What one unit of work produced: rows converted, totals of the round trip, and the model's scores on a fixed set. */
  record Outcome(long rows, String roundTripTotals, List<String> predictions) {}

  private static Outcome work(int seed) {
    H2OContext hc = H2OContext.getOrCreate(spark);
    Dataset<Row> data = H2OGBMTest.syntheticFlights(spark, 600, seed).repartition(2);
    String roundTrip;
    long rows;
    try (H2OFrame frame = hc.asH2OFrame(data)) {
      rows = frame.numberOfRows();
      roundTrip = hc.asSparkFrame(frame)
          .selectExpr("COUNT(*)", "SUM(distance)", "SUM(hour)", "COUNT(DISTINCT origin)", "SUM(CAST(late AS INT))",
              "SUM(delay)")
          .first()
          .toString();
    }
    H2OMOJOModel model = new H2OGBM()
        .setLabelCol("late")
        .setFeaturesCols("distance", "hour", "origin")
        .setNtrees(5)
        .setMaxDepth(3)
        .setSeed(42)
        .fit(data);
    List<String> predictions = model.transform(fixedSet).select("probability").collectAsList().stream()
        .map(row -> row.get(0).toString())
        .toList();
    return new Outcome(rows, roundTrip, predictions);
  }

  @Test
  void eightThreadsAtOnceGetTheSequentialResultsAndLeaveNoKeys() throws Exception {
    H2OContext hc = H2OContext.getOrCreate(spark);
    StoredKeys before = hc.client().storedKeys();

    List<Outcome> sequential = new ArrayList<>();
    for (int seed = 0; seed < THREADS; seed++) {
      sequential.add(work(seed));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<Outcome>> running = new ArrayList<>();
    for (int seed = 0; seed < THREADS; seed++) {
      int s = seed;
      running.add(pool.submit(() -> work(s)));
    }
    List<Outcome> concurrent = new ArrayList<>();
    for (Future<Outcome> outcome : running) {
      concurrent.add(outcome.get(5, TimeUnit.MINUTES));
    }
    pool.shutdown();
    StoredKeys after = hc.client().storedKeys();
    System.out.printf("%d threads x (convert, read back, GBM fit, score): keys before %s, after %s%n",
        THREADS, before, after);

    for (int seed = 0; seed < THREADS; seed++) {
      assertThat(concurrent.get(seed)).as("thread %d against the sequential run", seed).isEqualTo(sequential.get(seed));
      assertThat(concurrent.get(seed).rows()).isEqualTo(600);
      assertThat(concurrent.get(seed).predictions()).hasSize(50);
    }
    assertThat(sequential.stream().map(Outcome::roundTripTotals).distinct()).as("seeds make different data").hasSize(THREADS);
    assertThat(after.frames()).as("frames left").isEqualTo(before.frames());
    assertThat(after.vecs()).as("vecs left").isEqualTo(before.vecs());
    assertThat(after.chunks()).as("chunks left").isEqualTo(before.chunks());
    assertThat(after.models()).as("models left by the estimators").isEqualTo(before.models());
  }
}
