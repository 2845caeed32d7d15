package org.sparkling.ml;

import org.apache.spark.ml.util.Identifiable$;
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

  @Override
  protected LabelKind labelKind() {
    return LabelKind.NUMERIC;
  }
}
