package org.sparkling.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.evaluation.BinaryClassificationEvaluator;
import org.apache.spark.ml.evaluation.RegressionEvaluator;
import org.apache.spark.ml.tuning.CrossValidator;
import org.apache.spark.ml.tuning.CrossValidatorModel;
import org.apache.spark.ml.tuning.ParamGridBuilder;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sparkling.H2OContext;
import org.sparkling.LocalSpark;
import org.sparkling.client.H2OClient;
import org.sparkling.client.H2OServerException;

/** Every algorithm trains on a small real-sized sample and scores in Spark; bad input fails before training, clearly. */
class H2OEstimatorsTest {
  private static final String[] FEATURES = {"distance", "hour", "origin"};
  private static SparkSession spark;
  private static Dataset<Row> train;
  private static Dataset<Row> test;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("H2OEstimatorsTest");
    Dataset<Row>[] split =
        H2OGBMTest.syntheticFlights(spark, 2500, 5)
            .withColumn("gate", functions.col("hour").mod(3))
            .withColumn("fold", functions.col("hour").mod(2))
            .withColumn("weight", functions.lit(1.0))
            .randomSplit(new double[] {0.8, 0.2}, 13);
    train = split[0].cache();
    test = split[1].cache();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  static Stream<Arguments> classifiers() {
    return Stream.of(
        Arguments.of("gbm", (Supplier<H2OSupervisedEstimator<?>>) () -> new H2OGBM().setNtrees(5).setMaxDepth(3)),
        Arguments.of("drf", (Supplier<H2OSupervisedEstimator<?>>) () -> new H2ODRF().setNtrees(5).setMaxDepth(5)),
        Arguments.of("xgboost", (Supplier<H2OSupervisedEstimator<?>>) () -> new H2OXGBoost().setNtrees(5).setMaxDepth(3)),
        Arguments.of("glm", (Supplier<H2OSupervisedEstimator<?>>) () -> new H2OGLM().setFamily("binomial")),
        Arguments.of("deeplearning",
            (Supplier<H2OSupervisedEstimator<?>>) () -> new H2ODeepLearning().setEpochs(2).setHidden(new int[] {8, 8})));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("classifiers")
  void eachSupervisedAlgorithmTrainsAClassifierThatScoresInSpark(String algorithm, Supplier<H2OSupervisedEstimator<?>> create) {
    H2OMOJOModel model = create.get().setLabelCol("late").setFeaturesCols(FEATURES).setSeed(7).fit(train);

    assertThat(model.modelCategory()).isEqualTo("Binomial");
    Dataset<Row> scored = model.transform(test);
    assertThat(scored.count()).isEqualTo(test.count());
    double accuracy = scored.filter(functions.col("prediction").equalTo(functions.col("late"))).count() / (double) test.count();
    assertThat(accuracy).as(algorithm).isGreaterThan(0.7);
  }

  static Stream<Arguments> regressors() {
    return Stream.of(
        Arguments.of("gbm", (Supplier<H2OSupervisedEstimator<?>>) () -> new H2OGBMRegressor().setNtrees(10)),
        Arguments.of("drf", (Supplier<H2OSupervisedEstimator<?>>) () -> new H2ODRFRegressor().setNtrees(10)),
        Arguments.of("xgboost", (Supplier<H2OSupervisedEstimator<?>>) () -> new H2OXGBoostRegressor().setNtrees(10)),
        Arguments.of("glm", (Supplier<H2OSupervisedEstimator<?>>) () -> new H2OGLMRegressor()),
        Arguments.of("deeplearning",
            (Supplier<H2OSupervisedEstimator<?>>) () -> new H2ODeepLearningRegressor().setEpochs(5).setHidden(new int[] {16})));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regressors")
  void eachRegressorPredictsANumber(String algorithm, Supplier<H2OSupervisedEstimator<?>> create) {
    H2OMOJOModel model = create.get().setLabelCol("delay").setFeaturesCols(FEATURES).setSeed(3).fit(train);

    assertThat(model.modelCategory()).isEqualTo("Regression");
    double r2 = new RegressionEvaluator().setLabelCol("delay").setMetricName("r2").evaluate(model.transform(test));
    assertThat(r2).as(algorithm).isGreaterThan(0.5);
  }

  @Test
  void learnsRealFlightDelaysFromASample() {
    Dataset<Row> flights =
        spark.read().parquet("../data/flights-100k.parquet").limit(4000)
            .withColumn("late", functions.col("delay").gt(15))
            .withColumn("hour", functions.hour(functions.col("date")))
            .select("late", "distance", "hour", "origin");
    H2OMOJOModel model = new H2OXGBoostClassifier().setLabelCol("late").setNtrees(10).setMaxDepth(4).setSeed(1).fit(flights);

    assertThat(model.getFeaturesCols()).containsExactly("distance", "hour", "origin");
    assertThat(model.responseDomain()).containsExactly("False", "True");
    assertThat(model.transform(flights).filter(functions.col("prediction").isNull()).count()).isZero();
  }

  @Test
  void aClassifierMakesANumericLabelCategorical() {
    H2OMOJOModel model =
        new H2OGBMClassifier().setLabelCol("gate").setFeaturesCols("distance", "origin").setNtrees(3).fit(train);
    assertThat(model.modelCategory()).isEqualTo("Multinomial");
    assertThat(model.responseDomain()).containsExactly("0", "1", "2");
  }

  @Test
  void kMeansAndIsolationForestTrainWithoutALabel() {
    H2OMOJOModel clusters = new H2OKMeans().setK(3).setFeaturesCols("distance", "hour").setSeed(1).fit(train);
    assertThat(clusters.modelCategory()).isEqualTo("Clustering");
    H2OMOJOModel anomalies = new H2OIsolationForest().setNtrees(10).setFeaturesCols(FEATURES).setSeed(1).fit(train);
    assertThat(anomalies.modelCategory()).isEqualTo("AnomalyDetection");
  }

  @Test
  void trainsWithWeightsFoldsAndAValidationSplit() {
    H2OMOJOModel folded =
        new H2OGBM().setLabelCol("late").setFeaturesCols(FEATURES).setWeightCol("weight").setFoldCol("fold").setNtrees(3)
            .fit(train);
    assertThat(folded.getFeaturesCols()).containsExactly(FEATURES);
    H2OMOJOModel split = new H2OGBM().setLabelCol("late").setSplitRatio(0.8).setSeed(5).setNtrees(3).fit(train);
    assertThat(split.getFeaturesCols()).containsExactly("distance", "hour", "origin", "delay", "gate", "fold", "weight");
    H2OMOJOModel validated =
        new H2OGBM().setLabelCol("late").setFeaturesCols(FEATURES).setValidationDataFrame(test).setNtrees(3).fit(train);
    assertThat(validated.modelCategory()).isEqualTo("Binomial");
  }

  @Test
  void keepsTheModelOnTheClusterOnlyWhenAsked() {
    H2OClient client = H2OContext.getOrCreate(spark).client();
    H2OGBM gbm = new H2OGBM().setLabelCol("late").setFeaturesCols(FEATURES).setNtrees(2).setKeepBinaryModels(true);
    gbm.fit(train);
    assertThat(client.modelIds()).anyMatch(id -> id.startsWith("sparkling_model_" + gbm.uid()));
    assertThat(client.frameIds()).anyMatch(id -> id.startsWith("sparkling_training_" + gbm.uid()));
    client.modelIds().stream().filter(id -> id.contains(gbm.uid())).forEach(client::deleteModel);
    client.frameIds().stream().filter(id -> id.contains(gbm.uid())).forEach(client::deleteFrame);
  }

  @Test
  void treatsTheColumnsToCategoricalAsCategories() {
    H2OMOJOModel model =
        new H2OGBM().setLabelCol("late").setFeaturesCols("distance", "gate").setColumnsToCategorical("gate").setNtrees(2)
            .fit(train);
    assertThat(model.modelCategory()).isEqualTo("Binomial");
    // the numeric gate scores as the level its text names, as it was sent to H2O
    assertThat(model.transform(test).filter(functions.col("prediction").isNull()).count()).isZero();
    assertThatThrownBy(() -> new H2OGBM().setLabelCol("late").setColumnsToCategorical("gates").fit(train))
        .hasMessageContaining("Categorical column 'gates' is not in the DataFrame");
  }

  @Test
  void tunesWithCrossValidatorOverGeneratedParams() {
    H2OGBMClassifier gbm = new H2OGBMClassifier().setLabelCol("lateness").setFeaturesCols(FEATURES).setSeed(2);
    CrossValidator validator =
        new CrossValidator()
            .setEstimator(gbm)
            .setEstimatorParamMaps(new ParamGridBuilder().addGrid(gbm.ntrees(), new int[] {2, 6}).build())
            .setEvaluator(new BinaryClassificationEvaluator().setLabelCol("lateness").setRawPredictionCol("probability"))
            .setNumFolds(2)
            .setSeed(4);
    CrossValidatorModel tuned = validator.fit(train.withColumn("lateness", functions.col("late").cast("double")));
    assertThat(tuned.avgMetrics()).hasSize(2);
    assertThat(java.util.Arrays.stream(tuned.avgMetrics()).min().orElseThrow()).isGreaterThan(0.7);
  }

  @Test
  void sendsOnlyTheExplicitlySetParametersByH2OsNames() {
    H2OGBM gbm = new H2OGBM().setNtrees(3).setLearnRate(0.2).setStoppingMetric("logLoss");
    assertThat(gbm.h2oParameters()).isEqualTo(Map.of("ntrees", 3, "learn_rate", 0.2, "stopping_metric", "logloss"));
    assertThat(gbm.getMaxDepth()).isEqualTo(5);
    assertThat(gbm.getSampleRate()).isEqualTo(1.0);
    assertThat(gbm.getDistribution()).isEqualTo("AUTO");
    assertThat(gbm.copy(new org.apache.spark.ml.param.ParamMap()).h2oParameters()).isEqualTo(gbm.h2oParameters());
  }

  @Test
  void savesAndLoadsItsParamsAloneAndInAPipeline(@TempDir Path folder) throws IOException {
    H2OGBMClassifier gbm =
        new H2OGBMClassifier().setLabelCol("gate").setNtrees(4).setStoppingMetric("AUC").setWithContributions(true);
    gbm.write().save(folder.resolve("gbm").toString());
    H2OGBMClassifier loaded = H2OGBMClassifier.read().load(folder.resolve("gbm").toString());
    assertThat(loaded.uid()).isEqualTo(gbm.uid());
    assertThat(loaded.h2oParameters()).isEqualTo(Map.of("ntrees", 4, "stopping_metric", "AUC"));
    assertThat(loaded.getLabelCol()).isEqualTo("gate");
    assertThat(loaded.getWithContributions()).isTrue();

    new Pipeline().setStages(new PipelineStage[] {new H2OKMeans().setK(4)}).write().save(folder.resolve("p").toString());
    PipelineStage stage = Pipeline.load(folder.resolve("p").toString()).getStages()[0];
    assertThat(stage).isInstanceOfSatisfying(H2OKMeans.class, kmeans -> assertThat(kmeans.getK()).isEqualTo(4));
  }

  @Test
  void aClassifierOnANumericLabelPromisesAStringPrediction() {
    assertThat(new H2OGBMClassifier().setLabelCol("gate").transformSchema(train.schema()).apply("prediction").dataType())
        .isEqualTo(org.apache.spark.sql.types.DataTypes.StringType);
  }

  @Test
  void rejectsOutOfRangeAndUnknownValuesWhenSet() {
    assertThatThrownBy(() -> new H2OGBM().setNtrees(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Invalid ntrees 0.0 for H2OGBM: it must be in [1.0, inf)");
    assertThatThrownBy(() -> new H2OXGBoost().setLearnRate(1.5)).hasMessageContaining("learnRate");
    assertThatThrownBy(() -> new H2OGBM().setDistribution("cauchy"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid distribution 'cauchy' for H2OGBM: H2O accepts AUTO, bernoulli");
  }

  @Test
  void rejectsBadLabelsBeforeTraining() {
    assertThatThrownBy(() -> new H2OGBMRegressor().setLabelCol("late").setFeaturesCols(FEATURES).fit(train))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("H2OGBMRegressor predicts a number, but the label column 'late' has type boolean");
    Dataset<Row> constant = train.withColumn("late", functions.lit(true));
    assertThatThrownBy(() -> new H2OGBM().setLabelCol("late").setFeaturesCols(FEATURES).fit(constant))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Label column 'late' holds a single value: there is nothing to learn")
        .hasMessageEndingWith("H2O: response: Response cannot be constant.");
    Dataset<Row> constantDelay = train.withColumn("delay", functions.lit(4.0));
    assertThatThrownBy(() -> new H2OGBMRegressor().setLabelCol("delay").setFeaturesCols(FEATURES).fit(constantDelay))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Label column 'delay' holds a single value (4.0) in all ");
    assertThatThrownBy(() -> new H2OGBM().setLabelCol("late").setWeightCol("w").fit(train))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Weight column 'w' is not in the DataFrame");
    assertThatThrownBy(() -> new H2OGBM().setLabelCol("late").setFoldCol("f").fit(train))
        .hasMessageContaining("Fold column 'f' is not in the DataFrame");
    assertThatThrownBy(() -> new H2OGBM().setLabelCol("late").setSplitRatio(0.5).setValidationDataFrame(test).fit(train))
        .hasMessageContaining("set only one");
  }

  /** An algorithm the cluster does not have, like XGBoost on nodes without H2O's XGBoost extension. */
  static final class Missing extends H2OSupervisedEstimator<Missing> {
    private static final long serialVersionUID = 1L;

    Missing() {
      super("missing");
    }

    @Override
    protected String algorithm() {
      return "xgboost2";
    }

    @Override
    public Map<String, Object> h2oParameters() {
      return Map.of();
    }
  }

  @Test
  void namesTheAlgorithmTheClusterDoesNotHave() {
    assertThatThrownBy(() -> new Missing().setLabelCol("late").setFeaturesCols(FEATURES).fit(train))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("The H2O cluster has no 'xgboost2' algorithm");
  }

  @Test
  void passesH2OsOwnValidationMessagesThroughWordForWord() {
    assertThatThrownBy(() -> new H2ODRF().setLabelCol("late").setFeaturesCols(FEATURES).setMtries(10).fit(train))
        .isInstanceOf(H2OServerException.class)
        .hasMessageContaining("HTTP 412")
        .hasMessageEndingWith(": mtries: Computed mtries should be -1 or -2 or in interval [1,4[ but it is 10");
  }
}
