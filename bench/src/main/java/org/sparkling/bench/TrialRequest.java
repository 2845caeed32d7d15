package org.sparkling.bench;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one trial JVM of the backend benchmark does ({@link BackendTrial}); {@link BackendBenchmark} writes it as JSON into
 * the trial's folder, which is the trial's scratch space too.
 *
 * @param setup the backend
 * @param mode start the backend once, or convert data round after round
 * @param master the Spark master
 * @param sparkSettings Spark settings on top of the benchmark's own (a cluster's executors)
 * @param executors how many executors to wait for before the backend starts; 0 with a local master
 * @param externalMemory the heap of each node of an automatically started external cluster
 * @param h2oCluster {@code host:port} of the running cluster the manual external backend connects to, or empty
 * @param rows the sizes of the data sets to convert, in rows (conversion only)
 * @param seed the seed of the random data
 * @param warmUpRounds unmeasured conversion rounds first
 * @param rounds measured conversion rounds
 * @param quiet when a measured conversion run counts
 */
record TrialRequest(
    BackendSetup setup,
    Mode mode,
    String master,
    Map<String, String> sparkSettings,
    int executors,
    String externalMemory,
    String h2oCluster,
    List<Long> rows,
    long seed,
    int warmUpRounds,
    int rounds,
    QuietPolicy quiet) {

  TrialRequest {
    Objects.requireNonNull(setup, "setup == null");
    Objects.requireNonNull(mode, "mode == null");
    sparkSettings = Map.copyOf(sparkSettings);
    rows = List.copyOf(rows);
  }

  /** What a trial JVM measures. */
  enum Mode {
    /** Spark and the backend started once, then stopped: {@link StartTimes}. */
    START,
    /** Data converted to H2O and back, round after round, at each size: {@link ConversionTimes}. */
    CONVERSION
  }
}
