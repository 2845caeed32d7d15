package org.sparkling.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sparkling.bench.TrainingResults.Scored;
import org.sparkling.bench.TrainingResults.Trained;

/**
 * A target of the training issue, judged on the figures of one run.
 *
 * @param goal the target in words
 * @param measured the figures it is judged on
 * @param required what it asks for
 * @param verdict met or not; empty when a figure it needs was not measured
 */
record TrainingTarget(String goal, String measured, String required, Optional<Boolean> verdict) {

  String outcome() {
    return verdict.map(met -> met ? "met" : "**not met**").orElse("not measured");
  }

  /** The four targets of the training issue. */
  static List<TrainingTarget> of(TrainingResults results) {
    List<TrainingTarget> targets = new ArrayList<>();
    Optional<Trained> gbm = results.trained(TrainingResults.H2O_GBM);
    Optional<Trained> mllib = results.trained(TrainingResults.MLLIB);
    Optional<Trained> xgboost = results.trained(TrainingResults.XGBOOST4J);
    targets.add(gbm.isPresent() && mllib.isPresent()
        ? againstMllib(gbm.get(), mllib.get())
        : missing("H2OGBM end to end at least 10x faster than MLlib's GBT, at a test AUC no lower", ">= 10.00x, AUC >="));
    String noSlower = "H2OGBM end to end no slower than XGBoost4J-Spark";
    targets.add(gbm.isPresent() && xgboost.isPresent()
        ? new TrainingTarget(noSlower, String.format(Locale.ROOT, "%s vs %s (%s)", Units.seconds(gbm.get().seconds()),
            Units.seconds(xgboost.get().seconds()), Units.ratio(xgboost.get().seconds() / gbm.get().seconds())),
            "H2OGBM time <= XGBoost4J-Spark time", Optional.of(gbm.get().seconds() <= xgboost.get().seconds()))
        : missing(noSlower, "H2OGBM time <= XGBoost4J-Spark time"));
    String overhead = "our overhead over training on a frame already in H2O under 10 %";
    targets.add(results.overhead()
        .map(share -> new TrainingTarget(overhead, String.format(Locale.ROOT, "%+.1f %% (H2OGBM / H2O GBM alone - 1)",
            100 * share), "< +10.0 %", Optional.of(share < 0.10)))
        .orElse(missing(overhead, "< +10.0 %")));
    Optional<Scored> mojo = results.scored(TrainingScoring.H2O_GBM_MOJO);
    Optional<Scored> mllibScoring = results.scored(TrainingScoring.MLLIB_MODEL);
    String scoring = "H2OGBM's MOJO scores at least as fast as MLlib's model of the same forest size";
    targets.add(mojo.isPresent() && mllibScoring.isPresent()
        ? new TrainingTarget(scoring, String.format(Locale.ROOT, "%s vs %s rows/s per core (%s)",
            Units.count(mojo.get().rowsPerSecondPerCore()), Units.count(mllibScoring.get().rowsPerSecondPerCore()),
            Units.ratio(mojo.get().rowsPerSecondPerCore() / mllibScoring.get().rowsPerSecondPerCore())),
            ">= 1.00x", Optional.of(mojo.get().rowsPerSecondPerCore() >= mllibScoring.get().rowsPerSecondPerCore()))
        : missing(scoring, ">= 1.00x"));
    return targets;
  }

  private static TrainingTarget againstMllib(Trained gbm, Trained mllib) {
    double speedUp = mllib.seconds() / gbm.seconds();
    return new TrainingTarget(
        "H2OGBM end to end at least 10x faster than MLlib's GBT, at a test AUC no lower",
        String.format(Locale.ROOT, "%s faster (%s vs %s), AUC %.4f vs %.4f", Units.ratio(speedUp),
            Units.seconds(gbm.seconds()), Units.seconds(mllib.seconds()), gbm.auc(), mllib.auc()),
        ">= 10.00x, AUC >= MLlib's", Optional.of(speedUp >= 10 && gbm.auc() >= mllib.auc()));
  }

  private static TrainingTarget missing(String goal, String required) {
    return new TrainingTarget(goal, "-", required, Optional.empty());
  }
}
