package org.sparkling.ml;

import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.sparkling.ml.params.H2OXGBoostParams;

/**
 * H2O's XGBoost as a Spark ML regressor: the label must be numeric.
 */
public final class H2OXGBoostRegressor extends H2OXGBoostParams<H2OXGBoostRegressor> {
  private static final long serialVersionUID = 1L;

  public H2OXGBoostRegressor() {
    this(Identifiable$.MODULE$.randomUID("H2OXGBoostRegressor"));
  }

  public H2OXGBoostRegressor(String uid) {
    super(uid);
  }

  /** Reads an estimator saved with {@code save(path)}, also as a stage of a saved {@code Pipeline}. */
  public static MLReader<H2OXGBoostRegressor> read() {
    return new DefaultParamsReader<>();
  }

  @Override
  protected LabelKind labelKind() {
    return LabelKind.NUMERIC;
  }
}
