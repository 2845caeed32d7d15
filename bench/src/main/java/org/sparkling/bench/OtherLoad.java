package org.sparkling.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * How busy other processes kept the machine while the benchmark ran: every second, the machine's CPU use minus that of
 * the benchmark's own processes ({@link OtherCpu}). On a 2-core machine a build or a test run next to the benchmark skews
 * every figure, so the report says how much CPU the rest of the machine took.
 */
final class OtherLoad implements AutoCloseable {
  private static final OperatingSystemMXBean SYSTEM =
      (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

  private final ScheduledExecutorService sampler =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "bench-other-load");
            thread.setDaemon(true);
            return thread;
          });
  private OtherCpu last = OtherCpu.now();
  private double sum;
  private double peak;
  private int samples;

  private OtherLoad() {}

  static OtherLoad watch() {
    OtherLoad load = new OtherLoad();
    load.sampler.scheduleAtFixedRate(load::sample, 1, 1, TimeUnit.SECONDS);
    return load;
  }

  private synchronized void sample() {
    OtherCpu now = OtherCpu.now();
    double other = OtherCpu.between(last, now);
    last = now;
    if (other < 0) {
      return;
    }
    sum += other;
    peak = Math.max(peak, other);
    samples++;
  }

  /** The share of the machine's CPU that other processes used, on average and in the busiest second. */
  synchronized String describe() {
    if (samples == 0) {
      return "not measured";
    }
    return String.format(java.util.Locale.ROOT, "%.1f %% on average, %.0f %% in the busiest second (%d one-second samples)",
        100 * sum / samples, 100 * peak, samples);
  }

  /** The machine's 1-minute load average, or -1 where the OS does not tell; with a warning on {@code out} if it is high. */
  static double loadAverageBeforeStart(PrintStream out) {
    double load = SYSTEM.getSystemLoadAverage();
    if (load > 0.5) {
      out.printf("Warning: the machine's load average is %.1f before the start; other processes will skew the figures%n",
          load);
    }
    return load;
  }

  @Override
  public void close() {
    sampler.shutdownNow();
  }
}
