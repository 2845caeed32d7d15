package org.sparkling.ml;

import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.sparkling.ml.params.H2OGBMParams;

/**
 * H2O's Gradient Boosting Machine as a Spark ML classifier: the label is treated as categorical even when it is numeric.
 */
public final class H2OGBMClassifier extends H2OGBMParams<H2OGBMClassifier> {
  private static final long serialVersionUID = 1L;

  public H2OGBMClassifier() {
    this(Identifiable$.MODULE$.randomUID("H2OGBMClassifier"));
  }

  public H2OGBMClassifier(String uid) {
    super(uid);
  }

  /** Reads an estimator saved with {@code save(path)}, also as a stage of a saved {@code Pipeline}. */
  public static MLReader<H2OGBMClassifier> read() {
    return new DefaultParamsReader<>();
  }

  @Override
  protected LabelKind labelKind() {
    return LabelKind.CATEGORICAL;
  }
}
