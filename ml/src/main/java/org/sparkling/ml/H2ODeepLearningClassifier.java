package org.sparkling.ml;

import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.sparkling.ml.params.H2ODeepLearningParams;

/**
 * H2O's Deep Learning as a Spark ML classifier: the label is treated as categorical even when it is numeric.
 */
public final class H2ODeepLearningClassifier extends H2ODeepLearningParams<H2ODeepLearningClassifier> {
  private static final long serialVersionUID = 1L;

  public H2ODeepLearningClassifier() {
    this(Identifiable$.MODULE$.randomUID("H2ODeepLearningClassifier"));
  }

  public H2ODeepLearningClassifier(String uid) {
    super(uid);
  }

  /** Reads an estimator saved with {@code save(path)}, also as a stage of a saved {@code Pipeline}. */
  public static MLReader<H2ODeepLearningClassifier> read() {
    return new DefaultParamsReader<>();
  }

  @Override
  protected LabelKind labelKind() {
    return LabelKind.CATEGORICAL;
  }
}
