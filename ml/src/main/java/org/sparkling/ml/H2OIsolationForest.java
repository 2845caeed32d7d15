package org.sparkling.ml;

import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.sparkling.ml.params.H2OIsolationForestParams;

/**
 * H2O's Isolation Forest anomaly detection as a Spark ML estimator: no label; the model scores how anomalous each row is.
 */
public final class H2OIsolationForest extends H2OIsolationForestParams<H2OIsolationForest> {
  private static final long serialVersionUID = 1L;

  public H2OIsolationForest() {
    this(Identifiable$.MODULE$.randomUID("H2OIsolationForest"));
  }

  public H2OIsolationForest(String uid) {
    super(uid);
  }

  /** Reads an estimator saved with {@code save(path)}, also as a stage of a saved {@code Pipeline}. */
  public static MLReader<H2OIsolationForest> read() {
    return new DefaultParamsReader<>();
  }
}
