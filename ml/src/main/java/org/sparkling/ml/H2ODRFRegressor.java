package org.sparkling.ml;

import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.sparkling.ml.params.H2ODRFParams;

/**
 * H2O's Distributed Random Forest as a Spark ML regressor: the label must be numeric.
 */
public final class H2ODRFRegressor extends H2ODRFParams<H2ODRFRegressor> {
  private static final long serialVersionUID = 1L;

  public H2ODRFRegressor() {
    this(Identifiable$.MODULE$.randomUID("H2ODRFRegressor"));
  }

  public H2ODRFRegressor(String uid) {
    super(uid);
  }

  /** Reads an estimator saved with {@code save(path)}, also as a stage of a saved {@code Pipeline}. */
  public static MLReader<H2ODRFRegressor> read() {
    return new DefaultParamsReader<>();
  }

  @Override
  protected LabelKind labelKind() {
    return LabelKind.NUMERIC;
  }
}
