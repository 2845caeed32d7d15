package org.sparkling.ml;

import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.sparkling.ml.params.H2ODRFParams;

/**
 * H2O's Distributed Random Forest as a Spark ML estimator: a boolean or string label trains a classifier, a numeric label a
 * regression. {@code fit} returns an {@link H2OMOJOModel} that scores inside Spark without an H2O cluster.
 */
public final class H2ODRF extends H2ODRFParams<H2ODRF> {
  private static final long serialVersionUID = 1L;

  public H2ODRF() {
    this(Identifiable$.MODULE$.randomUID("H2ODRF"));
  }

  public H2ODRF(String uid) {
    super(uid);
  }

  /** Reads an estimator saved with {@code save(path)}, also as a stage of a saved {@code Pipeline}. */
  public static MLReader<H2ODRF> read() {
    return new DefaultParamsReader<>();
  }
}
