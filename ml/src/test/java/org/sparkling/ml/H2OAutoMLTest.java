package org.sparkling.ml;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.apache.spark.ml.evaluation.BinaryClassificationEvaluator;
import org.apache.spark.ml.evaluation.RegressionEvaluator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkling.H2OContext;
import org.sparkling.LocalSpark;
import org.sparkling.client.H2OClient;
import org.sparkling.client.H2OServerException;

/** AutoML on a real embedded H2O node: the leader, the leaderboard, the clean-up and the errors a user can hit. */
class H2OAutoMLTest {
  private static final String[] FEATURES = {"distance", "hour", "origin"};
  private static SparkSession spark;
  private static Dataset<Row> train;
  private static Dataset<Row> test;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("H2OAutoMLTest");
    Dataset<Row>[] split = H2OGBMTest.syntheticFlights(spark, 2000, 17).randomSplit(new double[] {0.75, 0.25}, 3);
    train = split[0].cache();
    test = split[1].cache();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static H2OAutoML quickAutoML() {
    return new H2OAutoML()
        .setLabelCol("late")
        .setFeaturesCols(FEATURES)
        .setMaxModels(3)
        .setNfolds(2)
        .setIncludeAlgos("GLM", "GBM", "DRF")
        .setSeed(7);
  }

  @Test
  void returnsTheLeaderAndTheSortedLeaderboardAndLeavesNothingOnTheCluster() {
    H2OClient client = H2OContext.getOrCreate(spark).client();
    ClusterSnapshot before = ClusterSnapshot.of(client);
    H2OAutoML automl = quickAutoML().setSortMetric("logloss");

    H2OMOJOModel leader = automl.fit(train);

    Dataset<Row> leaderboard = automl.getLeaderboard();
    assertThat(leaderboard.columns()).contains("model_id", "logloss", "auc", "algo");
    assertThat(leaderboard.schema().apply("auc").dataType()).isEqualTo(DataTypes.DoubleType);
    List<Row> rows = leaderboard.collectAsList();
    assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
    List<Double> logloss = rows.stream().map(row -> row.<Double>getAs("logloss")).toList();
    assertThat(logloss).isSorted();
    assertThat(ClusterSnapshot.h2oModelId(leader)).isEqualTo(rows.get(0).getAs("model_id"));
    assertThat(leader.getFeaturesCols()).containsExactly(FEATURES);
    assertThat(leader.parent()).isSameAs(automl);
    assertThat(leader.crossValidationMetrics()).containsKey("AUC");

    double auc =
        new BinaryClassificationEvaluator()
            .setRawPredictionCol("probability")
            .evaluate(leader.transform(test).withColumn("label", col("late").cast("double")));
    assertThat(auc).isGreaterThan(0.85);
    before.assertNothingAdded();
  }

  @Test
  void keepsTheRunWhenAskedAndItsStackedEnsembleExportsAMojoThatScores(@TempDir Path folder) throws Exception {
    H2OClient client = H2OContext.getOrCreate(spark).client();
    ClusterSnapshot before = ClusterSnapshot.of(client);
    H2OAutoML automl =
        new H2OAutoML()
            .setLabelCol("delay")
            .setFeaturesCols(FEATURES)
            .setMaxModels(2)
            .setNfolds(2)
            .setIncludeAlgos("GBM", "StackedEnsemble")
            .setProjectName("kept_automl")
            .setKeepBinaryModels(true)
            .setSeed(5);

    H2OMOJOModel leader = automl.fit(train);

    assertThat(leader.modelCategory()).isEqualTo("Regression");
    List<Row> rows = automl.getLeaderboard().collectAsList();
    assertThat(rows).extracting(row -> row.<String>getAs("model_id")).allMatch(client.modelIds()::contains);
    String ensemble =
        rows.stream().filter(row -> "StackedEnsemble".equals(row.getAs("algo"))).findFirst().orElseThrow().getAs("model_id");
    Path mojo = folder.resolve("ensemble.zip");
    java.nio.file.Files.write(mojo, client.mojo(ensemble));
    H2OMOJOModel scorer = H2OMOJOModel.createFromMojo(mojo);
    double r2 = new RegressionEvaluator().setLabelCol("delay").setMetricName("r2").evaluate(scorer.transform(test));
    assertThat(r2).isGreaterThan(0.7);

    client.delete("kept_automl@@delay", true);
    client.frameIds().stream().filter(id -> id.contains(automl.uid())).forEach(client::deleteFrame);
    before.assertNothingAdded();
  }

  @Test
  void rejectsBadInputBeforeTrainingAndPassesOnH2OsOwnMessages() {
    assertThatThrownBy(() -> new H2OAutoML().setSortMetric("accuracy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid sortMetric 'accuracy' for H2OAutoML: H2O accepts AUTO, deviance, logloss, MSE, RMSE, MAE, RMSLE,"
            + " AUC, AUCPR, mean_per_class_error");
    assertThatThrownBy(() -> new H2OAutoML().setExcludeAlgos("GBM", "SVM"))
        .hasMessageContaining("Invalid excludeAlgos 'SVM'")
        .hasMessageContaining("GLM, DRF, GBM, XGBoost, DeepLearning, StackedEnsemble");
    assertThatThrownBy(() -> new H2OAutoML().getLeaderboard()).hasMessageContaining("fit this H2OAutoML first");
    assertThatThrownBy(() -> quickAutoML().setLabelCol("lateness").fit(train))
        .hasMessageContaining("'lateness'");
    assertThatThrownBy(() -> quickAutoML().setExcludeAlgos("DeepLearning").fit(train))
        .isInstanceOf(H2OServerException.class)
        .hasMessageContaining("Parameters `exclude_algos` and `include_algos` are mutually exclusive");
  }

  @Test
  void plotsTheLeaderboardAfterFitAndExplainsWhyNotBefore(@TempDir Path folder) throws Exception {
    H2OAutoML automl = new H2OAutoML().setLabelCol("late").setFeaturesCols(FEATURES).setMaxModels(2).setNfolds(0)
        .setIncludeAlgos("GLM", "GBM").setSeed(3);
    Path png = folder.resolve("leaderboard.png");
    assertThatThrownBy(() -> automl.plotLeaderboard(png)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fit this H2OAutoML first");

    automl.fit(train.limit(500));
    automl.plotLeaderboard(png);

    java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
    assertThat(image).isNotNull();
    assertThat(image.getWidth()).isEqualTo(ModelPlots.WIDTH);
    assertThat(image.getHeight()).isEqualTo(ModelPlots.HEIGHT);
  }

  @Test
  void savesAndLoadsItsParams(@TempDir Path folder) throws Exception {
    H2OAutoML automl = quickAutoML().setSortMetric("auc").setMaxRuntimeSecs(30).setProjectName("mine");
    automl.save(folder.resolve("automl").toString());
    H2OAutoML loaded = H2OAutoML.read().load(folder.resolve("automl").toString());
    assertThat(loaded.uid()).isEqualTo(automl.uid());
    assertThat(loaded.getSortMetric()).isEqualTo("AUC");
    assertThat(loaded.getIncludeAlgos()).containsExactly("GLM", "GBM", "DRF");
    assertThat(loaded.getMaxModels()).isEqualTo(3);
    assertThat(loaded.getMaxRuntimeSecs()).isEqualTo(30.0);
    assertThat(loaded.getProjectName()).isEqualTo("mine");
    assertThat(loaded.getLabelCol()).isEqualTo("late");
    assertThat(loaded.isSet(loaded.stoppingRounds())).isFalse();
  }
}
