package org.sparkling.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link ModelDetails} on a real reply of H2O 3.44 ({@code GET /3/Models/{id}}, kept in the format-1 fixture). */
class ModelDetailsTest {

  private static String fixtureJson() throws IOException {
    try (InputStream in = ModelDetailsTest.class.getClassLoader()
        .getResourceAsStream(H2OMOJOModelPipelineTest.FIXTURE + "/model/modelDetails.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void readsTheMetricsOfAGbmClassifier() throws IOException {
    ModelDetails details = ModelDetails.fromModelJson(fixtureJson());
    assertThat(details.trainingMetrics())
        .containsKeys("AUC", "pr_auc", "Gini", "logloss", "MSE", "RMSE", "r2", "mean_per_class_error", "nobs")
        .doesNotContainKeys("model_checksum", "frame_checksum", "scoring_time", "custom_metric_value");
    assertThat(details.trainingMetrics().get("AUC")).isBetween(0.5, 1.0);
    assertThat(details.validationMetrics()).isEmpty();
    assertThat(details.crossValidationMetrics()).isEmpty();
  }

  @Test
  void readsVariableImportancesAndTheSummary() throws IOException {
    ModelDetails details = ModelDetails.fromModelJson(fixtureJson());
    assertThat(details.variableImportances())
        .extracting(ModelDetails.VariableImportance::variable)
        .containsExactlyInAnyOrder("distance", "hour", "origin");
    assertThat(details.variableImportances().get(0).scaledImportance()).isEqualTo(1.0);
    assertThat(details.variableImportances()).allSatisfy(importance -> assertThat(importance.percentage()).isBetween(0.0, 1.0));
    assertThat(details.modelSummary()).containsEntry("number_of_trees", 4).containsKey("mean_depth");
  }

  @Test
  void acceptsTheWholeReplyOrTheModelAlone() throws IOException {
    String model = fixtureJson();
    assertThat(ModelDetails.fromModelJson("{\"models\":[" + model + "]}")).isEqualTo(ModelDetails.fromModelJson(model));
  }

  @Test
  void unknownDetailsAreEmptyNotMissing() {
    assertThat(ModelDetails.NONE.trainingMetrics()).isEmpty();
    assertThat(ModelDetails.NONE.variableImportances()).isEmpty();
    assertThat(ModelDetails.NONE.modelSummary()).isEmpty();
    assertThatThrownBy(() -> ModelDetails.fromModelJson("[1]")).hasMessageContaining("no model object");
  }
}
