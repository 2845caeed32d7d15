package org.sparkling.ml;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.ml.param.DoubleParam;
import org.apache.spark.ml.param.IntParam;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.param.ParamValidators;
import org.apache.spark.ml.util.Identifiable$;

/**
 * H2O's Gradient Boosting Machine as a Spark ML estimator. A boolean or string label trains a classifier, a numeric label
 * a regression; {@code fit} returns an {@link H2OMOJOModel} that scores inside Spark without an H2O cluster.
 *
 * <pre>{@code
 * H2OMOJOModel model = new H2OGBM().setLabelCol("late").setFeaturesCols("distance", "origin").setNtrees(50).fit(train);
 * }</pre>
 */
public final class H2OGBM extends H2OSupervisedEstimator<H2OGBM> {
  private static final long serialVersionUID = 1L;

  private final IntParam ntrees = new IntParam(this, "ntrees", "number of trees", ParamValidators.gtEq(1));
  private final IntParam maxDepth =
      new IntParam(this, "maxDepth", "maximum tree depth; 0 means unlimited", ParamValidators.gtEq(0));
  private final DoubleParam learnRate =
      new DoubleParam(this, "learnRate", "learning rate, from 0 (exclusive) to 1", ParamValidators.inRange(0, 1, false, true));

  public H2OGBM() {
    this(Identifiable$.MODULE$.randomUID("H2OGBM"));
  }

  public H2OGBM(String uid) {
    super(uid);
    // H2O's own defaults.
    setDefault(ntrees, 50);
    setDefault(maxDepth, 5);
    setDefault(learnRate, 0.1);
  }

  public IntParam ntrees() {
    return ntrees;
  }

  public IntParam maxDepth() {
    return maxDepth;
  }

  public DoubleParam learnRate() {
    return learnRate;
  }

  public H2OGBM setNtrees(int value) {
    set(ntrees, (Object) value);
    return this;
  }

  public H2OGBM setMaxDepth(int value) {
    set(maxDepth, (Object) value);
    return this;
  }

  public H2OGBM setLearnRate(double value) {
    set(learnRate, (Object) value);
    return this;
  }

  public int getNtrees() {
    return (Integer) $(ntrees);
  }

  public int getMaxDepth() {
    return (Integer) $(maxDepth);
  }

  public double getLearnRate() {
    return (Double) $(learnRate);
  }

  @Override
  protected String algorithm() {
    return "gbm";
  }

  @Override
  protected Map<String, Object> algorithmParameters() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("ntrees", getNtrees());
    parameters.put("max_depth", getMaxDepth());
    parameters.put("learn_rate", getLearnRate());
    return parameters;
  }

  @Override
  public H2OGBM copy(ParamMap extra) {
    return defaultCopy(extra);
  }
}
