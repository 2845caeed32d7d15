package org.sparkling.ml;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.param.BooleanParam;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.param.StringArrayParam;
import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sparkling.client.H2OServerException;

/**
 * H2O AutoML as a Spark ML estimator: {@code fit} trains several models of several algorithms on the H2O cluster within the
 * limits set here and returns the leader, the best model on the leaderboard that can be exported as a MOJO, as an
 * {@link H2OMOJOModel}. {@link #getLeaderboard()} then gives the whole leaderboard. The params not set explicitly keep
 * H2O's defaults (and are not sent), e.g. with neither {@code maxModels} nor {@code maxRuntimeSecs} H2O stops after an hour.
 */
public final class H2OAutoML extends H2OSupervisedEstimator<H2OAutoML> {
  private static final long serialVersionUID = 1L;
  static final String[] ALGOS = {"GLM", "DRF", "GBM", "XGBoost", "DeepLearning", "StackedEnsemble"};
  static final String[] SORT_METRICS =
      {"AUTO", "deviance", "logloss", "MSE", "RMSE", "MAE", "RMSLE", "AUC", "AUCPR", "mean_per_class_error"};
  static final String[] STOPPING_METRICS =
      {"AUTO", "deviance", "logloss", "MSE", "RMSE", "MAE", "RMSLE", "AUC", "AUCPR", "lift_top_group", "misclassification",
          "mean_per_class_error"};

  private final IntParam maxModels = new IntParam(this, "maxModels", "the most models to train, stacked ensembles"
      + " excluded; 0 means no limit", ParamValidators.gtEq(0));
  private final DoubleParam maxRuntimeSecs = new DoubleParam(this, "maxRuntimeSecs", "the most seconds the whole run"
      + " takes; 0 means no limit (one hour when maxModels is not set either)", ParamValidators.gtEq(0));
  private final DoubleParam maxRuntimeSecsPerModel = new DoubleParam(this, "maxRuntimeSecsPerModel", "the most"
      + " seconds one model takes; 0 means no limit", ParamValidators.gtEq(0));
  private final Param<String> sortMetric = new Param<>(this, "sortMetric", "the metric that ranks the leaderboard;"
      + " AUTO means AUC for binary classification, mean per class error for multinomial, deviance for regression",
      ParamValidators.inArray(SORT_METRICS));
  private final StringArrayParam includeAlgos = new StringArrayParam(this, "includeAlgos", "the only algorithms to"
      + " train; empty means all (" + String.join(", ", ALGOS) + ")");
  private final StringArrayParam excludeAlgos =
      new StringArrayParam(this, "excludeAlgos", "algorithms not to train; empty means none");
  private final IntParam nfolds = new IntParam(this, "nfolds", "folds of cross-validation (>= 2, 0 to disable, which"
      + " also disables stacked ensembles, -1 lets H2O choose)", ParamValidators.gtEq(-1));
  private final BooleanParam balanceClasses =
      new BooleanParam(this, "balanceClasses", "whether to balance class counts by over/under-sampling");
  private final Param<String> stoppingMetric = new Param<>(this, "stoppingMetric", "the metric of early stopping",
      ParamValidators.inArray(STOPPING_METRICS));
  private final DoubleParam stoppingTolerance = new DoubleParam(this, "stoppingTolerance", "the relative improvement"
      + " below which training stops; -1 lets H2O choose from the data size");
  private final IntParam stoppingRounds = new IntParam(this, "stoppingRounds", "stop when the stopping metric did not"
      + " improve in this many scoring rounds; 0 disables early stopping", ParamValidators.gtEq(0));
  private final Param<String> projectName = new Param<>(this, "projectName", "the AutoML project on the cluster;"
      + " empty means a new name for each fit");
  private final BooleanParam keepCrossValidationPredictions = new BooleanParam(this,
      "keepCrossValidationPredictions", "whether H2O keeps the cross-validation predictions");
  private final BooleanParam keepCrossValidationModels =
      new BooleanParam(this, "keepCrossValidationModels", "whether H2O keeps the cross-validation models");
  private final DoubleParam exploitationRatio = new DoubleParam(this, "exploitationRatio", "the share of the time"
      + " spent fine-tuning the best models (0 to 1); -1 lets H2O choose");

  private transient ModelTable leaderboard;

  public H2OAutoML() {
    this(Identifiable$.MODULE$.randomUID("H2OAutoML"));
  }

