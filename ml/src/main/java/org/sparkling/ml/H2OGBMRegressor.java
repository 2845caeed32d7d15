package org.sparkling.ml;

import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.sparkling.ml.params.H2OGBMParams;

/**
 * H2O's Gradient Boosting Machine as a Spark ML regressor: the label must be numeric.
 */
public final class H2OGBMRegressor extends H2OGBMParams<H2OGBMRegressor> {
  private static final long serialVersionUID = 1L;

  public H2OGBMRegressor() {
    this(Identifiable$.MODULE$.randomUID("H2OGBMRegressor"));
  }

  public H2OGBMRegressor(String uid) {
    super(uid);
  }

  /** Reads an estimator saved with {@code save(path)}, also as a stage of a saved {@code Pipeline}. */
  public static MLReader<H2OGBMRegressor> read() {
    return new DefaultParamsReader<>();
  }

  @Override
  protected LabelKind labelKind() {
    return LabelKind.NUMERIC;
  }
}
