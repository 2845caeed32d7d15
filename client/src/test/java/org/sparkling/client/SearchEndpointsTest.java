package org.sparkling.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Grid search and AutoML over REST against a real one-node H2O cloud: start, results, removal with the models. */
class SearchEndpointsTest {
  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(2);
  private static final String TRAINING_FRAME = "search_train";

  private static H2ONodeProcess node;
  private static H2OClient h2o;

  @BeforeAll
  static void startNode() {
    node = H2ONodeProcess.start();
    h2o = node.client();
    Map<String, Object> spec =
        Map.ofEntries(
            Map.entry("dest", TRAINING_FRAME), Map.entry("rows", 500), Map.entry("cols", 3), Map.entry("seed", 42),
            Map.entry("has_response", true), Map.entry("response_factors", 2),
            Map.entry("categorical_fraction", 0), Map.entry("integer_fraction", 0), Map.entry("binary_fraction", 0),
            Map.entry("time_fraction", 0), Map.entry("string_fraction", 0), Map.entry("missing_fraction", 0));
    h2o.awaitJob(JobReplies.job(h2o.post("/3/CreateFrame", spec)).key(), JOB_TIMEOUT, null);
  }

  @AfterAll
  static void stopNode() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void runsAGridSortedByAMetricAndRemovesItWithItsModels() {
    Job started =
        h2o.grid(
            "gbm",
            Map.of(
                "grid_id", "grid_small", "training_frame", TRAINING_FRAME, "response_column", "response", "ntrees", 3,
                "seed", 7, "hyper_parameters", Map.of("max_depth", List.of(1, 3)),
                "search_criteria", Map.of("strategy", "Cartesian")));
    Job done = h2o.awaitJob(started.key(), JOB_TIMEOUT, null);
    assertThat(done.destination()).isEqualTo("grid_small");

    JsonNode grid = h2o.grid("grid_small", "auc", true);
    List<String> ids = names(grid.path("model_ids"));
    assertThat(ids).hasSize(2);
    JsonNode summary = grid.path("summary_table");
    assertThat(names(summary.path("columns"))).containsExactly("", "max_depth", "model_ids", "auc");
    List<Double> aucs = new ArrayList<>();
    summary.path("data").path(3).forEach(auc -> aucs.add(auc.asDouble()));
    assertThat(aucs).isSortedAccordingTo(java.util.Comparator.reverseOrder());

    h2o.delete("grid_small", true);
    assertThat(h2o.modelIds()).doesNotContainAnyElementsOf(ids);
    assertThat(catchThrowableOfType(H2OServerException.class, () -> h2o.grid("grid_small", null, false)).status())
        .isEqualTo(404);
  }

  @Test
  void runsAutoMLFromAJsonSpecAndRemovesTheRunWithItsModels() {
    Map<String, Object> spec =
        Map.of(
            "build_control",
            Map.of("project_name", "automl_small", "nfolds", 0, "stopping_criteria", Map.of("max_models", 2, "seed", 7)),
            "input_spec", Map.of("training_frame", TRAINING_FRAME, "response_column", "response", "sort_metric", "AUC"),
            "build_models", Map.of("include_algos", List.of("GLM", "GBM")));
    Job started = h2o.autoML(spec);
    Job done = h2o.awaitJob(started.key(), JOB_TIMEOUT, null);
    assertThat(done.destination()).isEqualTo("automl_small@@response");

    JsonNode run = h2o.autoML(done.destination());
    String leaderboardName = run.path("leaderboard").path("project_name").asText();
    assertThat(leaderboardName).isEqualTo("automl_small@@response");
    JsonNode table = h2o.leaderboard(leaderboardName, "algo").path("table");
    assertThat(names(table.path("columns"))).contains("model_id", "auc", "logloss", "algo");
    List<String> ids = new ArrayList<>();
    table.path("data").path(1).forEach(id -> ids.add(id.asText()));
    assertThat(ids).hasSize(2);
    assertThat(h2o.modelIds()).containsAll(ids);

    h2o.delete(done.destination(), true);
    assertThat(h2o.modelIds()).doesNotContainAnyElementsOf(ids);
  }

  @Test
  void anInvalidAutoMLSpecIsRejectedWithH2OsMessage() {
    Map<String, Object> spec =
        Map.of(
            "build_control", Map.of("stopping_criteria", Map.of("max_models", 1)),
            "input_spec", Map.of("training_frame", "no_such_frame", "response_column", "response"));
    H2OServerException error = catchThrowableOfType(H2OServerException.class, () -> h2o.autoML(spec));
    assertThat(error.serverMessage())
        .contains("No training data has been specified, either as a path or a key, or it is not available anymore.");
  }

  private static List<String> names(JsonNode entries) {
    List<String> names = new ArrayList<>();
    entries.forEach(entry -> names.add(entry.path("name").asText()));
    return names;
  }
}
