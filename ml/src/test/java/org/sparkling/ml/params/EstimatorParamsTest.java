package org.sparkling.ml.params;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sparkling.LocalSpark;
import org.sparkling.ml.H2ODRF;
import org.sparkling.ml.H2ODRFClassifier;
import org.sparkling.ml.H2ODRFRegressor;
import org.sparkling.ml.H2ODeepLearning;
import org.sparkling.ml.H2ODeepLearningClassifier;
import org.sparkling.ml.H2ODeepLearningRegressor;
import org.sparkling.ml.H2OEstimator;
import org.sparkling.ml.H2OGBM;
import org.sparkling.ml.H2OGBMClassifier;
import org.sparkling.ml.H2OGBMRegressor;
import org.sparkling.ml.H2OGLM;
import org.sparkling.ml.H2OGLMClassifier;
import org.sparkling.ml.H2OGLMRegressor;
import org.sparkling.ml.H2OIsolationForest;
import org.sparkling.ml.H2OKMeans;
import org.sparkling.ml.H2OXGBoost;
import org.sparkling.ml.H2OXGBoostClassifier;
import org.sparkling.ml.H2OXGBoostRegressor;

/**
 * Every generated param of every estimator is one of its Spark params (what explainParams, copy, ParamGridBuilder and
 * save/load see), has its typed getter and setter, goes to H2O by H2O's name, and survives save and load.
 */
class EstimatorParamsTest {
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("EstimatorParamsTest");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  static Stream<Arguments> estimators() {
    return Stream.of(
        Arguments.of((Supplier<H2OEstimator<?>>) H2OGBM::new, H2OGBMParams.PARAMS),
        Arguments.of((Supplier<H2OEstimator<?>>) H2OGBMClassifier::new, H2OGBMParams.PARAMS),
        Arguments.of((Supplier<H2OEstimator<?>>) H2OGBMRegressor::new, H2OGBMParams.PARAMS),
        Arguments.of((Supplier<H2OEstimator<?>>) H2ODRF::new, H2ODRFParams.PARAMS),
        Arguments.of((Supplier<H2OEstimator<?>>) H2ODRFClassifier::new, H2ODRFParams.PARAMS),
        Arguments.of((Supplier<H2OEstimator<?>>) H2ODRFRegressor::new, H2ODRFParams.PARAMS),
        Arguments.of((Supplier<H2OEstimator<?>>) H2OXGBoost::new, H2OXGBoostParams.PARAMS),
        Arguments.of((Supplier<H2OEstimator<?>>) H2OXGBoostClassifier::new, H2OXGBoostParams.PARAMS),
        Arguments.of((Supplier<H2OEstimator<?>>) H2OXGBoostRegressor::new, H2OXGBoostParams.PARAMS),
        Arguments.of((Supplier<H2OEstimator<?>>) H2OGLM::new, H2OGLMParams.PARAMS),
        Arguments.of((Supplier<H2OEstimator<?>>) H2OGLMClassifier::new, H2OGLMParams.PARAMS),
        Arguments.of((Supplier<H2OEstimator<?>>) H2OGLMRegressor::new, H2OGLMParams.PARAMS),
        Arguments.of((Supplier<H2OEstimator<?>>) H2ODeepLearning::new, H2ODeepLearningParams.PARAMS),
        Arguments.of((Supplier<H2OEstimator<?>>) H2ODeepLearningClassifier::new, H2ODeepLearningParams.PARAMS),
        Arguments.of((Supplier<H2OEstimator<?>>) H2ODeepLearningRegressor::new, H2ODeepLearningParams.PARAMS),
        Arguments.of((Supplier<H2OEstimator<?>>) H2OKMeans::new, H2OKMeansParams.PARAMS),
        Arguments.of((Supplier<H2OEstimator<?>>) H2OIsolationForest::new, H2OIsolationForestParams.PARAMS));
  }

