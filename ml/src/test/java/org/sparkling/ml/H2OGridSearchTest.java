package org.sparkling.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
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

/** Grid search over H2OGBM on a real embedded H2O node: every combination, the best model, clean-up, bad input. */
class H2OGridSearchTest {
  private static final String[] FEATURES = {"distance", "hour", "origin"};
  private static SparkSession spark;
  private static Dataset<Row> train;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("H2OGridSearchTest");
    train = H2OGBMTest.syntheticFlights(spark, 2000, 23).cache();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void triesEveryCombinationAndReturnsTheBestByTheMetric() {
    H2OClient client = H2OContext.getOrCreate(spark).client();
    ClusterSnapshot before = ClusterSnapshot.of(client);
    H2OGridSearch grid =
        new H2OGridSearch()
            .setAlgo(new H2OGBM().setLabelCol("late").setFeaturesCols(FEATURES).setLearnRate(0.2))
            .addHyperParameter("maxDepth", 2, 4)
            .addHyperParameter("ntrees", 5, 10)
            .setSelectBestModelBy("AUC")
            .setSplitRatio(0.8)
            .setSeed(3);

    H2OMOJOModel best = grid.fit(train);

    Dataset<Row> models = grid.getGridModels();
    assertThat(models.columns()).containsExactly("model_id", "maxDepth", "ntrees", "auc");
    assertThat(models.schema().apply("maxDepth").dataType()).isEqualTo(DataTypes.IntegerType);
    List<Row> rows = models.collectAsList();
    assertThat(rows).hasSize(4);
    assertThat(rows.stream().map(row -> List.of(row.getInt(1), row.getInt(2))))
        .containsExactlyInAnyOrder(List.of(2, 5), List.of(2, 10), List.of(4, 5), List.of(4, 10));
    List<Double> aucs = rows.stream().map(row -> row.getDouble(3)).toList();
    assertThat(aucs).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    assertThat(ClusterSnapshot.h2oModelId(best)).isEqualTo(rows.get(0).getString(0));
    assertThat(best.validationMetrics().get("AUC")).isEqualTo(aucs.get(0));
    assertThat(best.getFeaturesCols()).containsExactly(FEATURES);
    assertThat(best.parent()).isSameAs(grid);
    assertThat(best.transform(train).count()).isEqualTo(train.count());
    before.assertNothingAdded();
  }

