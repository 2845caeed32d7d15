package org.sparkling.ml;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.ml.Estimator;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sparkling.H2OContext;
import org.sparkling.H2OFrame;
import org.sparkling.client.H2OClient;
import org.sparkling.client.Job;

/**
 * What every supervised H2O algorithm shares as a Spark ML estimator: the label and feature columns, the seed, and
 * training on the H2O cluster over REST. {@code fit} converts only the columns it needs, trains, downloads the MOJO, and
 * removes from the cluster what it created there.
 */
public abstract class H2OSupervisedEstimator<S extends H2OSupervisedEstimator<S>> extends Estimator<H2OMOJOModel> {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(H2OSupervisedEstimator.class);

  private final String uid;
  private final Param<String> labelCol;
  private final StringArrayParam featuresCols;
  private final Param<String> predictionCol;
  private final Param<String> probabilityCol;
  private final LongParam seed;

  protected H2OSupervisedEstimator(String uid) {
    this.uid = uid;
    this.labelCol = new Param<>(this, "labelCol", "the column to predict");
    this.featuresCols =
        new StringArrayParam(this, "featuresCols", "the columns to learn from; empty means every column but the label");
    this.predictionCol = new Param<>(this, "predictionCol", "the column the model writes its prediction to");
    this.probabilityCol =
        new Param<>(this, "probabilityCol", "the column a classifier writes its class probabilities to, as a vector");
    this.seed = new LongParam(this, "seed", "random seed of the algorithm; -1 lets H2O choose");
    setDefault(labelCol, "label");
    setDefault(featuresCols, new String[0]);
    setDefault(predictionCol, "prediction");
    setDefault(probabilityCol, "probability");
    setDefault(seed, -1L);
  }

  /** H2O's name of the algorithm, as in {@code /3/ModelBuilders/{algorithm}}. */
  protected abstract String algorithm();

  /** The algorithm's own parameters, by H2O's names. */
  protected abstract Map<String, Object> algorithmParameters();

  @Override
  public String uid() {
    return uid;
  }

  public Param<String> labelCol() {
    return labelCol;
  }

  public StringArrayParam featuresCols() {
    return featuresCols;
  }

  public Param<String> predictionCol() {
    return predictionCol;
  }

  public Param<String> probabilityCol() {
    return probabilityCol;
  }

  public LongParam seed() {
    return seed;
  }

  public S setLabelCol(String column) {
    set(labelCol, column);
    return self();
  }

  public S setFeaturesCols(String... columns) {
    set(featuresCols, columns.clone());
    return self();
  }

  public S setPredictionCol(String column) {
    set(predictionCol, column);
    return self();
  }

  public S setProbabilityCol(String column) {
    set(probabilityCol, column);
    return self();
  }

  public S setSeed(long value) {
    set(seed, (Object) value);
    return self();
  }

  public String getLabelCol() {
    return $(labelCol);
  }

  public String[] getFeaturesCols() {
    return $(featuresCols);
  }

  public String getPredictionCol() {
    return $(predictionCol);
  }

  public String getProbabilityCol() {
    return $(probabilityCol);
  }

  public long getSeed() {
    return (Long) $(seed);
  }

  @Override
  public StructType transformSchema(StructType schema) {
    return ModelSchema.forTraining(schema, getLabelCol(), features(schema), getPredictionCol(), getProbabilityCol()).output();
  }

  @Override
  public H2OMOJOModel fit(Dataset<?> dataset) {
    String[] features = features(dataset.schema());
    ModelSchema.forTraining(dataset.schema(), getLabelCol(), features, getPredictionCol(), getProbabilityCol());
    H2OContext hc = H2OContext.getOrCreate(dataset.sparkSession());
    H2OClient client = hc.client();
    List<Column> needed = new ArrayList<>();
    needed.add(functions.col(quote(getLabelCol())));
    Arrays.stream(features).map(name -> functions.col(quote(name))).forEach(needed::add);
    Dataset<Row> training = dataset.toDF().select(needed.toArray(Column[]::new));
    String runId = uid + "_" + UUID.randomUUID().toString().substring(0, 8);
    H2OFrame frame = hc.asH2OFrame(training, "sparkling_training_" + runId);
    String modelId = "sparkling_model_" + runId;
    try {
      Map<String, Object> parameters = new LinkedHashMap<>();
      parameters.put("model_id", modelId);
      parameters.put("training_frame", frame.key());
      parameters.put("response_column", getLabelCol());
      parameters.put("seed", getSeed());
      parameters.putAll(algorithmParameters());
      Job started = client.train(algorithm(), parameters);
      Duration timeout = Duration.ofDays(1);
      hc.awaitJob(started, timeout, new TrainingProgress(algorithm(), LOG));
      byte[] mojo = client.mojo(modelId);
      H2OMOJOModel model = new H2OMOJOModel(uid, mojo, features);
      model.setTrainingDetails(ModelDetails.fromModelJson(client.modelJson(modelId)));
      client.deleteModel(modelId);
      return copyValues(model, extractParamMap()).setParent(this);
    } finally {
      try {
        client.deleteFrame(frame.key());
      } catch (RuntimeException e) { // the training's own failure, if any, is the one to report
        LOG.warn("Could not remove the training frame {} from H2O: {}", frame.key(), e.getMessage());
      }
    }
  }

  private String[] features(StructType schema) {
    String[] chosen = getFeaturesCols();
    if (chosen.length > 0) {
      return chosen;
    }
    return Arrays.stream(schema.fieldNames()).filter(name -> !name.equals(getLabelCol())).toArray(String[]::new);
  }

  /** Backticks let names with dots and spaces through Spark's column resolution. */
  static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /** This estimator as its concrete type, so setters chain: {@code new H2OGBM().setLabelCol("y").setNtrees(50)}. */
  @SuppressWarnings("unchecked")
  protected final S self() {
    return (S) this;
  }
}
