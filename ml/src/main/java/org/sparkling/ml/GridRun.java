package org.sparkling.ml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sparkling.client.H2OClient;
import org.sparkling.client.Job;

/**
 * The grid plan: one grid search ({@code POST /99/Grid/{algorithm}}); its models ranked by the chosen metric
 * ({@code GET /99/Grids/{id}?sort_by=...}); removed with its models ({@code DELETE /3/DKV/{grid}?cascade=true}).
 */
final class GridRun implements TrainingPlan {
  private static final Logger LOG = LoggerFactory.getLogger(GridRun.class);

  /**
   * What to search.
   *
   * @param parameters the algorithm's fixed params by H2O's names
   * @param hyperParameters H2O name -> the values to try, in H2O's spelling
   * @param criteria H2O's {@code search_criteria}: strategy, and for RandomDiscrete its limits and seed
   * @param sortBy H2O's name of the metric that ranks the models, or {@code null} for H2O's default
   * @param decreasing whether the best model has the highest value of that metric
   */
  record Search(
      String algorithm,
      Map<String, Object> parameters,
      Map<String, List<Object>> hyperParameters,
      Map<String, Object> criteria,
      int parallelism,
      String sortBy,
      boolean decreasing) {}

  private final String gridId;
  private final Search search;
  private final List<String> sparkNames;
  private final Consumer<ModelTable> models;
  private ModelCount trained;

  /**
   * @param sparkNames the hyper-parameters' Spark names, in the order of {@code search.hyperParameters()}
   * @param models told the grid's models once it is done, before they are removed
   */
  GridRun(String gridId, Search search, List<String> sparkNames, Consumer<ModelTable> models) {
    this.gridId = gridId;
    this.search = search;
    this.sparkNames = sparkNames;
    this.models = models;
  }

  @Override
  public String description() {
    return search.algorithm() + " grid";
  }

  @Override
  public Job start(H2OClient client, Map<String, Object> common) {
    Map<String, Object> parameters = new LinkedHashMap<>(common);
    parameters.putAll(search.parameters());
    parameters.put("grid_id", gridId);
    parameters.put("hyper_parameters", search.hyperParameters());
    parameters.put("search_criteria", search.criteria());
    parameters.put("parallelism", search.parallelism());
    return client.grid(search.algorithm(), parameters);
  }

  @Override
  public String progressNote(H2OClient client, Job job) {
    if (trained == null) {
      trained = new ModelCount(() -> client.grid(gridId, null, false).path("model_ids").size());
    }
    return trained.note(job);
  }

  @Override
  public List<String> rankedModels(H2OClient client, Job done) {
    JsonNode grid = client.grid(gridId, search.sortBy(), search.decreasing());
    grid.path("failure_details").forEach(failure -> LOG.warn("A model of grid {} failed: {}", gridId, failure.asText()));
    if (grid.path("model_ids").isEmpty() && !grid.path("failure_details").isEmpty()) {
      List<String> failures = new ArrayList<>();
      grid.path("failure_details").forEach(failure -> failures.add(failure.asText()));
      throw new IllegalArgumentException("H2O trained no model of the grid; H2O: " + String.join("; ", failures));
    }
    ModelTable table = table(TwoDimTable.of(grid.path("summary_table")));
    models.accept(table);
    return table.modelIds();
  }

  /** H2O's summary table (hyper-parameters as text, the model id, the metric) with typed columns named as in Spark. */
  private ModelTable table(TwoDimTable summary) {
    List<String> h2oNames = List.copyOf(search.hyperParameters().keySet());
    String metric = summary.columns().get(summary.columns().size() - 1);
    StructType schema = new StructType().add(ModelTable.MODEL_ID, DataTypes.StringType);
    for (int i = 0; i < h2oNames.size(); i++) {
      schema = schema.add(sparkNames.get(i), type(search.hyperParameters().get(h2oNames.get(i)).get(0)));
    }
    schema = schema.add(metric, DataTypes.DoubleType);
    List<Row> rows = new ArrayList<>();
    for (int row = 0; row < summary.rows(); row++) {
      Object[] values = new Object[h2oNames.size() + 2];
      values[0] = summary.text(row, "model_ids");
      for (int i = 0; i < h2oNames.size(); i++) {
        values[i + 1] = value(summary.text(row, h2oNames.get(i)), schema.fields()[i + 1].dataType());
      }
      values[values.length - 1] = number(summary.text(row, metric));
      rows.add(RowFactory.create(values));
    }
    return new ModelTable(schema, rows);
  }

  private static DataType type(Object example) {
    if (example instanceof Integer) {
      return DataTypes.IntegerType;
    } else if (example instanceof Long) {
      return DataTypes.LongType;
    } else if (example instanceof Number) {
      return DataTypes.DoubleType;
    } else if (example instanceof Boolean) {
      return DataTypes.BooleanType;
    }
    return DataTypes.StringType;
  }

  private static Object value(String text, DataType type) {
    if (text == null) {
      return null;
    } else if (type.equals(DataTypes.IntegerType)) {
      return (int) Double.parseDouble(text);
    } else if (type.equals(DataTypes.LongType)) {
      return (long) Double.parseDouble(text);
    } else if (type.equals(DataTypes.DoubleType)) {
      return Double.parseDouble(text);
    } else if (type.equals(DataTypes.BooleanType)) {
      return Boolean.parseBoolean(text);
    }
    return text;
  }

  private static Double number(String text) {
    return text == null ? null : Double.parseDouble(text);
  }

  @Override
  public void remove(H2OClient client) {
    client.delete(gridId, true);
  }
}
