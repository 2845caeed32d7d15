package org.sparkling.ml;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sparkling.H2OContext;
import org.sparkling.LocalSpark;
import org.sparkling.client.H2OClient;

/**
 * Every kind of model our estimators train scores in Spark exactly as H2O's own predict scores the same rows: classifiers,
 * regressions, K-Means and Isolation Forest, on rows with missing values and categorical levels unseen in training.
 */
class H2OMOJOModelKindsTest {
  private static final String[] FEATURES = {"distance", "hour", "origin"};
  private static SparkSession spark;
  private static H2OContext hc;
  private static String trainFrame;
  private static Dataset<Row> test;
  private static String testFrame;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("H2OMOJOModelKindsTest");
    hc = H2OContext.getOrCreate(spark);
    Dataset<Row> train =
        H2OGBMTest.syntheticFlights(spark, 1500, 21)
            .withColumn("band", when(col("distance").lt(900), lit("short")).when(col("distance").lt(1700), lit("mid"))
                .otherwise(lit("long")));
    trainFrame = hc.asH2OFrame(train, "kinds_train").key();
    // Unseen airports, missing airports and missing distances, one partition so H2O's rows keep Spark's order.
    Dataset<Row> rows = H2OGBMTest.syntheticFlights(spark, 120, 22).coalesce(1);
    test =
        rows.withColumn("n", org.apache.spark.sql.functions.monotonically_increasing_id())
            .withColumn("origin", when(col("n").mod(7).equalTo(0), lit("XYZ"))
                .when(col("n").mod(11).equalTo(0), lit(null).cast("string")).otherwise(col("origin")))
            .withColumn("distance", when(col("n").mod(13).equalTo(0), lit(null).cast("double")).otherwise(col("distance")))
            .select("distance", "hour", "origin")
            .cache();
    testFrame = hc.asH2OFrame(test, "kinds_test").key();
  }

  @AfterAll
  static void stop() {
    H2OClient client = hc.client();
    client.modelIds().stream().filter(id -> id.startsWith("kinds_")).forEach(client::deleteModel);
    client.frameIds().stream().filter(id -> id.startsWith("kinds_")).forEach(client::deleteFrame);
    spark.stop();
  }

  /** Trains on H2O, then returns H2O's own predictions on the test rows and the model's MOJO as an H2OMOJOModel. */
  private static Scored trainAndPredict(String algorithm, String id, Map<String, Object> parameters) {
    H2OClient client = hc.client();
    Map<String, Object> all = new LinkedHashMap<>(parameters);
    all.put("model_id", id);
    all.put("training_frame", trainFrame);
    all.put("seed", 5);
    List<String> ignored = new java.util.ArrayList<>(List.of("late", "delay", "band"));
    ignored.remove(parameters.get("response_column"));
    all.put("ignored_columns", ignored);
    hc.awaitJob(client.train(algorithm, all), Duration.ofMinutes(5), progress -> {});
    client.predict(id, testFrame, id + "_predictions");
    List<Row> h2o = hc.asSparkFrame(id + "_predictions").collectAsList();
    H2OMOJOModel model =
        new H2OMOJOModel(id, client.mojo(id), FEATURES).setConvertUnknownCategoricalLevelsToNa(true);
    return new Scored(h2o, model);
  }

  private record Scored(List<Row> h2o, H2OMOJOModel model) {}

  private static Map<String, Object> supervised(String label, String parameter, int value, String other, int otherValue) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("response_column", label);
    parameters.put(parameter, value);
    parameters.put(other, otherValue);
    return parameters;
  }

  /** AUTO reads levels as indices directly; the others go through h2o-genmodel's encoders ({@link EncodedInput}). */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"AUTO", "one_hot_explicit"})
  void binomialGbmPredictsH2OsLabelsAndProbabilities(String encoding) {
    Map<String, Object> parameters = supervised("late", "ntrees", 10, "max_depth", 4);
    parameters.put("categorical_encoding", encoding);
    Scored scored = trainAndPredict("gbm", "kinds_binomial_" + encoding, parameters);
    List<Row> ours = scored.model().transform(test).select("prediction", "probability").collectAsList();
    assertThat(ours).hasSameSizeAs(scored.h2o());
    for (int i = 0; i < ours.size(); i++) {
      Row h2o = scored.h2o().get(i);
      assertThat((Object) ours.get(i).get(0)).as("row %d", i).isEqualTo(h2o.get(0));
      Vector probability = ours.get(i).getAs(1);
      assertThat(probability.apply(0)).isCloseTo(((Number) h2o.getAs("False")).doubleValue(), within(1e-9));
      assertThat(probability.apply(1)).isCloseTo(((Number) h2o.getAs("True")).doubleValue(), within(1e-9));
    }
  }

  @Test
  void multinomialDrfPredictsH2OsClassesAndProbabilities() {
    Scored scored = trainAndPredict("drf", "kinds_multinomial", supervised("band", "ntrees", 6, "max_depth", 5));
    assertThat(scored.model().responseDomain()).containsExactly("long", "mid", "short");
    List<Row> ours = scored.model().transform(test).select("prediction", "probability").collectAsList();
    for (int i = 0; i < ours.size(); i++) {
      Row h2o = scored.h2o().get(i);
      assertThat(ours.get(i).getString(0)).as("row %d", i).isEqualTo(h2o.getString(0));
      Vector probability = ours.get(i).getAs(1);
      for (int c = 0; c < 3; c++) {
        String level = scored.model().responseDomain().get(c);
        assertThat(probability.apply(c)).isCloseTo(((Number) h2o.getAs(level)).doubleValue(), within(1e-9));
      }
    }
  }

  @Test
  void regressionXGBoostPredictsH2OsValues() {
    Scored scored = trainAndPredict("xgboost", "kinds_regression", supervised("delay", "ntrees", 8, "max_depth", 4));
    List<Row> ours = scored.model().transform(test).select("prediction").collectAsList();
    for (int i = 0; i < ours.size(); i++) {
      assertThat(ours.get(i).getDouble(0)).as("row %d", i)
          .isCloseTo(((Number) scored.h2o().get(i).get(0)).doubleValue(), within(1e-6));
    }
  }

  @Test
  void kMeansAssignsH2OsClustersAndTellsTheDistances() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("k", 4);
    Scored scored = trainAndPredict("kmeans", "kinds_kmeans", parameters);
    H2OMOJOModel model = scored.model().setDetailedPredictionCol("details");
    assertThat(model.modelCategory()).isEqualTo("Clustering");
    Dataset<Row> result = model.transform(test);
    assertThat(result.schema().apply("prediction").dataType()).isEqualTo(DataTypes.IntegerType);
    StructType details = (StructType) result.schema().apply("details").dataType();
    assertThat(details.fieldNames()).containsExactly("cluster", "distances");

    List<Row> ours = result.select("prediction", "details").collectAsList();
    for (int i = 0; i < ours.size(); i++) {
      int cluster = ours.get(i).getInt(0);
      assertThat(cluster).as("row %d", i).isEqualTo(((Number) scored.h2o().get(i).get(0)).intValue());
      Row detailed = ours.get(i).getStruct(1);
      assertThat(detailed.getInt(0)).isEqualTo(cluster);
      List<Double> distances = detailed.getList(1);
      assertThat(distances).hasSize(4);
      assertThat(distances.get(cluster)).isEqualTo(distances.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
    }
  }

  @Test
  void kMeansEstimatorPromisesTheSchemaItsModelWrites() {
    Dataset<Row> train = H2OGBMTest.syntheticFlights(spark, 400, 23);
    H2OKMeans kmeans = new H2OKMeans().setK(3).setFeaturesCols("distance", "hour").setSeed(1);
    H2OMOJOModel model = kmeans.fit(train);
    assertThat(model.transform(train).schema()).isEqualTo(kmeans.transformSchema(train.schema()));
  }

  @Test
  void isolationForestGivesH2OsScoreAndMeanLength() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("ntrees", 20);
    Scored scored = trainAndPredict("isolationforest", "kinds_isofor", parameters);
    H2OMOJOModel model = scored.model().setWithLeafNodeAssignments(true);
    assertThat(model.modelCategory()).isEqualTo("AnomalyDetection");
    Dataset<Row> result = model.transform(test);
    StructType details = (StructType) result.schema().apply("detailed_prediction").dataType();
    assertThat(details.fieldNames()).containsExactly("normalizedScore", "meanLength", "leafNodeAssignments");

    List<Row> ours = result.select("prediction", "detailed_prediction").collectAsList();
    for (int i = 0; i < ours.size(); i++) {
      Row h2o = scored.h2o().get(i);
      assertThat(ours.get(i).getDouble(0)).as("row %d", i).isCloseTo(((Number) h2o.getAs("predict")).doubleValue(), within(1e-9));
      Row detailed = ours.get(i).getStruct(1);
      assertThat(detailed.getDouble(0)).isEqualTo(ours.get(i).getDouble(0));
      assertThat(detailed.getDouble(1)).isCloseTo(((Number) h2o.getAs("mean_length")).doubleValue(), within(1e-9));
      assertThat(detailed.getList(2)).hasSize(20);
    }
  }

  @Test
  void isolationForestWithAContaminationAlsoFlagsAnomaliesAsH2ODoes() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("ntrees", 20);
    parameters.put("contamination", 0.1);
    Scored scored = trainAndPredict("isolationforest", "kinds_isofor_flag", parameters);
    H2OMOJOModel model = scored.model().setDetailedPredictionCol("details");
    List<Row> ours = model.transform(test).select("prediction", "details").collectAsList();
    assertThat(scored.h2o().get(0).schema().fieldNames()).containsExactly("predict", "score", "mean_length");
    for (int i = 0; i < ours.size(); i++) {
      Row h2o = scored.h2o().get(i);
      assertThat(ours.get(i).getDouble(0)).as("row %d", i).isCloseTo(((Number) h2o.getAs("score")).doubleValue(), within(1e-9));
      Row detailed = ours.get(i).getStruct(1);
      assertThat(detailed.getDouble(1)).isCloseTo(((Number) h2o.getAs("mean_length")).doubleValue(), within(1e-9));
      // H2O's flag is a categorical column with the levels 0 and 1
      assertThat(detailed.getBoolean(2) ? "1" : "0").isEqualTo(h2o.getAs("predict"));
    }
  }
}