  public H2OAutoML(String uid) {
    super(uid);
    setDefault(maxModels, 0);
    setDefault(maxRuntimeSecs, 0.0);
    setDefault(maxRuntimeSecsPerModel, 0.0);
    setDefault(sortMetric, "AUTO");
    setDefault(includeAlgos, new String[0]);
    setDefault(excludeAlgos, new String[0]);
    setDefault(nfolds, -1);
    setDefault(balanceClasses, false);
    setDefault(stoppingMetric, "AUTO");
    setDefault(stoppingTolerance, -1.0);
    setDefault(stoppingRounds, 3);
    setDefault(projectName, "");
    setDefault(keepCrossValidationPredictions, false);
    setDefault(keepCrossValidationModels, false);
    setDefault(exploitationRatio, -1.0);
  }

  /** Reads an estimator saved with {@code save(path)}, also as a stage of a saved {@code Pipeline}. */
  public static MLReader<H2OAutoML> read() {
    return new DefaultParamsReader<>();
  }

  @Override
  protected String algorithm() {
    return "AutoML";
  }

  /** The AutoML params set explicitly, by H2O's names (as in {@code AutoMLBuildSpecV99}, without their sections). */
  @Override
  public Map<String, Object> h2oParameters() {
    Map<String, Object> set = new LinkedHashMap<>();
    putIfSet(set, "max_models", maxModels);
    putIfSet(set, "max_runtime_secs", maxRuntimeSecs);
    putIfSet(set, "max_runtime_secs_per_model", maxRuntimeSecsPerModel);
    putIfSet(set, "sort_metric", sortMetric);
    putIfSet(set, "include_algos", includeAlgos);
    putIfSet(set, "exclude_algos", excludeAlgos);
    putIfSet(set, "nfolds", nfolds);
    putIfSet(set, "balance_classes", balanceClasses);
    putIfSet(set, "stopping_metric", stoppingMetric);
    putIfSet(set, "stopping_tolerance", stoppingTolerance);
    putIfSet(set, "stopping_rounds", stoppingRounds);
    putIfSet(set, "keep_cross_validation_predictions", keepCrossValidationPredictions);
    putIfSet(set, "keep_cross_validation_models", keepCrossValidationModels);
    putIfSet(set, "exploitation_ratio", exploitationRatio);
    return set;
  }

  private void putIfSet(Map<String, Object> set, String h2oName, Param<?> param) {
    if (isSet(param)) {
      set.put(h2oName, $(param));
    }
  }

  @Override
  TrainingPlan trainingPlan(String runId) {
    String project = getProjectName().isEmpty() ? "sparkling_automl_" + runId : getProjectName();
    return new AutoMLRun(project, h2oParameters(), table -> leaderboard = table);
  }

  /** A cluster without the AutoML module answers 404: say which module its nodes need. */
  @Override
  RuntimeException rejected(H2OServerException e) {
    if (e.status() == 404) {
      return new IllegalStateException("The H2O cluster has no AutoML (" + e.getMessage().strip() + "). Its nodes need"
          + " ai.h2o:h2o-automl on their classpath.", e);
    }
    return super.rejected(e);
  }

  /**
   * The leaderboard of the last {@code fit}, ranked as H2O ranks it (best first): {@code model_id}, one double column per
   * metric, and {@code algo}.
   *
   * @throws IllegalStateException before the first {@code fit}
   */
  public Dataset<Row> getLeaderboard() {
    if (leaderboard == null) {
      throw new IllegalStateException("No leaderboard yet: fit this H2OAutoML first");
    }
    return leaderboard.toDataFrame(SparkSession.active());
  }

  /**
   * Writes the leaderboard of the last {@code fit} as a PNG bar chart ({@value ModelPlots#WIDTH} x
   * {@value ModelPlots#HEIGHT}): the metric it is sorted by for each model, best first, at most
   * {@value RankedBars#MOST_BARS} models.
   *
   * @throws IllegalStateException before the first {@code fit}
   * @throws java.io.UncheckedIOException when the file cannot be written
   */
  public void plotLeaderboard(Path png) {
    if (leaderboard == null) {
      throw new IllegalStateException("No leaderboard to plot yet: fit this H2OAutoML first");
    }
    LeaderboardPlot.write(leaderboard, "AutoML leaderboard", png);
  }

  /** The same as {@link #getLeaderboard()}. */
  public Dataset<Row> leaderboard() {
    return getLeaderboard();
  }

  public IntParam maxModels() {
    return maxModels;
  }

  public DoubleParam maxRuntimeSecs() {
    return maxRuntimeSecs;
  }

  public DoubleParam maxRuntimeSecsPerModel() {
    return maxRuntimeSecsPerModel;
  }

  public Param<String> sortMetric() {
    return sortMetric;
  }

  public StringArrayParam includeAlgos() {
    return includeAlgos;
  }

  public StringArrayParam excludeAlgos() {
    return excludeAlgos;
  }

  public IntParam nfolds() {
    return nfolds;
  }

  public BooleanParam balanceClasses() {
    return balanceClasses;
  }

  public Param<String> stoppingMetric() {
    return stoppingMetric;
  }

