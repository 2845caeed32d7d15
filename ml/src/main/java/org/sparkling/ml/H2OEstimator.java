package org.sparkling.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Estimator;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.LongParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.DefaultParamsWritable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;
import org.sparkling.ml.params.H2OParamSpec;

/**
 * What every H2O algorithm shares as a Spark ML estimator: the feature and output columns, the seed, the validation data,
 * the scoring options its model inherits, and training on the H2O cluster over REST ({@link Training}). The algorithm's own
 * parameters come from a generated {@code org.sparkling.ml.params.H2O<Algo>Params} class between this and the estimator,
 * which declares them from a table ({@link #declare}); their typed accessors live in the generated interfaces it implements.
 * Its params save with {@code save(path)} and load with the estimator's static {@code read()}; the validation DataFrame
 * is not saved.
 */
public abstract class H2OEstimator<S extends H2OEstimator<S>> extends Estimator<H2OMOJOModel>
    implements DefaultParamsWritable {
  private static final long serialVersionUID = 1L;

  private final String uid;
  private final StringArrayParam featuresCols;
  private final Param<String> predictionCol;
  private final Param<String> detailedPredictionCol;
  private final BooleanParam withContributions;
  private final BooleanParam withLeafNodeAssignments;
  private final DoubleParam splitRatio;
  private final StringArrayParam columnsToCategorical;
  private final BooleanParam convertUnknownCategoricalLevelsToNa;
  private final BooleanParam convertInvalidNumbersToNa;
  private final LongParam seed;
  private final BooleanParam keepBinaryModels;
  private transient Dataset<Row> validationDataFrame;
  private final Map<String, Param<Object>> h2oParams = new HashMap<>();
  private final Map<String, String> h2oParamNames = new LinkedHashMap<>();

  protected H2OEstimator(String uid) {
    this.uid = uid; // before the params: each takes its owner's uid
    featuresCols = new StringArrayParam(this, "featuresCols", "the columns to learn from; empty means every other column");
    predictionCol = new Param<>(this, "predictionCol", "the column the model writes its prediction to");
    detailedPredictionCol =
        new Param<>(this, "detailedPredictionCol", "the column the model writes its detailed prediction to");
    withContributions = new BooleanParam(this, "withContributions", "whether the model also writes SHAP contributions");
    withLeafNodeAssignments =
        new BooleanParam(this, "withLeafNodeAssignments", "whether the model also writes each tree's leaf for the row");
    splitRatio =
        new DoubleParam(this, "splitRatio", "the share of rows to train on; the rest validates (1 = no split)",
            ParamValidators.inRange(0, 1, false, true));
    columnsToCategorical =
        new StringArrayParam(this, "columnsToCategorical", "columns H2O treats as categorical even if numeric");
    convertUnknownCategoricalLevelsToNa =
        new BooleanParam(this, "convertUnknownCategoricalLevelsToNa", "whether scoring reads unseen levels as NA");
    convertInvalidNumbersToNa =
        new BooleanParam(this, "convertInvalidNumbersToNa", "whether scoring reads values that are not numbers as NA");
    seed = new LongParam(this, "seed", "random seed of the algorithm and the split; -1 lets H2O choose");
    keepBinaryModels =
        new BooleanParam(this, "keepBinaryModels", "whether the model and frames stay on the H2O cluster after fit");
    setDefault(featuresCols, new String[0]);
    setDefault(predictionCol, "prediction");
    setDefault(detailedPredictionCol, "detailed_prediction");
    setDefault(withContributions, false);
    setDefault(withLeafNodeAssignments, false);
    setDefault(splitRatio, 1.0);
    setDefault(columnsToCategorical, new String[0]);
    setDefault(convertUnknownCategoricalLevelsToNa, false);
    setDefault(convertInvalidNumbersToNa, false);
    setDefault(seed, -1L);
    setDefault(keepBinaryModels, false);
  }

  /** H2O's name of the algorithm, as in {@code /3/ModelBuilders/{algorithm}}. */
  protected abstract String algorithm();

  /** The algorithm's parameters set explicitly on this estimator, by H2O's names; H2O applies its defaults to the rest. */
  public Map<String, Object> h2oParameters() {
    return explicitlySet(h2oParamNames);
  }

  /**
   * Makes the algorithm's parameters this estimator's Spark params, with H2O's defaults: its generated params class calls
   * this from its constructor with its table of parameters.
   */
  protected final void declare(List<H2OParamSpec> specs) {
    for (H2OParamSpec spec : specs) {
      Param<Object> param = spec.newParam(this);
      h2oParams.put(spec.name(), param);
      h2oParamNames.put(spec.name(), spec.h2oName());
      if (spec.defaultValue() != null) {
        setDefault(param, spec.defaultValue());
      }
    }
  }

  /**
   * Finds the algorithm's params without {@code params()}: Spark lists those by calling every param accessor, and the
   * generated accessors look their params up here.
   */
  /** The algorithm's params declared from its table: Spark name -> H2O name, in the table's order. */
  final Map<String, String> algorithmParamNames() {
    return java.util.Collections.unmodifiableMap(h2oParamNames);
  }

  @Override
  public Param<Object> getParam(String paramName) {
    Param<Object> param = h2oParams.get(paramName);
    return param != null ? param : super.getParam(paramName);
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

  public Param<String> detailedPredictionCol() {
    return detailedPredictionCol;
  }

  public BooleanParam withContributions() {
    return withContributions;
  }

  public BooleanParam withLeafNodeAssignments() {
    return withLeafNodeAssignments;
  }

  public DoubleParam splitRatio() {
    return splitRatio;
  }

  public StringArrayParam columnsToCategorical() {
    return columnsToCategorical;
  }

  public BooleanParam convertUnknownCategoricalLevelsToNa() {
    return convertUnknownCategoricalLevelsToNa;
  }

  public BooleanParam convertInvalidNumbersToNa() {
    return convertInvalidNumbersToNa;
  }

  public LongParam seed() {
    return seed;
  }

  public BooleanParam keepBinaryModels() {
    return keepBinaryModels;
  }

  public S setFeaturesCols(String... columns) {
    return with(featuresCols, columns.clone());
  }

  public S setPredictionCol(String column) {
    return with(predictionCol, column);
  }

  public S setDetailedPredictionCol(String column) {
    return with(detailedPredictionCol, column);
  }

  public S setWithContributions(boolean value) {
    return with(withContributions, value);
  }

  public S setWithLeafNodeAssignments(boolean value) {
    return with(withLeafNodeAssignments, value);
  }

  public S setSplitRatio(double value) {
    checkRange("splitRatio", value, 0, 1, false);
    return with(splitRatio, value);
  }

  public S setColumnsToCategorical(String... columns) {
    return with(columnsToCategorical, columns.clone());
  }

  public S setConvertUnknownCategoricalLevelsToNa(boolean value) {
    return with(convertUnknownCategoricalLevelsToNa, value);
  }

  public S setConvertInvalidNumbersToNa(boolean value) {
    return with(convertInvalidNumbersToNa, value);
  }

  public S setSeed(long value) {
    return with(seed, value);
  }

  public S setKeepBinaryModels(boolean value) {
    return with(keepBinaryModels, value);
  }

  /**
   * Data H2O scores the model on while training (early stopping, validation metrics) instead of a split of the training
   * data. Not a Spark param: it is not saved with the estimator.
   */
  public S setValidationDataFrame(Dataset<?> validation) {
    this.validationDataFrame = validation == null ? null : validation.toDF();
    return self();
  }

  public String[] getFeaturesCols() {
    return $(featuresCols);
  }

  public String getPredictionCol() {
    return $(predictionCol);
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

  public double getSplitRatio() {
    return (Double) $(splitRatio);
  }

  public String[] getColumnsToCategorical() {
    return $(columnsToCategorical);
  }

  public boolean getConvertUnknownCategoricalLevelsToNa() {
    return (Boolean) $(convertUnknownCategoricalLevelsToNa);
  }

  public boolean getConvertInvalidNumbersToNa() {
    return (Boolean) $(convertInvalidNumbersToNa);
  }

  public long getSeed() {
    return (Long) $(seed);
  }

  public boolean getKeepBinaryModels() {
    return (Boolean) $(keepBinaryModels);
  }

  public Dataset<Row> getValidationDataFrame() {
    return validationDataFrame;
  }

  @Override
  public H2OMOJOModel fit(Dataset<?> dataset) {
    return new Training(this, dataset.toDF()).run();
  }

  @Override
  public StructType transformSchema(StructType schema) {
    String[] features = features(schema);
    checkColumns(schema, features);
    return ModelSchema.forScoring(schema, features, getPredictionCol(), "probability", predictionType()).output();
  }

  /** The type of the prediction its model writes; a number unless the algorithm says otherwise. */
  org.apache.spark.sql.types.DataType predictionType() {
    return org.apache.spark.sql.types.DataTypes.DoubleType;
  }

  @Override
  public S copy(ParamMap extra) {
    S copy = defaultCopy(extra);
    copy.setValidationDataFrame(validationDataFrame);
    return copy;
  }

  /** The columns the algorithm learns from: featuresCols, or every column the estimator does not use otherwise. */
  String[] features(StructType schema) {
    String[] chosen = getFeaturesCols();
    if (chosen.length > 0) {
      return chosen;
    }
    List<String> special = specialColumns();
    return Arrays.stream(schema.fieldNames()).filter(name -> !special.contains(name)).toArray(String[]::new);
  }

  /** Label, weight and fold columns: not features, but sent to H2O. */
  List<String> specialColumns() {
    return List.of();
  }

  /** Checks the columns against the schema, before any data moves. */
  void checkColumns(StructType schema, String[] features) {
    List<String> names = Arrays.asList(schema.fieldNames());
    if (features.length == 0) {
      throw new IllegalArgumentException("No feature columns: set some with setFeaturesCols");
    }
    for (String feature : features) {
      requireColumn(names, "Feature", feature, "setFeaturesCols");
    }
    for (String column : getColumnsToCategorical()) {
      requireColumn(names, "Categorical", column, "setColumnsToCategorical");
    }
    List<String> used = new ArrayList<>(specialColumns());
    used.addAll(Arrays.asList(features));
    requireDistinctIgnoringCase(names, used);
    for (String column : used) {
      MojoColumnNames.require(schema.apply(column));
    }
  }

  /**
   * Spark resolves column names ignoring case unless {@code spark.sql.caseSensitive} is on: a used column with a namesake
   * that differs only in case cannot be selected, and Spark's own "ambiguous reference" error does not say what to do.
   */
  private static void requireDistinctIgnoringCase(List<String> names, List<String> used) {
    if (org.apache.spark.sql.internal.SQLConf.get().caseSensitiveAnalysis()) {
      return;
    }
    for (String column : used) {
      List<String> namesakes = names.stream().filter(name -> name.equalsIgnoreCase(column)).toList();
      if (namesakes.size() > 1) {
        throw new IllegalArgumentException(
            "The columns " + namesakes + " differ only in case, and Spark resolves column names ignoring case: rename "
                + "all but one with withColumnRenamed, drop them, or set spark.sql.caseSensitive=true.");
      }
    }
  }

  static void requireColumn(List<String> names, String role, String column, String setter) {
    if (!names.contains(column)) {
      throw new IllegalArgumentException(
          role + " column '" + column + "' is not in the DataFrame; its columns are " + names + ". Fix it with " + setter + ".");
    }
  }

  /** H2O's refusal of the training parameters (HTTP 412), made clearer where the estimator knows more; H2O's words kept. */
  RuntimeException rejected(org.sparkling.client.H2OServerException e) {
    if (e.status() == 404) {
      return new IllegalStateException(
          "The H2O cluster has no '" + algorithm() + "' algorithm (" + e.getMessage().strip() + "). Its nodes need the"
              + " H2O module that provides it on their classpath, e.g. ai.h2o:h2o-ext-xgboost for XGBoost.", e);
    }
    return e;
  }

  /** What {@code fit} starts on the cluster: by default one model of {@link #algorithm()}. */
  TrainingPlan trainingPlan(String runId) {
    return new ModelBuild(algorithm(), "sparkling_model_" + runId, h2oParameters());
  }

  /**
   * Checks the training data once in H2O, from the frame's column statistics, before training starts: the names its
   * nested features took and the values the algorithm cannot train on ({@link TrainableValues}).
   */
  void checkTrainingFrame(org.sparkling.client.FrameDescription frame) {
    MojoColumnNames.requireInFrame(frame.names());
    TrainableValues.check(frame, featureColumns(frame), algorithm(), h2oParameters().get("histogram_type"));
  }

  /** H2O's failed training job, explained where the training frame tells why. */
  RuntimeException failed(org.sparkling.client.H2OJobFailedException failure, org.sparkling.client.FrameDescription frame) {
    return TrainableValues.explain(failure, frame, featureColumns(frame), algorithm());
  }

  /** The training frame's feature columns by H2O's names: every column but the label, weight and fold columns. */
  private List<String> featureColumns(org.sparkling.client.FrameDescription frame) {
    List<String> special = specialColumns();
    return frame.names().stream().filter(name -> !special.contains(name)).toList();
  }

  /** The training data as H2O should see it: columns forced categorical become strings. */
  Dataset<Row> prepare(Dataset<Row> data) {
    Dataset<Row> prepared = data;
    for (String column : getColumnsToCategorical()) {
      if (Arrays.asList(prepared.columns()).contains(column)) {
        prepared = prepared.withColumn(column, prepared.col(quote(column)).cast("string"));
      }
    }
    return prepared;
  }

  /** Column parameters for H2O beyond the training frame: response, weights, fold. */
  Map<String, Object> columnParameters() {
    return new LinkedHashMap<>();
  }

  /**
   * The trained model with this estimator's params (those it shares) and this estimator as its parent; its featuresCols are
   * the columns it was trained on, also when this estimator left them to their default.
   */
  H2OMOJOModel finish(H2OMOJOModel model, String[] features) {
    // Params set here stay set on the model and defaults stay defaults (copyValues copies both as such), so the model
    // can tell "asked for a detailed prediction" from the default column name.
    ParamMap values = new ParamMap();
    values.put(featuresCols, features.clone());
    return copyValues(model, values).setParent(this);
  }

  /** Backticks let names with dots and spaces through Spark's column resolution. */
  static String quote(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /**
   * H2O's name of one of the algorithm's params, given its Spark name ({@code maxDepth} -> {@code max_depth}).
   *
   * @throws IllegalArgumentException for a name that is not one of the algorithm's params, listing those it has
   */
  public String h2oName(String sparkParamName) {
    return AlgorithmParams.of(this).h2oName(sparkParamName);
  }

  // Helpers for the generated params classes.

  /** The params in {@code h2oNames} (Spark name -> H2O name) that were set explicitly, by H2O name. */
  protected final Map<String, Object> explicitlySet(Map<String, String> h2oNames) {
    Map<String, Object> set = new LinkedHashMap<>();
    for (Param<?> param : params()) {
      String h2oName = h2oNames.get(param.name());
      if (h2oName != null && isSet(param)) {
        set.put(h2oName, $(param));
      }
    }
    return set;
  }

  /** H2O's spelling of an enum value (matched ignoring case), or a clear error listing what H2O accepts. */
  protected final String h2oEnumValue(String param, String value, String[] allowed) {
    return H2OParamSpec.h2oEnumValue(getClass().getSimpleName(), param, value, List.of(allowed));
  }

  protected final void checkRange(String param, double value, double lower, double upper, boolean lowerInclusive) {
    H2OParamSpec.requireInRange(getClass().getSimpleName(), param, value, lower, upper, lowerInclusive);
  }

  protected final <T> T valueOrNull(Param<T> param) {
    return isDefined(param) ? $(param) : null;
  }

  protected final <T> S with(Param<T> param, T value) {
    set(param, value);
    return self();
  }

  /** This estimator as its concrete type, so setters chain: {@code new H2OGBM().setLabelCol("y").setNtrees(50)}. */
  @SuppressWarnings("unchecked")
  protected final S self() {
    return (S) this;
  }

  static List<String> present(String... columns) {
    List<String> present = new ArrayList<>();
    for (String column : columns) {
      if (column != null && !column.isEmpty()) {
        present.add(column);
      }
    }
    return present;
  }
}
