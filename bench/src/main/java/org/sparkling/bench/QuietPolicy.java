package org.sparkling.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * When a measured run counts on a shared machine: other processes must have used at most {@code maxOtherCpu} of the
 * machine's CPU while it ran, else it is discarded and repeated (at most {@code retries} times). Before each run the
 * runner waits, up to {@code maxWaitSeconds}, for a quiet second.
 *
 * @param maxOtherCpu the largest share (0 to 1) of the CPU other processes may use; 1 or more turns the policy off
 * @param retries how often a disturbed run is repeated before it is kept anyway
 * @param maxWaitSeconds how long to wait for a quiet machine before each run
 */
record QuietPolicy(double maxOtherCpu, int retries, long maxWaitSeconds) {

  boolean accepts(double otherCpu) {
    return otherCpu <= maxOtherCpu;
  }

  /** Waits until other processes use at most {@code maxOtherCpu} over one second; returns the seconds waited. */
  long awaitQuiet(PrintStream out) throws InterruptedException {
    if (maxOtherCpu >= 1) {
      return 0;
    }
    long started = System.nanoTime();
    boolean told = false;
    while (true) {
      OtherCpu cpu = OtherCpu.now();
      Thread.sleep(1000);
      double other = OtherCpu.since(cpu);
      long waited = (System.nanoTime() - started) / 1_000_000_000L;
      if (accepts(other) || waited >= maxWaitSeconds) {
        return waited > 1 ? waited : 0;
      }
      if (!told) {
        out.printf("  waiting for other processes to calm down (they use %s of the CPU)%n", Units.percent(other));
        told = true;
      }
    }
  }

  String describe() {
    if (maxOtherCpu >= 1) {
      return "every measured run counts, however busy the machine was";
    }
    return String.format(Locale.ROOT, "before each measured run the harness waits (at most %d s) for a second in which "
        + "other processes use at most %.0f %% of the CPU; a run during which they used more is discarded and repeated "
        + "(at most %d times, then kept)", maxWaitSeconds, 100 * maxOtherCpu, retries);
  }
}
