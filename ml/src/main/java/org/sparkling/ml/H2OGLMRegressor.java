package org.sparkling.ml;

import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.sparkling.ml.params.H2OGLMParams;

/**
 * H2O's Generalized Linear Model as a Spark ML regressor: the label must be numeric.
 */
public final class H2OGLMRegressor extends H2OGLMParams<H2OGLMRegressor> {
  private static final long serialVersionUID = 1L;

  public H2OGLMRegressor() {
    this(Identifiable$.MODULE$.randomUID("H2OGLMRegressor"));
  }

  public H2OGLMRegressor(String uid) {
    super(uid);
  }

  /** Reads an estimator saved with {@code save(path)}, also as a stage of a saved {@code Pipeline}. */
  public static MLReader<H2OGLMRegressor> read() {
    return new DefaultParamsReader<>();
  }

  @Override
  protected LabelKind labelKind() {
    return LabelKind.NUMERIC;
  }
}
