package org.sparkling.bench.peers;

import java.util.List;

/**
 * What the XGBoost4J-Spark trial JVM measured.
 *
 * @param sparkVersion Spark's version in the trial JVM
 * @param library the library measured and its version
 * @param definition what exactly was timed, for the report
 * @param trainRows the training rows
 * @param fitSeconds the wall time of the fit, from the cached training rows to the trained model
 * @param auc the test AUC ({@link Evaluation#auc})
 * @param scoringRows the rows each scoring round scored
 * @param scoringSeconds the seconds of each measured scoring round ({@link Evaluation#scoringSeconds})
 */
public record PeerResult(
    String sparkVersion,
    String library,
    String definition,
    long trainRows,
    double fitSeconds,
    double auc,
    long scoringRows,
    List<Double> scoringSeconds) {

  public PeerResult {
    scoringSeconds = List.copyOf(scoringSeconds);
  }
}
