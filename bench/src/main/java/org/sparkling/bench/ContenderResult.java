package org.sparkling.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Everything measured of one contender on one data set. */
final class ContenderResult {
  private final String name;
  private final String definition;
  private final Samples total = new Samples();
  private final List<Double> otherCpu = new ArrayList<>();
  private final Map<String, Samples> parts = new LinkedHashMap<>();
  private long peakHeap;
  private long peakHeapAfterGc = -1;
  private HeapTrace heapTrace;
  private int discardedRuns;

  ContenderResult(Contender contender) {
    this.name = contender.name();
    this.definition = contender.definition();
  }

  void addRound(double seconds, double otherCpuShare, Map<String, Double> partSeconds, long peak, long peakAfterGc) {
    total.add(seconds);
    otherCpu.add(otherCpuShare);
    partSeconds.forEach((part, value) -> parts.computeIfAbsent(part, key -> new Samples()).add(value));
    peakHeap = Math.max(peakHeap, peak);
    peakHeapAfterGc = Math.max(peakHeapAfterGc, peakAfterGc);
  }

  /** Counts a run that was thrown away because other processes disturbed it. */
  void discardRun() {
    discardedRuns++;
  }

  int discardedRuns() {
    return discardedRuns;
  }

  void heapTrace(HeapTrace trace) {
    this.heapTrace = trace;
  }

  String name() {
    return name;
  }

  String definition() {
    return definition;
  }

  Samples total() {
    return total;
  }

  /** The share of the machine's CPU other processes used in each measured round, in order (-1: unknown). */
  List<Double> otherCpu() {
    return List.copyOf(otherCpu);
  }

  Map<String, Samples> parts() {
    return parts;
  }

  /** The highest heap use in any measured round (sum of the heap pools' peaks). */
  long peakHeap() {
    return peakHeap;
  }

  /** The highest heap use right after a GC in any measured round, or -1 if no GC ran during one. */
  long peakHeapAfterGc() {
    return peakHeapAfterGc;
  }

  HeapTrace heapTrace() {
    return heapTrace;
  }

  /**
   * The heap in use after a full GC: before the work, after it while its result still exists (an H2O frame lives in this
   * same heap), and after the result was removed.
   */
  record HeapTrace(long before, long after, long afterCleanUp) {}
}
