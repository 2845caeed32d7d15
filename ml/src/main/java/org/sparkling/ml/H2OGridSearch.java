package org.sparkling.ml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.ml.util.MLWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * H2O grid search as a Spark ML estimator: trains the algorithm estimator set with {@link #setAlgo} once per combination
 * of the hyper-parameters ({@link #addHyperParameter}, keyed by the estimator's own param names, e.g. {@code maxDepth}) on
 * the H2O cluster, and returns the best model by {@code selectBestModelBy} as an {@link H2OMOJOModel};
 * {@link #getGridModels()} then lists every model with its hyper-parameters and metric. The common params (label,
 * features, weights, seed, validation data, ...) are this estimator's; those not set here are taken from the algorithm.
 * It saves with {@code save(path)} and loads with {@link #read()}, the algorithm estimator and hyper-parameters
 * included; the validation DataFrame is not saved.
 */
public final class H2OGridSearch extends H2OSupervisedEstimator<H2OGridSearch> {
  private static final long serialVersionUID = 1L;
  static final String[] STRATEGIES = {"Cartesian", "RandomDiscrete"};
  static final String[] METRICS =
      {"AUTO", "AUC", "AUCPR", "Logloss", "MSE", "RMSE", "MAE", "RMSLE", "R2", "MeanResidualDeviance", "MeanPerClassError"};
  /** Metrics that are better when higher. */
  private static final Set<String> INCREASING = Set.of("AUC", "AUCPR", "R2");

  private final Param<String> strategy = new Param<>(this, "strategy", "how to walk the hyper-parameter space:"
      + " Cartesian tries every combination, RandomDiscrete random ones within maxModels and maxRuntimeSecs",
      ParamValidators.inArray(STRATEGIES));
  private final IntParam maxModels = new IntParam(this, "maxModels", "the most models RandomDiscrete trains; 0 means"
      + " no limit", ParamValidators.gtEq(0));
  private final DoubleParam maxRuntimeSecs = new DoubleParam(this, "maxRuntimeSecs", "the most seconds RandomDiscrete"
      + " takes; 0 means no limit", ParamValidators.gtEq(0));
  private final Param<String> selectBestModelBy = new Param<>(this, "selectBestModelBy", "the metric that picks the best"
      + " model; AUTO means H2O's default: logloss for classification, residual deviance for regression",
      ParamValidators.inArray(METRICS));
  private final IntParam parallelism = new IntParam(this, "parallelism", "how many models H2O trains at once; 0 lets"
      + " H2O choose", ParamValidators.gtEq(0));

  private H2OSupervisedEstimator<?> algo;
  private Map<String, List<Object>> hyperParameters = new LinkedHashMap<>();
  private transient ModelTable gridModels;

  public H2OGridSearch() {
    this(Identifiable$.MODULE$.randomUID("H2OGridSearch"));
  }

  public H2OGridSearch(String uid) {
    super(uid);
    setDefault(strategy, "Cartesian");
    setDefault(maxModels, 0);
    setDefault(maxRuntimeSecs, 0.0);
    setDefault(selectBestModelBy, "AUTO");
    setDefault(parallelism, 1);
  }

  /** The estimator whose algorithm is searched, e.g. {@code new H2OGBM().setLabelCol("late")}; its set params are kept. */
  public H2OGridSearch setAlgo(H2OSupervisedEstimator<?> algo) {
    this.algo = algo;
    return this;
  }

  public H2OSupervisedEstimator<?> getAlgo() {
    return algo;
  }

  /** Adds one hyper-parameter: the algorithm's Spark param name ({@code maxDepth}, {@code ntrees}) and the values to try. */
  public H2OGridSearch addHyperParameter(String sparkParamName, Object... values) {
    if (values == null || values.length == 0) {
      throw new IllegalArgumentException(
          "Hyper-parameter '" + sparkParamName + "' has no values to try: give it at least one");
    }
    hyperParameters.put(sparkParamName, List.of(values));
    return this;
  }

  /** Replaces the hyper-parameters: the algorithm's Spark param names, each with the values to try. */
  public H2OGridSearch setHyperParameters(Map<String, Object[]> hyperParameters) {
    this.hyperParameters = new LinkedHashMap<>();
    hyperParameters.forEach(this::addHyperParameter);
    return this;
  }

  public Map<String, List<Object>> getHyperParameters() {
    return java.util.Collections.unmodifiableMap(hyperParameters);
  }

  public Param<String> strategy() {
    return strategy;
  }

  public IntParam maxModels() {
    return maxModels;
  }

  public DoubleParam maxRuntimeSecs() {
    return maxRuntimeSecs;
  }

  public Param<String> selectBestModelBy() {
    return selectBestModelBy;
  }

  public IntParam parallelism() {
    return parallelism;
  }

  /** Cartesian or RandomDiscrete, in any case. */
  public H2OGridSearch setStrategy(String value) {
    return with(strategy, h2oEnumValue("strategy", value, STRATEGIES));
  }

  public H2OGridSearch setMaxModels(int value) {
    checkRange("maxModels", value, 0, Double.POSITIVE_INFINITY, true);
    return with(maxModels, value);
  }

  public H2OGridSearch setMaxRuntimeSecs(double value) {
    checkRange("maxRuntimeSecs", value, 0, Double.POSITIVE_INFINITY, true);
    return with(maxRuntimeSecs, value);
  }

  /** One of AUTO, AUC, AUCPR, Logloss, MSE, RMSE, MAE, RMSLE, R2, MeanResidualDeviance, MeanPerClassError, in any case. */
  public H2OGridSearch setSelectBestModelBy(String value) {
    return with(selectBestModelBy, h2oEnumValue("selectBestModelBy", value, METRICS));
  }

  public H2OGridSearch setParallelism(int value) {
    checkRange("parallelism", value, 0, Double.POSITIVE_INFINITY, true);
    return with(parallelism, value);
  }

  public String getStrategy() {
    return $(strategy);
  }

  public int getMaxModels() {
    return (Integer) $(maxModels);
  }

  public double getMaxRuntimeSecs() {
    return (Double) $(maxRuntimeSecs);
  }

  public String getSelectBestModelBy() {
    return $(selectBestModelBy);
  }

  public int getParallelism() {
    return (Integer) $(parallelism);
  }

  /**
   * The models of the last {@code fit}, best first: {@code model_id}, one column per hyper-parameter (by its Spark name)
   * and the metric that ranked them.
   *
   * @throws IllegalStateException before the first {@code fit}
   */
  public Dataset<Row> getGridModels() {
    if (gridModels == null) {
      throw new IllegalStateException("No grid models yet: fit this H2OGridSearch first");
    }
    return gridModels.toDataFrame(SparkSession.active());
  }

  /** The same as {@link #getGridModels()}. */
  public Dataset<Row> gridModels() {
    return getGridModels();
  }

  @Override
  public H2OMOJOModel fit(Dataset<?> dataset) {
    checkSearch();
    H2OGridSearch resolved = copy(ParamMap.empty());
    for (Param<?> param : params()) {
      if (!isOwn(param) && !isSet(param) && algo.hasParam(param.name()) && algo.isSet(algo.getParam(param.name()))) {
        resolved.set(param.name(), algo.getOrDefault(algo.getParam(param.name())));
      }
    }
    if (getValidationDataFrame() == null) {
      resolved.setValidationDataFrame(algo.getValidationDataFrame());
    }
    H2OMOJOModel best = new Training(resolved, dataset.toDF()).run();
    gridModels = resolved.gridModels;
    best.setParent(this);
    return best;
  }

  private boolean isOwn(Param<?> param) {
    return Arrays.asList(strategy, maxModels, maxRuntimeSecs, selectBestModelBy, parallelism).contains(param);
  }

  /** Fails before any data moves: no algorithm, no hyper-parameters, or a name the algorithm does not have. */
  private void checkSearch() {
    if (algo == null) {
      throw new IllegalArgumentException(
          "No algorithm to search: set one with setAlgo, e.g. setAlgo(new H2OGBM().setLabelCol(\"label\"))");
    }
    if (hyperParameters.isEmpty()) {
      throw new IllegalArgumentException(
          "No hyper-parameters to search: add some with addHyperParameter, e.g. addHyperParameter(\"maxDepth\", 3, 5)");
    }
    AlgorithmParams names = AlgorithmParams.of(algo);
    hyperParameters.keySet().forEach(names::h2oName);
  }

  @Override
  protected String algorithm() {
    return algo == null ? "grid" : algo.algorithm();
  }

  @Override
  protected LabelKind labelKind() {
    return algo == null ? super.labelKind() : algo.labelKind();
  }

  /** The algorithm's params set explicitly, by H2O's names, without the searched ones. */
  @Override
  public Map<String, Object> h2oParameters() {
    if (algo == null) {
      return new LinkedHashMap<>();
    }
    Map<String, Object> parameters = new LinkedHashMap<>(algo.h2oParameters());
    parameters.keySet().removeAll(h2oHyperParameters().keySet());
    return parameters;
  }

  /** The hyper-parameters by H2O's names, their values in H2O's spelling. */
  Map<String, List<Object>> h2oHyperParameters() {
    AlgorithmParams names = AlgorithmParams.of(algo);
    Map<String, List<Object>> h2o = new LinkedHashMap<>();
    hyperParameters.forEach((name, values) -> {
      List<Object> h2oValues = new ArrayList<>();
      values.forEach(value -> h2oValues.add(names.h2oValue(name, value)));
      h2o.put(names.h2oName(name), h2oValues);
    });
    return h2o;
  }

  @Override
  TrainingPlan trainingPlan(String runId) {
    Map<String, Object> criteria = new LinkedHashMap<>();
    criteria.put("strategy", getStrategy());
    if (getStrategy().equals("RandomDiscrete")) {
      criteria.put("max_models", getMaxModels());
      criteria.put("max_runtime_secs", getMaxRuntimeSecs());
      criteria.put("seed", getSeed());
    }
    String metric = getSelectBestModelBy();
    GridRun.Search search =
        new GridRun.Search(algorithm(), h2oParameters(), h2oHyperParameters(), criteria, getParallelism(),
            metric.equals("AUTO") ? null : metric.toLowerCase(java.util.Locale.ROOT).replace("meanresidualdeviance",
                "mean_residual_deviance").replace("meanperclasserror", "mean_per_class_error"),
            INCREASING.contains(metric));
    return new GridRun("sparkling_grid_" + runId, search, List.copyOf(hyperParameters.keySet()),
        table -> gridModels = table);
  }

  @Override
  public H2OGridSearch copy(ParamMap extra) {
    H2OGridSearch copy = super.copy(extra);
    copy.algo = algo;
    copy.hyperParameters = new LinkedHashMap<>(hyperParameters);
    return copy;
  }

  /** Saves the params, the algorithm estimator and the hyper-parameters; {@link #read()} loads them. */
  @Override
  public MLWriter write() {
    return new GridSearchPersistence.Writer(this);
  }

  /** Reads a grid search saved with {@code save(path)}, also as a stage of a saved {@code Pipeline}. */
  public static MLReader<H2OGridSearch> read() {
    return new GridSearchPersistence.Reader();
  }
}
