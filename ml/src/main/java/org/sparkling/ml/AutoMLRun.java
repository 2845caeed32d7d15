package org.sparkling.ml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.sparkling.client.H2OClient;
import org.sparkling.client.Job;
import org.sparkling.progress.JobProgress;

/**
 * The AutoML plan: one AutoML run ({@code POST /99/AutoMLBuilder}) in its own project; its models ranked by the project's
 * leaderboard ({@code GET /99/AutoML/{run}}, {@code GET /99/Leaderboards/{project@@label}}); removed with its models ({@code DELETE /3/DKV/{run}?cascade=true}).
 */
final class AutoMLRun implements TrainingPlan {
  private static final Set<String> BUILD_CONTROL =
      Set.of("nfolds", "balance_classes", "keep_cross_validation_predictions", "keep_cross_validation_models");
  private static final Set<String> INPUT_SPEC = Set.of("sort_metric");
  private static final Set<String> BUILD_MODELS = Set.of("include_algos", "exclude_algos", "exploitation_ratio");

  private final String project;
  private final Map<String, Object> parameters;
  private final Consumer<ModelTable> leaderboard;
  private String runKey;
  private ModelCount trained;

  /**
   * @param parameters the AutoML params by H2O's names, without their sections
   * @param leaderboard told the leaderboard once the run is done, before its models are removed
   */
  AutoMLRun(String project, Map<String, Object> parameters, Consumer<ModelTable> leaderboard) {
    this.project = project;
    this.parameters = parameters;
    this.leaderboard = leaderboard;
  }

  @Override
  public String description() {
    return "AutoML";
  }

  @Override
  public Job start(H2OClient client, Map<String, Object> common) {
    Map<String, Object> buildControl = new LinkedHashMap<>();
    Map<String, Object> stoppingCriteria = new LinkedHashMap<>();
    Map<String, Object> inputSpec = new LinkedHashMap<>();
    Map<String, Object> buildModels = new LinkedHashMap<>();
    buildControl.put("project_name", project);
    buildControl.put("stopping_criteria", stoppingCriteria);
    stoppingCriteria.put("seed", common.get("seed"));
    common.forEach((name, value) -> {
      if (!name.equals("seed")) {
        inputSpec.put(name, value);
      }
    });
    parameters.forEach((name, value) -> {
      if (BUILD_CONTROL.contains(name)) {
        buildControl.put(name, value);
      } else if (INPUT_SPEC.contains(name)) {
        inputSpec.put(name, value);
      } else if (BUILD_MODELS.contains(name)) {
        buildModels.put(name, value);
      } else {
        stoppingCriteria.put(name, value);
      }
    });
    Map<String, Object> buildSpec = new LinkedHashMap<>();
    buildSpec.put("build_control", buildControl);
    buildSpec.put("input_spec", inputSpec);
    buildSpec.put("build_models", buildModels);
    Job job = client.autoML(buildSpec);
    runKey = job.destination();
    return job;
  }

  @Override
  public String progressNote(H2OClient client, Job job) {
    if (trained == null) {
      trained = new ModelCount(() -> client.autoML(runKey).path("leaderboard").path("models").size());
    }
    String step = JobProgress.step(job);
    return trained.note(job) + (step == null ? "" : "; " + step);
  }

  @Override
  public List<String> rankedModels(H2OClient client, Job done) {
    // H2O names the leaderboard after the project and the response column ("project@@label"): ask the run for it.
    String leaderboardName = client.autoML(runKey).path("leaderboard").path("project_name").asText(project);
    ModelTable table = ModelTable.leaderboard(client.leaderboard(leaderboardName, "algo").path("table"));
    leaderboard.accept(table);
    return table.modelIds();
  }

  @Override
  public void remove(H2OClient client) {
    client.delete(runKey, true);
  }
}
