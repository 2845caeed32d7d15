package org.sparkling.bench;

import java.util.List;

/**
 * What one conversion trial measured: round after round of {@code asH2OFrame} and {@code asSparkFrame} at each size, in
 * one driver JVM.
 *
 * @param sparkVersion Spark's version
 * @param h2oCluster the H2O cluster the context got, described
 * @param driverHeapMax the driver JVM's maximum heap
 * @param dataSets one entry per size
 */
record ConversionTimes(String sparkVersion, String h2oCluster, long driverHeapMax, List<DataSetTimes> dataSets) {

  /**
   * One size.
   *
   * @param name the data set, e.g. {@code mixed-1000000}
   * @param description what it is
   * @param rows its rows
   * @param columns its columns
   * @param partitions the partitions it was cached in
   * @param cachedBytes the size of Spark's cache of it
   * @param checksumsEqual whether reading it back from H2O gave the same values as reading Spark's cache
   * @param contenders to-H2O and to-Spark, as measured
   */
  record DataSetTimes(
      String name, String description, long rows, int columns, int partitions, long cachedBytes, boolean checksumsEqual,
      List<MeasuredContender> contenders) {

    long cells() {
      return rows * columns;
    }

    MeasuredContender contender(String name) {
      return contenders.stream()
          .filter(contender -> contender.name().equals(name))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("No contender " + name + " on " + this.name));
    }
  }

  /**
   * A {@link ContenderResult} as plain values, to travel from the trial JVM to the harness.
   *
   * @param name the contender
   * @param definition what exactly it measures
   * @param seconds the measured rounds, in order
   * @param otherCpu the share of the CPU other processes used in each measured round
   * @param discardedRuns the runs thrown away because other processes disturbed them
   * @param peakHeap the highest heap use in any measured round
   * @param peakHeapAfterGc the highest heap use right after a GC in any measured round, or -1
   * @param heapTrace the heap after a full GC around the first warm-up round, or null without one
   */
  record MeasuredContender(
      String name,
      String definition,
      List<Double> seconds,
      List<Double> otherCpu,
      int discardedRuns,
      long peakHeap,
      long peakHeapAfterGc,
      ContenderResult.HeapTrace heapTrace) {

    static MeasuredContender of(ContenderResult result) {
      return new MeasuredContender(result.name(), result.definition(), result.total().values(), result.otherCpu(),
          result.discardedRuns(), result.peakHeap(), result.peakHeapAfterGc(), result.heapTrace());
    }

    Samples samples() {
      return Samples.of(seconds);
    }
  }
}
