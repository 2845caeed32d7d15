package org.sparkling.bench;

import java.util.List;
import java.util.Optional;

/**
 * What the training suite measured: each contender's training and each model's scoring.
 *
 * @param trained the training contenders, in the order they ran
 * @param scored the scored models, in the order they ran
 */
record TrainingResults(List<Trained> trained, List<Scored> scored) {
  static final String H2O_GBM = "H2OGBM";
  static final String H2O_XGBOOST = "H2OXGBoost";
  static final String H2O_ALONE = H2OAloneTraining.NAME;
  static final String MLLIB = "MLlib GBTClassifier";
  static final String XGBOOST4J = XGBoostSparkRun.NAME;

  TrainingResults {
    trained = List.copyOf(trained);
    scored = List.copyOf(scored);
  }

  Optional<Trained> trained(String name) {
    return trained.stream().filter(contender -> contender.name().equals(name)).findFirst();
  }

  Optional<Scored> scored(String name) {
    return scored.stream().filter(model -> model.name().equals(name)).findFirst();
  }

  /** How many times faster than MLlib's GBT {@code contender} trained; empty without MLlib's figure. */
  Optional<Double> speedUpOverMllib(Trained contender) {
    return trained(MLLIB).map(mllib -> mllib.seconds() / contender.seconds());
  }

  /** How much longer our pipeline API took than H2O alone on a frame in H2O already: {@code H2OGBM / H2O alone - 1}. */
  Optional<Double> overhead() {
    return trained(H2O_GBM).flatMap(api -> trained(H2O_ALONE).map(alone -> api.seconds() / alone.seconds() - 1));
  }

  /**
   * One contender's training.
   *
   * @param name the name in the report
   * @param definition what exactly was timed
   * @param seconds the wall time from the cached training rows to the trained model
   * @param auc the test AUC
   * @param otherCpu the share of the machine's CPU other processes used meanwhile (-1: unknown)
   * @param discardedRuns runs thrown away because other processes disturbed them
   */
  record Trained(String name, String definition, double seconds, double auc, double otherCpu, int discardedRuns) {}

  /**
   * One model's scoring of the same rows, round after round.
   *
   * @param name the name in the report
   * @param definition what exactly was timed
   * @param rows the rows each round scored
   * @param seconds the seconds of each measured round
   * @param cores the Spark cores the rounds ran on
   */
  record Scored(String name, String definition, long rows, List<Double> seconds, int cores) {
    Scored {
      seconds = List.copyOf(seconds);
    }

    double medianSeconds() {
      return Samples.of(seconds).median();
    }

    double rowsPerSecondPerCore() {
      return rows / medianSeconds() / cores;
    }
  }
}
