package org.sparkling.bench.peers;

import java.util.Objects;

/**
 * What the XGBoost4J-Spark trial JVM does ({@link XGBoostSparkTrial}); the harness writes it as JSON into the trial's
 * folder, which is the trial's scratch space too.
 *
 * @param master the Spark master
 * @param train the training rows (Parquet)
 * @param test the test rows (Parquet)
 * @param partitions the partitions of the cached training and test rows
 * @param settings the forest to build
 * @param warmUpRows the training rows of the unmeasured warm-up fit first; 0 for none
 * @param scoringWarmUpRounds unmeasured scoring rounds first
 * @param scoringRounds measured scoring rounds, each scoring the training and the test rows
 */
public record PeerRequest(
    String master,
    String train,
    String test,
    int partitions,
    TreeSettings settings,
    long warmUpRows,
    int scoringWarmUpRounds,
    int scoringRounds) {

  public PeerRequest {
    Objects.requireNonNull(master, "master == null");
    Objects.requireNonNull(train, "train == null");
    Objects.requireNonNull(test, "test == null");
    Objects.requireNonNull(settings, "settings == null");
  }
}
