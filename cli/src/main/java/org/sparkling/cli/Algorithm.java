package org.sparkling.cli;

import java.util.function.Supplier;
import org.sparkling.ml.H2OAutoML;
import org.sparkling.ml.H2ODRF;
import org.sparkling.ml.H2ODeepLearning;
import org.sparkling.ml.H2OGBM;
import org.sparkling.ml.H2OGLM;
import org.sparkling.ml.H2OSupervisedEstimator;
import org.sparkling.ml.H2OXGBoost;

/** The algorithms {@code sparkling train} offers, each with its estimator and the command line's defaults. */
enum Algorithm {
  GBM(H2OGBM::new),
  DRF(H2ODRF::new),
  XGBOOST(H2OXGBoost::new),
  GLM(H2OGLM::new),
  DEEPLEARNING(H2ODeepLearning::new),
  // A small search that finishes in minutes on a laptop; H2O's own default has no model limit.
  AUTOML(() -> new H2OAutoML().setMaxModels(5));

  private final Supplier<H2OSupervisedEstimator<?>> estimator;

  Algorithm(Supplier<H2OSupervisedEstimator<?>> estimator) {
    this.estimator = estimator;
  }

  H2OSupervisedEstimator<?> estimator() {
    return estimator.get();
  }
}
