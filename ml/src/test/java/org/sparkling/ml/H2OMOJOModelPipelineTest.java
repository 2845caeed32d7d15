package org.sparkling.ml;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.evaluation.BinaryClassificationEvaluator;
import org.apache.spark.ml.feature.SQLTransformer;
import org.apache.spark.ml.feature.StringIndexer;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.tuning.CrossValidator;
import org.apache.spark.ml.tuning.CrossValidatorModel;
import org.apache.spark.ml.tuning.ParamGridBuilder;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkling.LocalSpark;

/** {@link H2OMOJOModel} as a Spark ML citizen: in pipelines, saved and loaded, tuned by CrossValidator. */
class H2OMOJOModelPipelineTest {
  /** A model saved by format version 1; later versions must still load it and score the same. */
  static final String FIXTURE = "fixtures/h2omojomodel-v1";
  private static SparkSession spark;
  private static Dataset<Row> train;
  private static Dataset<Row> test;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("H2OMOJOModelPipelineTest");
    Dataset<Row>[] split = H2OGBMTest.syntheticFlights(spark, 1200, 13).randomSplit(new double[] {0.8, 0.2}, 5);
    train = split[0].cache();
    test = split[1].cache();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void aPipelineWithSparkStagesSavesLoadsAndScoresTheSame(@TempDir Path folder) throws IOException {
    Pipeline pipeline =
        new Pipeline().setStages(new PipelineStage[] {
          new SQLTransformer().setStatement("SELECT *, distance / 100 AS hundreds, hour >= 17 AS evening FROM __THIS__"),
          new StringIndexer().setInputCol("origin").setOutputCol("origin_index"),
          new H2OGBM().setLabelCol("late").setFeaturesCols("hundreds", "evening", "origin_index").setNtrees(5).setSeed(2)
        });
    PipelineModel fitted = pipeline.fit(train);
    H2OMOJOModel model = (H2OMOJOModel) fitted.stages()[2];
    model.setWithContributions(true).setConvertUnknownCategoricalLevelsToNa(true);
    String path = folder.resolve("pipeline").toString();
    fitted.write().save(path);

    PipelineModel loaded = PipelineModel.load(path);
    H2OMOJOModel loadedModel = (H2OMOJOModel) loaded.stages()[2];
    assertThat(loadedModel.uid()).isEqualTo(model.uid());
    assertThat(loadedModel.getWithContributions()).isTrue();
    assertThat(loadedModel.getConvertUnknownCategoricalLevelsToNa()).isTrue();
    assertThat(loadedModel.getFeaturesCols()).containsExactly("hundreds", "evening", "origin_index");
    assertThat(loadedModel.trainingMetrics()).isEqualTo(model.trainingMetrics()).containsKey("AUC");
    assertThat(loadedModel.variableImportances()).isEqualTo(model.variableImportances());
    List<Row> expected = fitted.transform(test).select("prediction", "probability", "detailed_prediction").collectAsList();
    List<Row> actual = loaded.transform(test).select("prediction", "probability", "detailed_prediction").collectAsList();
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void loadsTheModelSavedByFormatVersion1AndScoresAsItDid() throws IOException, URISyntaxException {
    Path fixture = Path.of(getClass().getClassLoader().getResource(FIXTURE).toURI());
    H2OMOJOModel model = H2OMOJOModel.load(fixture.resolve("model").toString());
    assertThat(model.getWithContributions()).isTrue();
    assertThat(model.trainingMetrics()).containsKey("AUC");
    List<String> expected = Files.readAllLines(fixture.resolve("predictions.csv"), StandardCharsets.UTF_8);
    assertThat(predictions(model, fixture)).isEqualTo(expected);
  }

  @Test
  void refusesAFormatNewerThanItKnowsSayingSo(@TempDir Path folder) throws IOException, URISyntaxException {
    Path fixture = Path.of(getClass().getClassLoader().getResource(FIXTURE + "/model").toURI());
    Path copy = folder.resolve("model");
    try (var files = Files.walk(fixture)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, copy.resolve(fixture.relativize(file).toString()));
      }
    }
    Files.writeString(copy.resolve("sparkling.json"), "{\"formatVersion\":99}");
    assertThatThrownBy(() -> H2OMOJOModel.load(copy.toString()))
        .hasMessageContaining("format version 99")
        .hasMessageContaining("reads versions 1 to 1");
  }

  @Test
  void aModelFromAMojoFileSavesAndLoadsWithItsDetails(@TempDir Path folder) throws IOException, URISyntaxException {
    Path fixture = Path.of(getClass().getClassLoader().getResource(FIXTURE + "/model/mojo.zip").toURI());
    H2OMOJOModel model = H2OMOJOModel.createFromMojo(fixture).setWithLeafNodeAssignments(true);
    model.write().save(folder.resolve("saved").toString());
    H2OMOJOModel loaded = H2OMOJOModel.load(folder.resolve("saved").toString());
    assertThat(loaded.trainingMetrics()).isEqualTo(model.trainingMetrics()).isNotEmpty();
    assertThat(loaded.getWithLeafNodeAssignments()).isTrue();
    assertThat(loaded.transform(test).collectAsList()).isEqualTo(model.transform(test).collectAsList());
  }

  /**
   * Writes a fixture like the one above and checks that it reads back as written. Into a temporary folder, or, with
   * {@code -Dsparkling.write.fixture=src/test/resources}, over the kept fixture (once per format version).
   */
  @Test
  void writesAFixtureThatLoadsAndScoresAsWritten(@TempDir Path scratch) throws IOException {
    String target = System.getProperty("sparkling.write.fixture", "");
    Path fixture = (target.isEmpty() ? scratch : Path.of(target)).resolve(FIXTURE);
    H2OMOJOModel model =
        new H2OGBM().setLabelCol("late").setFeaturesCols("distance", "hour", "origin").setNtrees(4).setMaxDepth(3)
            .setSeed(9).fit(train).setWithContributions(true);
    model.write().overwrite().save(fixture.resolve("model").toString());
    List<String> input = new ArrayList<>();
    for (Row row : H2OGBMTest.syntheticFlights(spark, 20, 99).collectAsList()) {
      input.add(row.getDouble(0) + "," + row.getInt(1) + "," + row.getString(2));
    }
    Files.write(fixture.resolve("input.csv"), input, StandardCharsets.UTF_8);
    Files.write(fixture.resolve("predictions.csv"), predictions(model, fixture), StandardCharsets.UTF_8);

    H2OMOJOModel loaded = H2OMOJOModel.load(fixture.resolve("model").toString());
    assertThat(predictions(loaded, fixture)).isEqualTo(Files.readAllLines(fixture.resolve("predictions.csv")));
  }

  /** One line per row of the fixture's input: the label, P(True) and the SHAP contributions, to 12 digits. */
  private static List<String> predictions(H2OMOJOModel model, Path fixture) {
    Dataset<Row> input =
        spark.read().schema("distance DOUBLE, hour INT, origin STRING").csv(fixture.resolve("input.csv").toString());
    List<String> lines = new ArrayList<>();
    for (Row row : model.transform(input).collectAsList()) {
      Vector probability = row.getAs("probability");
      Row details = row.getAs("detailed_prediction");
      Map<String, Double> contributions = details.getJavaMap(details.fieldIndex("contributions"));
      lines.add(row.getAs("prediction") + String.format(",%.12g,", probability.apply(1)) + contributions);
    }
    return lines;
  }

  @Test
  void crossValidatorTunesH2OGBMOverAParamGrid() {
    Dataset<Row> labelled = train.withColumn("label", col("late").cast("double"));
    H2OGBM gbm = new H2OGBM().setLabelCol("late").setFeaturesCols("distance", "hour", "origin").setSeed(1);
    ParamMap[] grid = new ParamGridBuilder().addGrid(gbm.ntrees(), new int[] {2, 6}).build();
    CrossValidator validator =
        new CrossValidator()
            .setEstimator(gbm)
            .setEstimatorParamMaps(grid)
            .setEvaluator(new BinaryClassificationEvaluator().setRawPredictionCol("probability"))
            .setNumFolds(2)
            .setSeed(3);
    CrossValidatorModel tuned = validator.fit(labelled);
    assertThat(tuned.avgMetrics()).hasSize(2);
    assertThat(java.util.Arrays.stream(tuned.avgMetrics()).boxed()).allSatisfy(auc -> assertThat(auc).isBetween(0.7, 1.0));
    H2OMOJOModel best = (H2OMOJOModel) tuned.bestModel();
    assertThat(best.modelSummary().get("number_of_trees")).isIn(2, 6);
    double auc =
        new BinaryClassificationEvaluator().setRawPredictionCol("probability")
            .evaluate(tuned.transform(test.withColumn("label", col("late").cast("double"))));
    assertThat(auc).isCloseTo(0.9, within(0.1));
  }
}
