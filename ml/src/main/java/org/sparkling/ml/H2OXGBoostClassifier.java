package org.sparkling.ml;

import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.sparkling.ml.params.H2OXGBoostParams;

/**
 * H2O's XGBoost as a Spark ML classifier: the label is treated as categorical even when it is numeric.
 */
public final class H2OXGBoostClassifier extends H2OXGBoostParams<H2OXGBoostClassifier> {
  private static final long serialVersionUID = 1L;

  public H2OXGBoostClassifier() {
    this(Identifiable$.MODULE$.randomUID("H2OXGBoostClassifier"));
  }

  public H2OXGBoostClassifier(String uid) {
    super(uid);
  }

  /** Reads an estimator saved with {@code save(path)}, also as a stage of a saved {@code Pipeline}. */
  public static MLReader<H2OXGBoostClassifier> read() {
    return new DefaultParamsReader<>();
  }

  @Override
  protected LabelKind labelKind() {
    return LabelKind.CATEGORICAL;
  }
}
