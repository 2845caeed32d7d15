package org.sparkling.ml;

import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.sparkling.ml.params.H2OGLMParams;

/**
 * H2O's Generalized Linear Model as a Spark ML classifier: the label is treated as categorical even when it is numeric.
 */
public final class H2OGLMClassifier extends H2OGLMParams<H2OGLMClassifier> {
  private static final long serialVersionUID = 1L;

  public H2OGLMClassifier() {
    this(Identifiable$.MODULE$.randomUID("H2OGLMClassifier"));
  }

  public H2OGLMClassifier(String uid) {
    super(uid);
  }

  /** Reads an estimator saved with {@code save(path)}, also as a stage of a saved {@code Pipeline}. */
  public static MLReader<H2OGLMClassifier> read() {
    return new DefaultParamsReader<>();
  }

  @Override
  protected LabelKind labelKind() {
    return LabelKind.CATEGORICAL;
  }
}