  @ParameterizedTest
  @MethodSource("estimators")
  void everyGeneratedParamIsASparkParamWithTypedAccessors(Supplier<H2OEstimator<?>> create, List<H2OParamSpec> specs)
      throws ReflectiveOperationException {
    H2OEstimator<?> estimator = create.get();
    List<String> names = Arrays.stream(estimator.params()).map(Param::name).toList();
    String explained = estimator.explainParams();
    for (H2OParamSpec spec : specs) {
      assertThat(names).contains(spec.name());
      assertThat(explained).contains(spec.name() + ": ");
      Object value = otherValue(spec);
      setter(estimator, spec).invoke(estimator, value);
      assertThat(estimator.getClass().getMethod("get" + capitalized(spec.name())).invoke(estimator)).isEqualTo(value);
      Param<?> param = (Param<?>) estimator.getClass().getMethod(spec.name()).invoke(estimator);
      assertThat(param).isSameAs(estimator.getParam(spec.name()));
      assertThat(estimator.h2oParameters()).containsKey(spec.h2oName());
    }
    assertThat(estimator.h2oParameters()).hasSameSizeAs(specs);
    assertThat(estimator.copy(new ParamMap()).h2oParameters()).hasSameSizeAs(specs);
  }

  /** One estimator per algorithm: its classifier and regressor save the same way. */
  static Stream<Arguments> algorithms() {
    return estimators().filter(arguments -> {
      String name = ((Supplier<?>) arguments.get()[0]).get().getClass().getSimpleName();
      return !name.endsWith("Classifier") && !name.endsWith("Regressor");
    });
  }

  @ParameterizedTest
  @MethodSource("algorithms")
  void everyGeneratedParamSurvivesSaveAndLoad(
      Supplier<H2OEstimator<?>> create, List<H2OParamSpec> specs, @TempDir Path folder)
      throws IOException, ReflectiveOperationException {
    H2OEstimator<?> estimator = create.get();
    for (H2OParamSpec spec : specs.subList(0, specs.size() / 2)) { // the rest stay defaults
      setter(estimator, spec).invoke(estimator, otherValue(spec));
    }
    String path = folder.resolve("estimator").toString();
    estimator.write().save(path);
    H2OEstimator<?> loaded = new DefaultParamsReader<H2OEstimator<?>>().load(path);

    assertThat(loaded).isInstanceOf(estimator.getClass());
    Map<String, Object> sent = estimator.h2oParameters();
    assertThat(sent).hasSize(specs.size() / 2);
    assertThat(loaded.h2oParameters()).containsOnlyKeys(sent.keySet());
    sent.forEach((name, value) -> assertThat(loaded.h2oParameters().get(name)).isEqualTo(value));
    for (H2OParamSpec spec : specs) {
      Param<Object> param = loaded.getParam(spec.name());
      assertThat(loaded.isDefined(param) ? loaded.getOrDefault(param) : null)
          .as(spec.name())
          .isEqualTo(estimator.isDefined(param) ? estimator.getOrDefault(estimator.getParam(spec.name())) : null);
    }
  }

