package org.sparkling.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.evaluation.BinaryClassificationEvaluator;
import org.apache.spark.ml.evaluation.RegressionEvaluator;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkling.H2OContext;
import org.sparkling.LocalSpark;

class H2OGBMTest {
  private static SparkSession spark;
  private static Dataset<Row> train;
  private static Dataset<Row> test;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("H2OGBMTest");
    Dataset<Row>[] split = syntheticFlights(4000, 7).randomSplit(new double[] {0.75, 0.25}, 11);
    train = split[0].cache();
    test = split[1].cache();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  /** Late flights depend on distance, the hour and the origin, with noise: a model that learns must beat chance clearly. */
  static Dataset<Row> syntheticFlights(int rows, long seed) {
    return syntheticFlights(spark, rows, seed);
  }

  static Dataset<Row> syntheticFlights(SparkSession session, int rows, long seed) {
    Random random = new Random(seed);
    String[] origins = {"SFO", "ORD", "JFK", "ATL", "SEA"};
    double[] originEffect = {0.3, 1.2, 0.9, -0.4, -0.8};
    List<Row> data = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      double distance = 100 + random.nextDouble() * 2400;
      int hour = random.nextInt(24);
      int origin = random.nextInt(origins.length);
      double score = (distance - 1300) / 800 + (hour - 12) / 6.0 + originEffect[origin] + random.nextGaussian() * 0.7;
      double delay = 10 * score + random.nextGaussian() * 3;
      data.add(RowFactory.create(distance, hour, origins[origin], score > 0.5, delay));
    }
    StructType schema =
        new StructType()
            .add("distance", DataTypes.DoubleType)
            .add("hour", DataTypes.IntegerType)
            .add("origin", DataTypes.StringType)
            .add("late", DataTypes.BooleanType)
            .add("delay", DataTypes.DoubleType);
    return session.createDataFrame(data, schema);
  }

  @Test
  void trainsAClassifierThatScoresInSparkWithASaneAuc() {
    H2OGBM gbm =
        new H2OGBM()
            .setLabelCol("late")
            .setFeaturesCols("distance", "hour", "origin")
            .setNtrees(30)
            .setMaxDepth(4)
            .setLearnRate(0.1)
            .setSeed(42);
    H2OMOJOModel model = gbm.fit(train);

    assertThat(model.modelCategory()).isEqualTo("Binomial");
    assertThat(model.responseDomain()).containsExactly("False", "True");
    Dataset<Row> scored = model.transform(test);
    assertThat(scored.schema().apply("prediction").dataType()).isEqualTo(DataTypes.BooleanType);
    assertThat(scored.count()).isEqualTo(test.count());
    Row first = scored.first();
    Vector probabilities = first.getAs("probability");
    assertThat(probabilities.size()).isEqualTo(2);
    assertThat(probabilities.apply(0) + probabilities.apply(1)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));

    double auc =
        new BinaryClassificationEvaluator()
            .setLabelCol("label")
            .setRawPredictionCol("probability")
            .evaluate(scored.withColumn("label", col("late").cast("double")));
    assertThat(auc).isGreaterThan(0.85);
  }

  @Test
  void trainsARegressionOnANumericLabel() {
    H2OMOJOModel model =
        new H2OGBM().setLabelCol("delay").setFeaturesCols("distance", "hour", "origin").setNtrees(20).setSeed(1).fit(train);
    assertThat(model.modelCategory()).isEqualTo("Regression");
    Dataset<Row> scored = model.transform(test);
    assertThat(scored.columns()).doesNotContain("probability");
    double r2 = new RegressionEvaluator().setLabelCol("delay").setMetricName("r2").evaluate(scored);
    assertThat(r2).isGreaterThan(0.7);
  }

  @Test
  void removesItsTrainingFrameAndModelFromTheCluster() {
    H2OContext hc = H2OContext.getOrCreate(spark);
    org.sparkling.client.H2OClient client = hc.client();
    hc.asH2OFrame(train, "users_own_frame");
    new H2OGBM().setLabelCol("late").setFeaturesCols("distance").setNtrees(2).fit(train);
    assertThat(client.frameIds()).contains("users_own_frame").noneMatch(id -> id.startsWith("sparkling_training_"));
    assertThat(client.modelIds()).noneMatch(id -> id.startsWith("sparkling_model_"));
  }

  @Test
  void scoresFromASavedMojoWithoutTheH2OContext(@TempDir Path folder) {
    H2OMOJOModel trained =
        new H2OGBM().setLabelCol("late").setFeaturesCols("distance", "hour", "origin").setNtrees(10).setSeed(3).fit(train);
    Path mojo = folder.resolve("gbm.zip");
    trained.saveMojo(mojo);

    H2OContext.getOrCreate(spark).stop();
    H2OMOJOModel loaded = H2OMOJOModel.createFromMojo(mojo);
    assertThat(loaded.getFeaturesCols()).containsExactlyInAnyOrder("distance", "hour", "origin");
    List<Row> expected = trained.transform(test).select("prediction", "probability").collectAsList();
    List<Row> actual = loaded.transform(test).select("prediction", "probability").collectAsList();
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void rejectsUnknownColumnsBeforeTraining() {
    assertThatThrownBy(() -> new H2OGBM().setLabelCol("nope").fit(train))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Label column 'nope'")
        .hasMessageContaining("distance");
    assertThatThrownBy(() -> new H2OGBM().setLabelCol("late").setFeaturesCols("distance", "altitude").fit(train))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Feature column 'altitude'");
  }

  @Test
  void worksAsAPipelineStageWithParamsSparkCanSee() {
    H2OGBM gbm = new H2OGBM().setNtrees(7);
    assertThat(gbm.hasParam("ntrees")).isTrue();
    assertThat(gbm.getOrDefault(gbm.getParam("ntrees"))).isEqualTo(7);
    assertThat(gbm.getOrDefault(gbm.getParam("maxDepth"))).isEqualTo(5);
    H2OGBM copy = gbm.copy(new org.apache.spark.ml.param.ParamMap());
    assertThat(copy.getNtrees()).isEqualTo(7);
    assertThat(copy.uid()).isEqualTo(gbm.uid());
    org.apache.spark.ml.PipelineModel pipeline =
        new org.apache.spark.ml.Pipeline()
            .setStages(new org.apache.spark.ml.PipelineStage[] {
                new H2OGBM().setLabelCol("late").setFeaturesCols("distance", "hour").setNtrees(5)})
            .fit(train);
    assertThat(pipeline.transform(test).columns()).contains("prediction", "probability");
  }
}
