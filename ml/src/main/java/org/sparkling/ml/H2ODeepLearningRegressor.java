package org.sparkling.ml;

import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.sparkling.ml.params.H2ODeepLearningParams;

/**
 * H2O's Deep Learning as a Spark ML regressor: the label must be numeric.
 */
public final class H2ODeepLearningRegressor extends H2ODeepLearningParams<H2ODeepLearningRegressor> {
  private static final long serialVersionUID = 1L;

  public H2ODeepLearningRegressor() {
    this(Identifiable$.MODULE$.randomUID("H2ODeepLearningRegressor"));
  }

  public H2ODeepLearningRegressor(String uid) {
    super(uid);
  }

  /** Reads an estimator saved with {@code save(path)}, also as a stage of a saved {@code Pipeline}. */
  public static MLReader<H2ODeepLearningRegressor> read() {
    return new DefaultParamsReader<>();
  }

  @Override
  protected LabelKind labelKind() {
    return LabelKind.NUMERIC;
  }
}
