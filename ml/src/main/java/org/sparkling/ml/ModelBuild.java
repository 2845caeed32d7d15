package org.sparkling.ml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sparkling.client.H2OClient;
import org.sparkling.client.Job;

/** The plain plan: one model of one algorithm ({@code POST /3/ModelBuilders/{algorithm}}). */
final class ModelBuild implements TrainingPlan {
  private final String algorithm;
  private final String modelId;
  private final Map<String, Object> parameters;

  ModelBuild(String algorithm, String modelId, Map<String, Object> parameters) {
    this.algorithm = algorithm;
    this.modelId = modelId;
    this.parameters = parameters;
  }

  @Override
  public String description() {
    return algorithm;
  }

  @Override
  public Job start(H2OClient client, Map<String, Object> common) {
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("model_id", modelId);
    all.putAll(common);
    all.putAll(parameters);
    return client.train(algorithm, all);
  }

  @Override
  public List<String> rankedModels(H2OClient client, Job done) {
    return List.of(modelId);
  }

  @Override
  public void remove(H2OClient client) {
    client.deleteModel(modelId);
  }
}
