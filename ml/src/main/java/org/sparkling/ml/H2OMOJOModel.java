package org.sparkling.ml;

import hex.genmodel.MojoModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.Model;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.MLWritable;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * A trained H2O model as a Spark ML transformer. It scores inside Spark's executors with H2O's MOJO (h2o-genmodel): no H2O
 * cluster is needed to score. A classifier writes the predicted label (boolean for a boolean label) and the class
 * probabilities as a vector, in the order of {@link #responseDomain()}; a regression writes a double, K-Means the index of
 * the nearest cluster, Isolation Forest the normalized anomaly score (see {@link PredictionColumns}). With
 * {@code withContributions}, {@code withLeafNodeAssignments} or an explicitly set {@code detailedPredictionCol} it also writes
 * the detailed prediction struct (see {@link DetailedPrediction}). It saves and loads with Spark ML ({@link #write()},
 * {@link #load(String)}), also inside a {@code PipelineModel}.
 */
public final class H2OMOJOModel extends Model<H2OMOJOModel> implements MLWritable {
  private static final long serialVersionUID = 1L;

  private final String uid;
  private final byte[] mojo;
  private final String fingerprint;
  private transient MojoModel loaded;
  private ModelDetails details = ModelDetails.NONE;
  private final StringArrayParam featuresCols;
  private final Param<String> predictionCol;
  private final Param<String> probabilityCol;
  private final Param<String> detailedPredictionCol;
  private final BooleanParam withContributions;
  private final BooleanParam withLeafNodeAssignments;
  private final BooleanParam convertUnknownCategoricalLevelsToNa;
  private final BooleanParam convertInvalidNumbersToNa;

  H2OMOJOModel(String uid, byte[] mojo, String[] features) {
    this.uid = uid; // before the params: each takes its owner's uid
    this.featuresCols = new StringArrayParam(this, "featuresCols", "the columns the model reads; empty means the MOJO's");
    this.predictionCol = new Param<>(this, "predictionCol", "the column of the prediction");
    this.probabilityCol =
        new Param<>(this, "probabilityCol", "the column of a classifier's class probabilities, as a vector");
    this.detailedPredictionCol =
        new Param<>(this, "detailedPredictionCol", "the struct column of the label, probabilities, contributions and leaves");
    this.withContributions =
        new BooleanParam(this, "withContributions", "whether the detailed prediction holds SHAP contributions (tree models)");
    this.withLeafNodeAssignments =
        new BooleanParam(this, "withLeafNodeAssignments", "whether the detailed prediction holds each tree's leaf");
    this.convertUnknownCategoricalLevelsToNa =
        new BooleanParam(this, "convertUnknownCategoricalLevelsToNa",
            "score categorical levels unseen in training as missing values instead of failing");
    this.convertInvalidNumbersToNa =
        new BooleanParam(this, "convertInvalidNumbersToNa", "score text that is not a number as missing instead of failing");
    this.mojo = mojo.clone();
    this.fingerprint = Mojos.fingerprint(mojo);
    setDefault(featuresCols, features.clone());
    setDefault(predictionCol, "prediction");
    setDefault(probabilityCol, "probability");
    setDefault(detailedPredictionCol, "detailed_prediction");
    setDefault(withContributions, false);
    setDefault(withLeafNodeAssignments, false);
    setDefault(convertUnknownCategoricalLevelsToNa, false);
    setDefault(convertInvalidNumbersToNa, false);
  }

  /**
   * A model from a MOJO zip exported by H2O (any H2O 3.x up to h2o-genmodel's version); it reads every column the MOJO
   * names. Its metrics, variable importances and summary come from the {@code experimental/modelDetails.json} that H2O 3.26+
   * writes into a MOJO; a MOJO without it gives empty ones.
   */
  public static H2OMOJOModel createFromMojo(Path mojoZip) {
    try {
      return fromMojo(Identifiable$.MODULE$.randomUID("H2OMOJOModel"), Files.readAllBytes(mojoZip));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the MOJO file " + mojoZip + ": " + e.getMessage(), e);
    }
  }

  static H2OMOJOModel fromMojo(String uid, byte[] bytes) {
    MojoModel model = Mojos.load(bytes);
    String[] features =
        Arrays.stream(model.getNames()).filter(name -> !name.equals(model.getResponseName())).toArray(String[]::new);
    H2OMOJOModel created = new H2OMOJOModel(uid, bytes, features);
    created.details = Mojos.details(bytes);
    return created;
  }

  /** Reads a model saved with {@link #write()}; Spark's {@code PipelineModel.load} finds it by this name. */
  public static MLReader<H2OMOJOModel> read() {
    return new H2OMOJOModelReader();
  }

  /** The model saved at {@code path} with {@code model.write().save(path)}. */
  public static H2OMOJOModel load(String path) {
    return read().load(path);
  }

  @Override
  public MLWriter write() {
    return new H2OMOJOModelWriter(this);
  }

  @Override
  public String uid() {
    return uid;
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

  public Param<String> detailedPredictionCol() {
    return detailedPredictionCol;
  }

  public BooleanParam withContributions() {
    return withContributions;
  }

  public BooleanParam withLeafNodeAssignments() {
    return withLeafNodeAssignments;
  }

  public BooleanParam convertUnknownCategoricalLevelsToNa() {
    return convertUnknownCategoricalLevelsToNa;
  }

  public BooleanParam convertInvalidNumbersToNa() {
    return convertInvalidNumbersToNa;
  }

  /** The feature columns; the MOJO's own when none are set (e.g. when an estimator left them to default). */
  public String[] getFeaturesCols() {
    String[] features = $(featuresCols);
    return features.length > 0 ? features : mojoFeatures();
  }

  public String getPredictionCol() {
    return $(predictionCol);
  }

  public String getProbabilityCol() {
    return $(probabilityCol);
  }

  public String getDetailedPredictionCol() {
    return $(detailedPredictionCol);
  }

  public boolean getWithContributions() {
    return (Boolean) $(withContributions);
  }

  public boolean getWithLeafNodeAssignments() {
    return (Boolean) $(withLeafNodeAssignments);
  }

  public boolean getConvertUnknownCategoricalLevelsToNa() {
    return (Boolean) $(convertUnknownCategoricalLevelsToNa);
  }

  public boolean getConvertInvalidNumbersToNa() {
    return (Boolean) $(convertInvalidNumbersToNa);
  }

  public H2OMOJOModel setFeaturesCols(String... columns) {
    set(featuresCols, columns.clone());
    return this;
  }

  public H2OMOJOModel setPredictionCol(String column) {
    set(predictionCol, column);
    return this;
  }

  public H2OMOJOModel setProbabilityCol(String column) {
    set(probabilityCol, column);
    return this;
  }

  /** Setting it asks for the detailed prediction even without contributions or leaves. */
  public H2OMOJOModel setDetailedPredictionCol(String column) {
    set(detailedPredictionCol, column);
    return this;
  }

  public H2OMOJOModel setWithContributions(boolean value) {
    set(withContributions, (Object) value);
    return this;
  }

  public H2OMOJOModel setWithLeafNodeAssignments(boolean value) {
    set(withLeafNodeAssignments, (Object) value);
    return this;
  }

  public H2OMOJOModel setConvertUnknownCategoricalLevelsToNa(boolean value) {
    set(convertUnknownCategoricalLevelsToNa, (Object) value);
    return this;
  }

  public H2OMOJOModel setConvertInvalidNumbersToNa(boolean value) {
    set(convertInvalidNumbersToNa, (Object) value);
    return this;
  }

  /** The metrics, variable importances and summary H2O reported for this model; called by the estimators after training. */
  public H2OMOJOModel setTrainingDetails(ModelDetails trainingDetails) {
    this.details = Objects.requireNonNull(trainingDetails, "trainingDetails == null");
    return this;
  }

  /** Everything H2O reported about the model, as parsed from its JSON. */
  public ModelDetails trainingDetails() {
    return details;
  }

  /** H2O's metrics on the training data by H2O's names: {@code AUC}, {@code logloss}, {@code RMSE}, {@code MSE}, {@code r2}, ... */
  public Map<String, Double> trainingMetrics() {
    return details.trainingMetrics();
  }

  /** Metrics on the validation data; empty without validation data. */
  public Map<String, Double> validationMetrics() {
    return details.validationMetrics();
  }

  /** Cross-validation metrics; empty without cross-validation. */
  public Map<String, Double> crossValidationMetrics() {
    return details.crossValidationMetrics();
  }

  /** The variables by importance, most important first; empty when the model has none. */
  public List<ModelDetails.VariableImportance> variableImportances() {
    return details.variableImportances();
  }

  /** The variable importances as a DataFrame, most important first. */
  public Dataset<Row> variableImportances(org.apache.spark.sql.SparkSession spark) {
    return details.variableImportances(spark);
  }

  /** The first row of H2O's model summary, e.g. {@code number_of_trees}. */
  public Map<String, Object> modelSummary() {
    return details.modelSummary();
  }

  /**
   * Writes the ROC curve of a binomial classifier on its training data (and validation data, if any) as a PNG image, titled
   * with the AUC. Needs the metrics H2O computed in training: a model from a MOJO without model details has none.
   */
  public void plotRoc(Path png) {
    plots().roc(png);
  }

  /** Writes the 20 most important variables by H2O's scaled importance as a PNG bar chart. */
  public void plotVariableImportance(Path png) {
    plots().variableImportance(png);
  }

  /** Writes a classifier's confusion matrix (on the validation data, else the training data) as a PNG heat map. */
  public void plotConfusionMatrix(Path png) {
    plots().confusionMatrix(png);
  }

  /**
   * Writes a regression model's residuals (label - prediction) against its predictions as a PNG scatter plot, on at most
   * 5000 rows of {@code scored}: data this model transformed, holding its prediction column and {@code labelCol}.
   */
  public void plotResiduals(Path png, Dataset<Row> scored, String labelCol) {
    plots().residuals(png, scored, getPredictionCol(), labelCol);
  }

  private ModelPlots plots() {
    return new ModelPlots(modelCategory(), details);
  }

  /** The MOJO zip, e.g. to deploy it elsewhere. */
  public byte[] mojo() {
    return mojo.clone();
  }

  public void saveMojo(Path file) {
    try {
      Files.write(file, mojo);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the MOJO to " + file + ": " + e.getMessage(), e);
    }
  }

  /** H2O's kind of model: {@code Binomial}, {@code Multinomial}, {@code Regression}, ... */
  public String modelCategory() {
    return model().getModelCategory().name();
  }

  /** The classes of a classifier, in the order of the probability vector; empty for a regression. */
  public List<String> responseDomain() {
    String[] domain = model().getDomainValues(model().getResponseIdx());
    return domain == null ? List.of() : List.of(domain);
  }

  @Override
  public StructType transformSchema(StructType schema) {
    PredictionColumns columns = predictionColumns();
    StructType output = outputSchema(schema, columns).output();
    return detailed() ? output.add(getDetailedPredictionCol(), columns.detailed().type(), true) : output;
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    StructType output = transformSchema(dataset.schema());
    Broadcast<byte[]> shared = JavaSparkContext.fromSparkContext(dataset.sparkSession().sparkContext()).broadcast(mojo);
    ZoneId zone = ZoneId.of(dataset.sparkSession().conf().get("spark.sql.session.timeZone"));
    FeatureColumns features = FeatureColumns.of(dataset.schema(), FeatureColumns.sources(dataset.schema(), getFeaturesCols()), new FeatureValues(zone));
    MojoScorer scorer = new MojoScorer(fingerprint, shared, features, scoringOptions(), predictionColumns());
    return dataset.toDF().mapPartitions(scorer, Encoders.row(output));
  }

  @Override
  public H2OMOJOModel copy(ParamMap extra) {
    H2OMOJOModel copy = new H2OMOJOModel(uid, mojo, $(featuresCols));
    copy.details = details;
    return copyValues(copy, extra).setParent(parent());
  }

  private boolean detailed() {
    return getWithContributions() || getWithLeafNodeAssignments() || isSet(detailedPredictionCol);
  }

  private ScoringOptions scoringOptions() {
    return new ScoringOptions(detailed(), getWithContributions(), getWithLeafNodeAssignments(),
        getConvertUnknownCategoricalLevelsToNa(), getConvertInvalidNumbersToNa());
  }

  /** The columns this model writes with the current options; fails clearly for a model or option it cannot score. */
  private PredictionColumns predictionColumns() {
    return PredictionColumns.of(model(), scoringOptions());
  }

  private ModelSchema outputSchema(StructType input, PredictionColumns columns) {
    ModelSchema schema = ModelSchema.forScoring(
        input, FeatureColumns.sources(input, getFeaturesCols()), getPredictionCol(), getProbabilityCol(), columns.predictionType());
    if (detailed() && Arrays.asList(input.fieldNames()).contains(getDetailedPredictionCol())) {
      throw new IllegalArgumentException("The DataFrame already has a column '" + getDetailedPredictionCol()
          + "'; drop it or choose another detailedPredictionCol");
    }
    return schema;
  }

  private String[] mojoFeatures() {
    MojoModel model = model();
    return Arrays.stream(model.getNames()).filter(name -> !name.equals(model.getResponseName())).toArray(String[]::new);
  }

  private MojoModel model() {
    if (loaded == null) {
      loaded = Mojos.get(fingerprint, mojo);
    }
    return loaded;
  }
}