  public DoubleParam stoppingTolerance() {
    return stoppingTolerance;
  }

  public IntParam stoppingRounds() {
    return stoppingRounds;
  }

  public Param<String> projectName() {
    return projectName;
  }

  public BooleanParam keepCrossValidationPredictions() {
    return keepCrossValidationPredictions;
  }

  public BooleanParam keepCrossValidationModels() {
    return keepCrossValidationModels;
  }

  public DoubleParam exploitationRatio() {
    return exploitationRatio;
  }

  public H2OAutoML setMaxModels(int value) {
    checkRange("maxModels", value, 0, Double.POSITIVE_INFINITY, true);
    return with(maxModels, value);
  }

  public H2OAutoML setMaxRuntimeSecs(double value) {
    checkRange("maxRuntimeSecs", value, 0, Double.POSITIVE_INFINITY, true);
    return with(maxRuntimeSecs, value);
  }

  public H2OAutoML setMaxRuntimeSecsPerModel(double value) {
    checkRange("maxRuntimeSecsPerModel", value, 0, Double.POSITIVE_INFINITY, true);
    return with(maxRuntimeSecsPerModel, value);
  }

  /** One of AUTO, deviance, logloss, MSE, RMSE, MAE, RMSLE, AUC, AUCPR, mean_per_class_error, in any case. */
  public H2OAutoML setSortMetric(String value) {
    return with(sortMetric, h2oEnumValue("sortMetric", value, SORT_METRICS));
  }

  /** Algorithms among GLM, DRF, GBM, XGBoost, DeepLearning, StackedEnsemble, in any case. */
  public H2OAutoML setIncludeAlgos(String... algos) {
    return with(includeAlgos, algos(algos, "includeAlgos"));
  }

  /** Algorithms among GLM, DRF, GBM, XGBoost, DeepLearning, StackedEnsemble, in any case. */
  public H2OAutoML setExcludeAlgos(String... algos) {
    return with(excludeAlgos, algos(algos, "excludeAlgos"));
  }

  public H2OAutoML setNfolds(int value) {
    checkRange("nfolds", value, -1, Double.POSITIVE_INFINITY, true);
    return with(nfolds, value);
  }

  public H2OAutoML setBalanceClasses(boolean value) {
    return with(balanceClasses, value);
  }

  public H2OAutoML setStoppingMetric(String value) {
    return with(stoppingMetric, h2oEnumValue("stoppingMetric", value, STOPPING_METRICS));
  }

  public H2OAutoML setStoppingTolerance(double value) {
    return with(stoppingTolerance, value);
  }

  public H2OAutoML setStoppingRounds(int value) {
    checkRange("stoppingRounds", value, 0, Double.POSITIVE_INFINITY, true);
    return with(stoppingRounds, value);
  }

  public H2OAutoML setProjectName(String value) {
    return with(projectName, value == null ? "" : value);
  }

  public H2OAutoML setKeepCrossValidationPredictions(boolean value) {
    return with(keepCrossValidationPredictions, value);
  }

  public H2OAutoML setKeepCrossValidationModels(boolean value) {
    return with(keepCrossValidationModels, value);
  }

  public H2OAutoML setExploitationRatio(double value) {
    return with(exploitationRatio, value);
  }

  public int getMaxModels() {
    return (Integer) $(maxModels);
  }

  public double getMaxRuntimeSecs() {
    return (Double) $(maxRuntimeSecs);
  }

  public double getMaxRuntimeSecsPerModel() {
    return (Double) $(maxRuntimeSecsPerModel);
  }

  public String getSortMetric() {
    return $(sortMetric);
  }

  public String[] getIncludeAlgos() {
    return $(includeAlgos);
  }

  public String[] getExcludeAlgos() {
    return $(excludeAlgos);
  }

  public int getNfolds() {
    return (Integer) $(nfolds);
  }

  public boolean getBalanceClasses() {
    return (Boolean) $(balanceClasses);
  }

  public String getStoppingMetric() {
    return $(stoppingMetric);
  }

  public double getStoppingTolerance() {
    return (Double) $(stoppingTolerance);
  }

  public int getStoppingRounds() {
    return (Integer) $(stoppingRounds);
  }

  public String getProjectName() {
    return $(projectName);
  }

  public boolean getKeepCrossValidationPredictions() {
    return (Boolean) $(keepCrossValidationPredictions);
  }

  public boolean getKeepCrossValidationModels() {
    return (Boolean) $(keepCrossValidationModels);
  }

  public double getExploitationRatio() {
    return (Double) $(exploitationRatio);
  }

  private String[] algos(String[] algos, String param) {
    return List.of(algos).stream().map(algo -> h2oEnumValue(param, algo, ALGOS)).toArray(String[]::new);
  }
}
