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
  AUTOML(H2OAutoML::new);

  /** The models AutoML trains unless told otherwise: a search that ends in minutes on a laptop (H2O has no limit). */
  static final int MAX_MODELS_DEFAULT = 5;

  private final Supplier<H2OSupervisedEstimator<?>> estimator;

  Algorithm(Supplier<H2OSupervisedEstimator<?>> estimator) {
    this.estimator = estimator;
  }

  /** The estimator, with {@code maxModels} applied when it is AutoML. */
  H2OSupervisedEstimator<?> estimator(int maxModels) {
    H2OSupervisedEstimator<?> created = estimator.get();
    return created instanceof H2OAutoML automl ? automl.setMaxModels(maxModels) : created;
  }
}
