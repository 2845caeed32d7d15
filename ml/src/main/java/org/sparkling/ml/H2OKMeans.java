package org.sparkling.ml;

import org.apache.spark.ml.util.DefaultParamsReader;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.ml.util.MLReader;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.sparkling.ml.params.H2OKMeansParams;

/**
 * H2O's K-Means clustering as a Spark ML estimator: no label; the model assigns each row a cluster (its index, an int).
 */
public final class H2OKMeans extends H2OKMeansParams<H2OKMeans> {
  private static final long serialVersionUID = 1L;

  public H2OKMeans() {
    this(Identifiable$.MODULE$.randomUID("H2OKMeans"));
  }

  public H2OKMeans(String uid) {
    super(uid);
  }

  /** Its model writes the index of the nearest cluster. */
  @Override
  DataType predictionType() {
    return DataTypes.IntegerType;
  }

  /** Reads an estimator saved with {@code save(path)}, also as a stage of a saved {@code Pipeline}. */
  public static MLReader<H2OKMeans> read() {
    return new DefaultParamsReader<>();
  }
}
