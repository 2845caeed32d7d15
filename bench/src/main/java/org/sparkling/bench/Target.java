package org.sparkling.bench;

import java.util.List;

/**
 * A target of the conversion issue, as a ratio of median times measured in the same run.
 *
 * @param goal the target in words
 * @param ratioName which times are divided, e.g. {@code to-H2O / scan floor}
 * @param ratio the measured ratio of median times
 * @param ratioOfMinimums the same ratio of the fastest rounds, less sensitive to other processes on the machine
 * @param bound the ratio the target asks for
 * @param atMost whether the ratio must be at most {@code bound} (else at least)
 */
record Target(String goal, String ratioName, double ratio, double ratioOfMinimums, double bound, boolean atMost) {

  boolean met() {
    return atMost ? ratio <= bound : ratio >= bound;
  }

  String requirement() {
    return (atMost ? "<= " : ">= ") + Units.ratio(bound);
  }

  /** The four targets of the conversion issue on one data set. */
  static List<Target> of(DataSetResult result) {
    return List.of(
        target(result, "to-H2O within 3x of the scan floor", "to-H2O", "scan floor", 3.0, true),
        target(result, "to-H2O at least 1.5x faster than parquet write", "parquet write", "to-H2O", 1.5, false),
        target(result, "to-H2O at least 5x faster than the CSV route", "CSV route", "to-H2O", 5.0, false),
        target(result, "to-Spark at least as fast as parquet read", "to-Spark", "parquet read", 1.0, true));
  }

  private static Target target(
      DataSetResult result, String goal, String numerator, String denominator, double bound, boolean atMost) {
    Samples top = result.samples(numerator);
    Samples bottom = result.samples(denominator);
    return new Target(goal, numerator + " / " + denominator, top.median() / bottom.median(), top.min() / bottom.min(),
        bound, atMost);
  }
}
