package org.sparkling.bench;

import java.util.Map;
import java.util.function.Function;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * One contender of the training suite in this JVM: an estimator's (or pipeline's) {@code fit} on the cached training rows,
 * timed until the trained model is back. Before the measured fits, one unmeasured fit on a few rows loads and compiles its
 * code, as a first fit of the day would.
 */
final class FitContender implements Contender {
  private final String name;
  private final String definition;
  private final Function<Dataset<Row>, ? extends Transformer> fit;
  private final Dataset<Row> train;
  private final Dataset<Row> warmUp;
  private Transformer model;

  /**
   * @param fit a fresh estimator's fit on the given rows
   * @param warmUp the rows of the unmeasured warm-up fit, or null for none
   */
  FitContender(String name, String definition, Function<Dataset<Row>, ? extends Transformer> fit, Dataset<Row> train,
      Dataset<Row> warmUp) {
    this.name = name;
    this.definition = definition;
    this.fit = fit;
    this.train = train;
    this.warmUp = warmUp;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String definition() {
    return definition;
  }

  @Override
  public void setUp() {
    if (warmUp != null) {
      fit.apply(warmUp);
    }
  }

  @Override
  public Map<String, Double> run() {
    model = fit.apply(train);
    return Map.of();
  }

  /** The model of the latest measured fit. */
  Transformer model() {
    if (model == null) {
      throw new IllegalStateException(name + " has not been fitted");
    }
    return model;
  }
}
