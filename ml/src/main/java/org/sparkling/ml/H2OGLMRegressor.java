package org.sparkling.ml;

import org.apache.spark.ml.util.Identifiable$;
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

  @Override
  protected LabelKind labelKind() {
    return LabelKind.NUMERIC;
  }
}
