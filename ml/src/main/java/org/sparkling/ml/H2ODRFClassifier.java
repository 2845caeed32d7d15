package org.sparkling.ml;

import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.sparkling.ml.params.H2ODRFParams;

/**
 * H2O's Distributed Random Forest as a Spark ML classifier: the label is treated as categorical even when it is numeric.
 */
public final class H2ODRFClassifier extends H2ODRFParams<H2ODRFClassifier> {
  private static final long serialVersionUID = 1L;

  public H2ODRFClassifier() {
    this(Identifiable$.MODULE$.randomUID("H2ODRFClassifier"));
  }

  public H2ODRFClassifier(String uid) {
    super(uid);
  }

  /** Reads an estimator saved with {@code save(path)}, also as a stage of a saved {@code Pipeline}. */
  public static MLReader<H2ODRFClassifier> read() {
    return new DefaultParamsReader<>();
  }

  @Override
  protected LabelKind labelKind() {
    return LabelKind.CATEGORICAL;
  }
}
