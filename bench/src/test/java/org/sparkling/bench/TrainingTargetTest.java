package org.sparkling.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sparkling.bench.TrainingResults.Scored;
import org.sparkling.bench.TrainingResults.Trained;

/** The training issue's targets are judged on the measured figures, never written in by hand. */
class TrainingTargetTest {

  @Test
  void allTargetsMetWhenEveryFigureClearsItsBar() {
    TrainingResults results = results(10.0, 0.705, 100.0, 0.700, 9.5, 10.5, 300_000, 250_000);

    assertThat(TrainingTarget.of(results)).extracting(TrainingTarget::verdict)
        .containsExactly(Optional.of(true), Optional.of(true), Optional.of(true), Optional.of(true));
    assertThat(results.overhead()).hasValueSatisfying(overhead -> assertThat(overhead).isCloseTo(0.0526, within()));
  }

  @Test
  void aFastButLessAccurateGbmMissesTheFirstTarget() {
    TrainingTarget first = TrainingTarget.of(results(5.0, 0.699, 120.0, 0.705, 10.0, 5.0, 1, 1)).get(0);

    assertThat(first.verdict()).contains(false);
    assertThat(first.outcome()).isEqualTo("**not met**");
    assertThat(first.measured()).isEqualTo("24.00x faster (5.000 s vs 120.000 s), AUC 0.6990 vs 0.7050");
  }

  @Test
  void eachBarIsJudgedOnItsOwnFigures() {
    // 9.9x faster than MLlib, slower than XGBoost4J-Spark, 12 % overhead, MOJO slower than MLlib's model.
    List<TrainingTarget> targets = TrainingTarget.of(results(11.2, 0.71, 110.88, 0.70, 10.0, 11.0, 200_000, 290_000));

    assertThat(targets).extracting(TrainingTarget::verdict)
        .containsExactly(Optional.of(false), Optional.of(false), Optional.of(false), Optional.of(false));
    assertThat(targets.get(2).measured()).startsWith("+12.0 %");
    assertThat(targets.get(3).measured()).isEqualTo("100,000 vs 145,000 rows/s per core (0.69x)");
  }

  @Test
  void aContenderThatDidNotRunLeavesItsTargetsUnjudged() {
    TrainingResults withoutPeers = new TrainingResults(
        List.of(trained(TrainingResults.H2O_GBM, 10, 0.7), trained(TrainingResults.H2O_ALONE, 9.5, 0.7)), List.of());

    List<TrainingTarget> targets = TrainingTarget.of(withoutPeers);

    assertThat(targets).extracting(TrainingTarget::outcome)
        .containsExactly("not measured", "not measured", "met", "not measured");
  }

  /** H2OGBM, MLlib, H2O alone and XGBoost4J-Spark trained, then H2OGBM's MOJO and MLlib's model scored 200,000 rows. */
  static TrainingResults results(double gbmSeconds, double gbmAuc, double mllibSeconds, double mllibAuc,
      double aloneSeconds, double xgboostSeconds, double mojoRowsPerSecond, double mllibRowsPerSecond) {
    return new TrainingResults(
        List.of(trained(TrainingResults.H2O_GBM, gbmSeconds, gbmAuc), trained(TrainingResults.H2O_ALONE, aloneSeconds, gbmAuc),
            trained(TrainingResults.MLLIB, mllibSeconds, mllibAuc), trained(TrainingResults.XGBOOST4J, xgboostSeconds, 0.68)),
        List.of(scored(TrainingScoring.H2O_GBM_MOJO, mojoRowsPerSecond), scored(TrainingScoring.MLLIB_MODEL, mllibRowsPerSecond)));
  }

  private static Trained trained(String name, double seconds, double auc) {
    return new Trained(name, "how " + name + " is timed", seconds, auc, 0.01, 0);
  }

  /** Two cores scoring 200,000 rows in a time that gives {@code rowsPerSecond} overall. */
  private static Scored scored(String name, double rowsPerSecond) {
    return new Scored(name, "how " + name + " scores", 200_000, List.of(200_000 / rowsPerSecond), 2);
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-3);
  }
}