  @Test
  void searchesRandomlyWithinMaxModelsAndLeavesTheModelsWhenAsked() {
    H2OClient client = H2OContext.getOrCreate(spark).client();
    H2OGridSearch grid =
        new H2OGridSearch()
            .setAlgo(new H2OGBMClassifier().setNtrees(3))
            .setLabelCol("late")
            .setFeaturesCols(FEATURES)
            .setHyperParameters(Map.of("maxDepth", new Object[] {1, 2, 3, 4, 5}))
            .setStrategy("randomdiscrete")
            .setMaxModels(2)
            .setSeed(9)
            .setKeepBinaryModels(true);

    grid.fit(train);

    List<String> ids = grid.getGridModels().select("model_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    assertThat(ids).hasSize(2);
    assertThat(client.modelIds()).containsAll(ids);
    client.delete(ids.get(0).replaceAll("_model_\\d+$", ""), true);
    client.frameIds().stream().filter(id -> id.contains(grid.uid())).forEach(client::deleteFrame);
    assertThat(client.modelIds()).doesNotContainAnyElementsOf(ids);
  }

  @Test
  void savesAndLoadsWithItsAlgorithmAndHyperParametersAlsoInAPipeline(@TempDir Path folder) throws Exception {
    H2OGridSearch grid =
        new H2OGridSearch()
            .setAlgo(new H2OGBMClassifier().setLabelCol("late").setLearnRate(0.3))
            .addHyperParameter("maxDepth", 2, 4)
            .addHyperParameter("sampleRate", 0.5, 1.0)
            .setStrategy("RandomDiscrete")
            .setMaxModels(3)
            .setSelectBestModelBy("aucpr")
            .setFeaturesCols(FEATURES);
    grid.save(folder.resolve("grid").toString());
    new Pipeline().setStages(new PipelineStage[] {grid}).save(folder.resolve("pipeline").toString());

    H2OGridSearch loaded = H2OGridSearch.read().load(folder.resolve("grid").toString());
    H2OGridSearch staged = (H2OGridSearch) Pipeline.load(folder.resolve("pipeline").toString()).getStages()[0];

    for (H2OGridSearch copy : List.of(loaded, staged)) {
      assertThat(copy.uid()).isEqualTo(grid.uid());
      assertThat(copy.getStrategy()).isEqualTo("RandomDiscrete");
      assertThat(copy.getMaxModels()).isEqualTo(3);
      assertThat(copy.getSelectBestModelBy()).isEqualTo("AUCPR");
      assertThat(copy.getFeaturesCols()).containsExactly(FEATURES);
      assertThat(copy.getHyperParameters()).isEqualTo(Map.of("maxDepth", List.of(2, 4), "sampleRate", List.of(0.5, 1.0)));
      assertThat(copy.getAlgo()).isInstanceOf(H2OGBMClassifier.class);
      assertThat(copy.getAlgo().uid()).isEqualTo(grid.getAlgo().uid());
      assertThat(copy.getAlgo().h2oParameters()).isEqualTo(Map.of("learn_rate", 0.3));
      assertThat(copy.getAlgo().getLabelCol()).isEqualTo("late");
    }
  }

  @Test
  void passesOnH2OsOwnWordsWhenNoModelOfTheGridCanBeTrained() {
    H2OGridSearch grid =
        new H2OGridSearch()
            .setAlgo(new H2OGBM().setLabelCol("late").setFeaturesCols(FEATURES).setNtrees(2))
            .addHyperParameter("minRows", 5000.0, 6000.0);

    assertThatThrownBy(() -> grid.fit(train))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("H2O trained no model of the grid; H2O: ")
        .hasMessageContaining("min_rows");
  }

  @Test
  void rejectsBadInputBeforeTraining() {
    H2OGBM gbm = new H2OGBM().setLabelCol("late").setFeaturesCols(FEATURES);
    assertThatThrownBy(() -> new H2OGridSearch().addHyperParameter("maxDepth", 2).fit(train))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("No algorithm to search: set one with setAlgo");
    assertThatThrownBy(() -> new H2OGridSearch().setAlgo(gbm).fit(train))
        .hasMessageStartingWith("No hyper-parameters to search");
    assertThatThrownBy(() -> new H2OGridSearch().setAlgo(gbm).addHyperParameter("maxDepth"))
        .hasMessage("Hyper-parameter 'maxDepth' has no values to try: give it at least one");
    assertThatThrownBy(() -> new H2OGridSearch().setAlgo(gbm).addHyperParameter("max_depth", 2, 3).fit(train))
        .hasMessageStartingWith("'max_depth' is not a parameter of H2OGBM's algorithm; its parameters are ")
        .hasMessageContaining("maxDepth")
        .hasMessageContaining("ntrees");
    assertThatThrownBy(() -> new H2OGridSearch().setSelectBestModelBy("accuracy"))
        .hasMessageStartingWith("Invalid selectBestModelBy 'accuracy' for H2OGridSearch: H2O accepts AUTO, AUC");
    assertThatThrownBy(() -> new H2OGridSearch().setAlgo(gbm).addHyperParameter("maxDepth", "deep").fit(train))
        .hasMessageContaining("Invalid value deep for maxDepth of H2OGBM");
    assertThatThrownBy(() -> new H2OGridSearch().setAlgo(gbm).addHyperParameter("learnRate", 0.1, 7.0).fit(train))
        .hasMessageContaining("learnRate");
    assertThat(gbm.h2oName("maxDepth")).isEqualTo("max_depth");
    assertThat(gbm.h2oName("ntrees")).isEqualTo("ntrees");
  }
}
