package org.sparkling.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkling.H2OContext;
import org.sparkling.LocalSpark;
import org.sparkling.client.H2OClient;
import org.sparkling.client.Job;

/** Scoring features of {@link H2OMOJOModel} on a small GBM: detailed prediction, SHAP, leaves, unseen values, H2O's details. */
class H2OMOJOModelScoringTest {
  private static final int TREES = 8;
  private static SparkSession spark;
  private static Dataset<Row> train;
  private static Dataset<Row> test;
  private static H2OMOJOModel classifier;

  @BeforeAll
  static void train() {
    spark = LocalSpark.start("H2OMOJOModelScoringTest");
    Dataset<Row>[] split = H2OGBMTest.syntheticFlights(spark, 1500, 5).randomSplit(new double[] {0.8, 0.2}, 3);
    train = split[0].cache();
    test = split[1].limit(100).cache();
    classifier =
        new H2OGBM().setLabelCol("late").setFeaturesCols("distance", "hour", "origin").setNtrees(TREES).setMaxDepth(3)
            .setSeed(7).fit(train);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void binomialContributionsSumToTheLogitAndEveryTreeGivesALeaf() {
    H2OMOJOModel model = classifier.copy(new org.apache.spark.ml.param.ParamMap())
        .setWithContributions(true).setWithLeafNodeAssignments(true);
    Dataset<Row> scored = model.transform(test);
    StructType detailed = (StructType) scored.schema().apply("detailed_prediction").dataType();
    assertThat(detailed.fieldNames()).containsExactly("label", "probabilities", "contributions", "leafNodeAssignments");

    for (Row row : scored.collectAsList()) {
      Row details = row.getAs("detailed_prediction");
      Vector probabilities = row.getAs("probability");
      Map<String, Double> contributions = details.getJavaMap(details.fieldIndex("contributions"));
      assertThat(contributions).containsOnlyKeys("distance", "hour", "origin", "BiasTerm");
      double sum = contributions.values().stream().mapToDouble(Double::doubleValue).sum();
      double p = probabilities.apply(1);
      assertThat(sum).isCloseTo(Math.log(p / (1 - p)), within(1e-4));
      Map<String, Double> byClass = details.getJavaMap(details.fieldIndex("probabilities"));
      assertThat(byClass.get("True")).isEqualTo(p);
      assertThat((Boolean) details.getAs("label")).isEqualTo(row.getAs("prediction"));
      List<String> leaves = details.getList(details.fieldIndex("leafNodeAssignments"));
      assertThat(leaves).hasSize(TREES).allMatch(path -> path.matches("[LR]{1,3}"));
    }
  }

  @Test
  void regressionContributionsSumToThePrediction() {
    H2OMOJOModel regression =
        new H2OGBM().setLabelCol("delay").setFeaturesCols("distance", "hour", "origin").setNtrees(5).setSeed(1).fit(train)
            .setWithContributions(true);
    for (Row row : regression.transform(test).collectAsList()) {
      Row details = row.getAs("detailed_prediction");
      Map<String, Double> contributions = details.getJavaMap(details.fieldIndex("contributions"));
      double sum = contributions.values().stream().mapToDouble(Double::doubleValue).sum();
      assertThat(sum).isCloseTo((Double) row.getAs("prediction"), within(1e-3));
      assertThat((Double) details.getAs("value")).isEqualTo(row.getAs("prediction"));
    }
  }

  @Test
  void writesTheDetailedPredictionOnlyWhenAskedFor() {
    assertThat(classifier.transform(test).columns()).doesNotContain("detailed_prediction");
    H2OMOJOModel model = classifier.copy(new org.apache.spark.ml.param.ParamMap()).setDetailedPredictionCol("details");
    StructType detailed = (StructType) model.transform(test).schema().apply("details").dataType();
    assertThat(detailed.fieldNames()).containsExactly("label", "probabilities");
  }

  @Test
  void unseenCategoricalLevelsFailNamingTheColumnUnlessConvertedToMissing() {
    Dataset<Row> unseen = test.limit(3).withColumn("origin", org.apache.spark.sql.functions.lit("XYZ"));
    assertThatThrownBy(() -> classifier.transform(unseen).collectAsList())
        .hasStackTraceContaining("Column 'origin' has the level 'XYZ'")
        .hasStackTraceContaining("convertUnknownCategoricalLevelsToNa");
    H2OMOJOModel lenient = classifier.copy(new org.apache.spark.ml.param.ParamMap()).setConvertUnknownCategoricalLevelsToNa(true);
    assertThat(lenient.transform(unseen).collectAsList()).hasSize(3);
  }

  @Test
  void invalidNumbersFailUnlessConvertedToMissing() {
    Dataset<Row> text = test.limit(3).withColumn("distance", org.apache.spark.sql.functions.lit("far"));
    assertThatThrownBy(() -> classifier.transform(text).collectAsList())
        .hasStackTraceContaining("far")
        .hasStackTraceContaining("convertInvalidNumbersToNa");
    H2OMOJOModel lenient = classifier.copy(new org.apache.spark.ml.param.ParamMap()).setConvertInvalidNumbersToNa(true);
    assertThat(lenient.transform(text).collectAsList()).hasSize(3);
  }

  @Test
  void contributionsOfAModelThatHasNoneFailClearly() {
    Dataset<Row> multi = train.withColumn("origin_class", org.apache.spark.sql.functions.col("origin"));
    H2OMOJOModel multinomial =
        new H2OGBM().setLabelCol("origin_class").setFeaturesCols("distance", "hour").setNtrees(2).setSeed(1).fit(multi)
            .setWithContributions(true);
    assertThat(multinomial.modelCategory()).isEqualTo("Multinomial");
    assertThatThrownBy(() -> multinomial.transform(test).collectAsList())
        .hasStackTraceContaining("cannot give SHAP contributions");
  }

  @Test
  void aModelWhoseEstimatorChoseItsFeaturesReadsTheMojosFeatures() {
    H2OMOJOModel model = new H2OGBM().setLabelCol("late").setNtrees(2).setSeed(1).fit(train.select("distance", "hour", "late"));
    assertThat(model.getFeaturesCols()).containsExactly("distance", "hour");
    assertThat(model.transform(test).columns()).contains("prediction", "probability");
  }

  @Test
  void knowsH2OsMetricsImportancesAndSummary() {
    assertThat(classifier.trainingMetrics()).containsKeys("AUC", "logloss", "RMSE", "MSE", "Gini");
    assertThat(classifier.trainingMetrics().get("AUC")).isBetween(0.8, 1.0);
    assertThat(classifier.validationMetrics()).isEmpty();
    assertThat(classifier.crossValidationMetrics()).isEmpty();
    assertThat(classifier.variableImportances())
        .extracting(ModelDetails.VariableImportance::variable)
        .containsExactlyInAnyOrder("distance", "hour", "origin");
    assertThat(classifier.variableImportances().get(0).scaledImportance()).isEqualTo(1.0);
    Dataset<Row> importances = classifier.variableImportances(spark);
    assertThat(importances.columns()).containsExactly("variable", "relativeImportance", "scaledImportance", "percentage");
    assertThat(importances.first().getString(0)).isEqualTo(classifier.variableImportances().get(0).variable());
    assertThat(classifier.modelSummary()).containsEntry("number_of_trees", TREES);
  }

  @Test
  void aMojoFromElsewhereCarriesItsDetails(@TempDir Path folder) {
    Path zip = folder.resolve("gbm.zip");
    classifier.saveMojo(zip);
    H2OMOJOModel loaded = H2OMOJOModel.createFromMojo(zip);
    assertThat(loaded.modelCategory()).isEqualTo("Binomial");
    assertThat(loaded.trainingMetrics().get("AUC")).isEqualTo(classifier.trainingMetrics().get("AUC"));
    assertThat(loaded.variableImportances()).isEqualTo(classifier.variableImportances());
  }

  @Test
  void scoresExactlyAsH2OItselfDoes() {
    H2OContext hc = H2OContext.getOrCreate(spark);
    H2OClient client = hc.client();
    String frame = hc.asH2OFrame(train.select("distance", "hour", "origin", "late"), "scoring_test_train").key();
    String testFrame = hc.asH2OFrame(test.select("distance", "hour", "origin"), "scoring_test_test").key();
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("model_id", "scoring_test_gbm");
    parameters.put("training_frame", frame);
    parameters.put("response_column", "late");
    parameters.put("ntrees", 6);
    parameters.put("seed", 5);
    Job job = client.train("gbm", parameters);
    hc.awaitJob(job, java.time.Duration.ofMinutes(5), ignored -> {});
    client.predict("scoring_test_gbm", testFrame, "scoring_test_predictions");
    List<Row> h2o = hc.asSparkFrame("scoring_test_predictions").collectAsList();
    H2OMOJOModel mojo = new H2OMOJOModel("mojo", client.mojo("scoring_test_gbm"), new String[] {"distance", "hour", "origin"});
    List<Row> ours = mojo.transform(test).select("prediction", "probability").collectAsList();

    assertThat(ours).hasSameSizeAs(h2o);
    List<Double> h2oTrue = new ArrayList<>();
    List<Double> oursTrue = new ArrayList<>();
    for (int i = 0; i < h2o.size(); i++) {
      assertThat((Object) ours.get(i).get(0)).isEqualTo(h2o.get(i).get(0));
      h2oTrue.add(((Number) h2o.get(i).getAs("True")).doubleValue());
      oursTrue.add(((Vector) ours.get(i).get(1)).apply(1));
    }
    for (int i = 0; i < h2oTrue.size(); i++) {
      assertThat(oursTrue.get(i)).isCloseTo(h2oTrue.get(i), within(1e-9));
    }
    List.of("scoring_test_train", "scoring_test_test", "scoring_test_predictions").forEach(client::deleteFrame);
    client.deleteModel("scoring_test_gbm");
  }
}
