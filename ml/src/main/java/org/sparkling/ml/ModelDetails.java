package org.sparkling.ml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * What H2O knows about a trained model beyond its MOJO: the metrics on the training, validation and cross-validation data,
 * the variable importances and the model summary. It is read from H2O's {@code GET /3/Models/{id}} reply, or from the
 * {@code experimental/modelDetails.json} a MOJO carries, and kept as that JSON so a saved model keeps all of it.
 */
public final class ModelDetails implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Details of a model H2O told nothing about, e.g. a MOJO without its model details. */
  public static final ModelDetails NONE = new ModelDetails("{}");
  /** Numbers in H2O's metrics objects that describe the scoring rather than measure the model. */
  private static final Set<String> NOT_METRICS = Set.of("model_checksum", "frame_checksum", "scoring_time");

  private final String json;

  private ModelDetails(String json) {
    this.json = json;
  }

  /**
   * Reads H2O's JSON of one model: either the whole {@code GET /3/Models/{id}} reply (its first model is taken) or that
   * model's own object.
   */
  public static ModelDetails fromModelJson(String json) {
    Objects.requireNonNull(json, "json == null");
    JsonNode root = parse(json);
    JsonNode model = root.has("models") ? root.path("models").path(0) : root;
    if (!model.isObject()) {
      throw new IllegalArgumentException("Not H2O's JSON of a model: no model object in " + abbreviate(json));
    }
    return new ModelDetails(model.toString());
  }

  /** The model's JSON object, as H2O wrote it. */
  public String json() {
    return json;
  }

  /**
   * H2O's metrics of the model on its training data, by H2O's names: {@code MSE}, {@code RMSE}, {@code nobs}, and by model
   * kind {@code AUC}, {@code pr_auc}, {@code Gini}, {@code logloss}, {@code mean_per_class_error}, {@code r2},
   * {@code mae}, {@code rmsle}, {@code mean_residual_deviance}, ...
   */
  public Map<String, Double> trainingMetrics() {
    return metrics("training_metrics");
  }

  /** Metrics on the validation frame; empty when the model was trained without one. */
  public Map<String, Double> validationMetrics() {
    return metrics("validation_metrics");
  }

  /** Metrics of the cross-validation models on their held-out folds; empty without cross-validation. */
  public Map<String, Double> crossValidationMetrics() {
    return metrics("cross_validation_metrics");
  }

  /** The variables by importance, the most important first; empty for models that have none (e.g. GLM keeps coefficients). */
  public List<VariableImportance> variableImportances() {
    TwoDimTable table = TwoDimTable.of(output().path("variable_importances"));
    List<VariableImportance> importances = new ArrayList<>();
    for (int row = 0; row < table.rows(); row++) {
      importances.add(
          new VariableImportance(
              table.text(row, "variable"),
              table.number(row, "relative_importance"),
              table.number(row, "scaled_importance"),
              table.number(row, "percentage")));
    }
    return importances;
  }

  /** The variable importances as a DataFrame of {@code variable, relativeImportance, scaledImportance, percentage}. */
  public Dataset<Row> variableImportances(SparkSession spark) {
    StructType schema =
        new StructType()
            .add("variable", DataTypes.StringType)
            .add("relativeImportance", DataTypes.DoubleType)
            .add("scaledImportance", DataTypes.DoubleType)
            .add("percentage", DataTypes.DoubleType);
    List<Row> rows = new ArrayList<>();
    for (VariableImportance importance : variableImportances()) {
      rows.add(RowFactory.create(importance.variable(), importance.relativeImportance(), importance.scaledImportance(),
          importance.percentage()));
    }
    return spark.createDataFrame(rows, schema);
  }

  /** The first row of H2O's model summary (e.g. {@code number_of_trees}, {@code max_depth}), by column name. */
  public Map<String, Object> modelSummary() {
    TwoDimTable table = TwoDimTable.of(output().path("model_summary"));
    return table.rows() == 0 ? Map.of() : table.row(0);
  }

  /** One of H2O's tables under the model's output, e.g. {@code ("training_metrics", "cm", "table")}; empty when absent. */
  TwoDimTable table(String... path) {
    JsonNode node = output();
    for (String field : path) {
      node = node.path(field);
    }
    return TwoDimTable.of(node);
  }

  private Map<String, Double> metrics(String field) {
    JsonNode metrics = output().path(field);
    Map<String, Double> values = new LinkedHashMap<>();
    boolean customMetric = metrics.path("custom_metric_name").isTextual();
    metrics.fields().forEachRemaining(entry -> {
      JsonNode value = entry.getValue();
      if (NOT_METRICS.contains(entry.getKey()) || (entry.getKey().equals("custom_metric_value") && !customMetric)) {
        return;
      }
      if (value.isNumber()) {
        values.put(entry.getKey(), value.doubleValue());
      } else if (value.isTextual() && value.asText().equals("NaN")) {
        values.put(entry.getKey(), Double.NaN);
      }
    });
    return Collections.unmodifiableMap(values);
  }

  private JsonNode output() {
    return parse(json).path("output");
  }

  private static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + abbreviate(json) + ": " + e.getMessage(), e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "...";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ModelDetails details && details.json.equals(json);
  }

  @Override
  public int hashCode() {
    return json.hashCode();
  }

  @Override
  public String toString() {
    return "ModelDetails(training " + trainingMetrics() + ")";
  }

  /** One variable's importance, as H2O reports it. */
  public record VariableImportance(String variable, double relativeImportance, double scaledImportance, double percentage)
      implements Serializable {}
}
