package org.sparkling.ml;

import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.sparkling.ml.params.H2OGBMParams;

/**
 * H2O's Gradient Boosting Machine as a Spark ML estimator: a boolean or string label trains a classifier, a numeric label a
 * regression. {@code fit} returns an {@link H2OMOJOModel} that scores inside Spark without an H2O cluster.
 */
public final class H2OGBM extends H2OGBMParams<H2OGBM> {
  private static final long serialVersionUID = 1L;

  public H2OGBM() {
    this(Identifiable$.MODULE$.randomUID("H2OGBM"));
  }

  public H2OGBM(String uid) {
    super(uid);
  }

  /** Reads an estimator saved with {@code save(path)}, also as a stage of a saved {@code Pipeline}. */
  public static MLReader<H2OGBM> read() {
    return new DefaultParamsReader<>();
  }
}