  /** What {@code H2OGBM.write()} saved before the params were declared from specs (at 1f68613), word for word. */
  private static final String GBM_SAVED_BEFORE_SPECS =
      """
      {"class":"org.sparkling.ml.H2OGBM","timestamp":1796624765449,"sparkVersion":"4.1.0","uid":"gbm",\
      "paramMap":{"ntrees":7,"sampleRatePerClass":[0.5,1.0],"stoppingMetric":"AUC"},\
      "defaultParamMap":{"aucType":"AUTO","autoRebalance":true,"balanceClasses":false,\
      "buildTreeOneNode":false,"calibrateModel":false,"calibrationMethod":"AUTO",\
      "categoricalEncoding":"AUTO","checkConstantResponse":true,"colSampleRate":1.0,\
      "colSampleRateChangePerLevel":1.0,"colSampleRatePerTree":1.0,"columnsToCategorical":[],\
      "convertInvalidNumbersToNa":false,"convertUnknownCategoricalLevelsToNa":false,\
      "detailedPredictionCol":"detailed_prediction","distribution":"AUTO","featuresCols":[],\
      "foldAssignment":"AUTO","foldCol":"","gainsliftBins":-1,"histogramType":"AUTO","huberAlpha":0.9,\
      "ignoreConstCols":true,"keepBinaryModels":false,"keepCrossValidationFoldAssignment":false,\
      "keepCrossValidationModels":true,"keepCrossValidationPredictions":false,"labelCol":"label",\
      "learnRate":0.1,"learnRateAnnealing":1.0,"maxAbsLeafnodePred":1.7976931348623157E308,\
      "maxAfterBalanceSize":5.0,"maxConfusionMatrixSize":20,"maxDepth":5,"maxRuntimeSecs":0.0,\
      "minRows":10.0,"minSplitImprovement":1.0E-5,"nbins":20,"nbinsCats":1024,"nbinsTopLevel":1024,\
      "nfolds":0,"ntrees":50,"predNoiseBandwidth":0.0,"predictionCol":"prediction",\
      "probabilityCol":"probability","quantileAlpha":0.5,"r2Stopping":1.7976931348623157E308,\
      "sampleRate":1.0,"scoreEachIteration":false,"scoreTreeInterval":0,"seed":-1,"splitRatio":1.0,\
      "stoppingMetric":"AUTO","stoppingRounds":0,"stoppingTolerance":0.001,"tweediePower":1.5,\
      "weightCol":"","withContributions":false,"withLeafNodeAssignments":false}}
      """;

  @Test
  void loadsAnEstimatorSavedBeforeTheParamsWereDeclaredFromSpecs(@TempDir Path folder) throws IOException {
    Path metadata = Files.createDirectories(folder.resolve("gbm/metadata"));
    Files.writeString(metadata.resolve("part-00000"), GBM_SAVED_BEFORE_SPECS);
    H2OGBM gbm = H2OGBM.read().load(folder.resolve("gbm").toString());

    assertThat(gbm.uid()).isEqualTo("gbm");
    assertThat(gbm.h2oParameters()).containsOnlyKeys("ntrees", "sample_rate_per_class", "stopping_metric");
    assertThat(gbm.getNtrees()).isEqualTo(7);
    assertThat(gbm.getStoppingMetric()).isEqualTo("AUC");
    assertThat(gbm.getSampleRatePerClass()).containsExactly(0.5, 1.0);
    assertThat(gbm.getMaxDepth()).isEqualTo(5);
    assertThat(gbm.isSet(gbm.maxDepth())).isFalse();
  }

  /** A value the spec accepts that is not its default. */
  static Object otherValue(H2OParamSpec spec) {
    Object value =
        switch (spec.type()) {
          case INT -> 3;
          case LONG -> 3L;
          case FLOAT -> 0.5f;
          case DOUBLE -> 0.5;
          case BOOLEAN -> !Boolean.TRUE.equals(spec.defaultValue());
          case STRING -> "x";
          case ENUM -> spec.values().isEmpty() ? "x" : spec.values().get(spec.values().size() - 1);
          case STRINGS -> new String[] {"a", "b"};
          case INTS -> new int[] {1, 2};
          case DOUBLES -> new double[] {0.5, 0.25};
        };
    if (value.equals(spec.defaultValue())) {
      value =
          switch (spec.type()) {
            case INT -> 4;
            case LONG -> 4L;
            case FLOAT -> 0.25f;
            case DOUBLE -> 0.25;
            default -> spec.values().get(0);
          };
    }
    assertThat(spec.accepts(value)).as("%s accepts %s", spec.name(), value).isTrue();
    return value;
  }

  private static Method setter(H2OEstimator<?> estimator, H2OParamSpec spec) throws NoSuchMethodException {
    Class<?> type =
        switch (spec.type()) {
          case INT -> int.class;
          case LONG -> long.class;
          case FLOAT -> float.class;
          case DOUBLE -> double.class;
          case BOOLEAN -> boolean.class;
          case STRING, ENUM -> String.class;
          case STRINGS -> String[].class;
          case INTS -> int[].class;
          case DOUBLES -> double[].class;
        };
    return estimator.getClass().getMethod("set" + capitalized(spec.name()), type);
  }

  private static String capitalized(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
