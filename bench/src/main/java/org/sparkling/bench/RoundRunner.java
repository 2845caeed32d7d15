package org.sparkling.bench;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs contenders side by side on one data set: warm-up rounds, then measured rounds, each round running every contender
 * once in turn (so that a slow drift of the machine touches all of them alike). A full GC precedes every run, and runs
 * that other processes disturbed are repeated ({@link QuietPolicy}).
 */
final class RoundRunner {
  private final int warmUpRounds;
  private final int rounds;
  private final QuietPolicy quiet;
  private final PrintStream out;

  RoundRunner(int warmUpRounds, int rounds, QuietPolicy quiet, PrintStream out) {
    this.warmUpRounds = warmUpRounds;
    this.rounds = rounds;
    this.quiet = quiet;
    this.out = out;
  }

  Map<Contender, ContenderResult> run(String dataSet, List<Contender> contenders) throws Exception {
    Map<Contender, ContenderResult> results = new LinkedHashMap<>();
    for (Contender contender : contenders) {
      out.printf("[%s] setting up %s%n", dataSet, contender.name());
      contender.setUp();
      results.put(contender, new ContenderResult(contender));
    }
    try {
      for (int round = 1; round <= warmUpRounds; round++) {
        for (Contender contender : contenders) {
          warmUp(dataSet, round, contender, results.get(contender));
        }
      }
      for (int round = 1; round <= rounds; round++) {
        for (Contender contender : contenders) {
          measure(dataSet, round, contender, results.get(contender));
        }
      }
    } finally {
      for (Contender contender : contenders) {
        contender.tearDown();
      }
    }
    return results;
  }

  /** A warm-up run; the first one also traces the heap after a GC before, after, and after the clean-up. */
  private void warmUp(String dataSet, int round, Contender contender, ContenderResult result) throws Exception {
    boolean trace = round == 1;
    long before = trace ? Heap.usedAfterGc() : 0;
    long started = System.nanoTime();
    contender.run();
    double seconds = (System.nanoTime() - started) / 1e9;
    long after = trace ? Heap.usedAfterGc() : 0;
    contender.cleanUp();
    if (trace) {
      result.heapTrace(new ContenderResult.HeapTrace(before, after, Heap.usedAfterGc()));
    }
    out.printf("[%s] warm-up %d/%d  %-14s %8.3f s%s%n", dataSet, round, warmUpRounds, contender.name(), seconds,
        trace ? "  " + Units.heapTrace(result.heapTrace()) : "");
  }

  /** A measured run; one that other processes disturbed is discarded and repeated, as the quiet policy says. */
  private void measure(String dataSet, int round, Contender contender, ContenderResult result) throws Exception {
    for (int attempt = 0; ; attempt++) {
      quiet.awaitQuiet(out);
      Run run = runOnce(contender);
      contender.cleanUp();
      boolean keep = quiet.accepts(run.otherCpu()) || attempt == quiet.retries();
      out.printf("[%s] round %d/%d    %-14s %8.3f s  (other processes %s CPU)%s%s%n", dataSet, round, rounds,
          contender.name(), run.seconds(), Units.percent(run.otherCpu()),
          run.parts().isEmpty() ? "" : "  " + Units.parts(run.parts()), keep ? "" : "  discarded, repeating");
      if (keep) {
        result.addRound(run.seconds(), run.otherCpu(), run.parts(), run.peakHeap(), run.peakHeapAfterGc());
        return;
      }
      result.discardRun();
    }
  }

  private static Run runOnce(Contender contender) throws Exception {
    Heap.usedAfterGc();
    try (Heap.Watch heap = Heap.watch()) {
      OtherCpu cpu = OtherCpu.now();
      long started = System.nanoTime();
      Map<String, Double> parts = contender.run();
      double seconds = (System.nanoTime() - started) / 1e9;
      return new Run(seconds, OtherCpu.since(cpu), parts, heap.peak(), heap.peakAfterGc());
    }
  }

  /** One measured run. */
  private record Run(double seconds, double otherCpu, Map<String, Double> parts, long peakHeap, long peakHeapAfterGc) {}
}
