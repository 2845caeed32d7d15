package org.sparkling.ml;

import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.sparkling.ml.params.H2OGLMParams;

/**
 * H2O's Generalized Linear Model as a Spark ML estimator: a boolean or string label trains a classifier, a numeric label a
 * regression. {@code fit} returns an {@link H2OMOJOModel} that scores inside Spark without an H2O cluster.
 */
public final class H2OGLM extends H2OGLMParams<H2OGLM> {
  private static final long serialVersionUID = 1L;

  public H2OGLM() {
    this(Identifiable$.MODULE$.randomUID("H2OGLM"));
  }

  public H2OGLM(String uid) {
    super(uid);
  }

  /** Reads an estimator saved with {@code save(path)}, also as a stage of a saved {@code Pipeline}. */
  public static MLReader<H2OGLM> read() {
    return new DefaultParamsReader<>();
  }
}
