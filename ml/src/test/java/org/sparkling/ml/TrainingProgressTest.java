package org.sparkling.ml;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.H2OContext;
import org.sparkling.LocalSpark;
import org.sparkling.client.Job;
import org.sparkling.progress.CapturedProgress;

/**
 * A {@code fit} shows its H2O job's progress on the context's display: a model to 100%, AutoML and grids with the models
 * trained so far. Lines without interval, so that every change is printed.
 */
class TrainingProgressTest {
  private static final String[] FEATURES = {"distance", "hour", "origin"};
  private static SparkSession spark;
  private static Dataset<Row> train;
  private static H2OContext hc;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("TrainingProgressTest");
    train = H2OGBMTest.syntheticFlights(spark, 1000, 29).cache();
    hc = H2OContext.getOrCreate(spark);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  /** The lines that {@code work} shows for the work named {@code name}. */
  private static List<String> linesOf(String name, Runnable work) {
    try (CapturedProgress progress = CapturedProgress.lines(hc)) {
      work.run();
      return progress.linesOf(name);
    }
  }

  @Test
  void aModelsLinesReachOneHundredPercent() {
    List<String> lines;
    List<String> conversion;
    try (CapturedProgress progress = CapturedProgress.lines(hc)) {
      new H2OGBM().setLabelCol("late").setFeaturesCols(FEATURES).setNtrees(20).setMaxDepth(3).setSeed(1).fit(train);
      lines = progress.linesOf("Training gbm");
      conversion = progress.lines().stream().filter(line -> line.startsWith("Converting '")).toList();
    }

    assertThat(lines).isNotEmpty();
    assertThat(lines.get(lines.size() - 1)).matches("Training gbm: 100%, done in \\d+\\.\\d s");
    assertThat(conversion).as("the conversion before the training").last().asString().contains("(100%), done in");
  }

  @Test
  void anAutoMLRunSaysHowManyModelsItTrained() {
    H2OAutoML automl =
        new H2OAutoML()
            .setLabelCol("late")
            .setFeaturesCols(FEATURES)
            .setMaxModels(2)
            .setNfolds(0)
            .setExcludeAlgos("DeepLearning", "XGBoost", "StackedEnsemble")
            .setMaxRuntimeSecs(60)
            .setSeed(7);

    List<String> lines = linesOf("Training AutoML", () -> automl.fit(train));

    assertThat(lines.get(lines.size() - 1)).matches("Training AutoML: 100%, 2 models trained, done in \\d+\\.\\d s");
    assertThat(automl.getLeaderboard().count()).isEqualTo(2);
  }

  @Test
  void aGridSaysHowManyModelsItTrained() {
    H2OGridSearch grid =
        new H2OGridSearch()
            .setAlgo(new H2OGBM().setLabelCol("late").setFeaturesCols(FEATURES).setNtrees(5))
            .addHyperParameter("maxDepth", 2, 3, 4)
            .setSeed(3);

    List<String> lines = linesOf("Training gbm grid", () -> grid.fit(train));

    assertThat(lines.get(lines.size() - 1)).matches("Training gbm grid: 100%, 3 models trained, done in \\d+\\.\\d s");
  }

  @Test
  void anH2OJobAwaitedByTheContextShowsItsProgress() {
    String frame = hc.asH2OFrame(train, "progress_job_frame").key();
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("model_id", "progress_job_gbm");
    parameters.put("training_frame", frame);
    parameters.put("response_column", "late");
    parameters.put("ntrees", 10);
    try (CapturedProgress progress = CapturedProgress.lines(hc)) {
      Job job = hc.client().train("gbm", parameters);

      Job done = hc.awaitJob(job, Duration.ofMinutes(2));

      assertThat(done.succeeded()).isTrue();
      List<String> lines = progress.linesOf("H2O " + job.description());
      assertThat(lines).as("all lines: %s", progress.lines()).isNotEmpty();
      assertThat(lines.get(lines.size() - 1)).matches("H2O " + job.description() + ": 100%, done in \\d+\\.\\d s");
    } finally {
      hc.client().deleteModel("progress_job_gbm");
      hc.client().deleteFrame(frame);
    }
  }
}
