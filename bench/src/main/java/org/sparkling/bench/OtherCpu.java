package org.sparkling.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The share of the machine's CPU that other processes used during one run: busy time of all CPUs ({@code /proc/stat}, in
 * 10 ms ticks) minus the CPU time of the benchmark's own processes ({@link BenchProcesses}: this JVM, and the JVMs and
 * clusters it started), over the run's wall time times the cores. Tells a clean round from one that a build next to the
 * benchmark slowed down.
 */
final class OtherCpu {
  private static final int CORES = Runtime.getRuntime().availableProcessors();
  private static final Path PROC_STAT = Path.of("/proc/stat");
  private static final long NANOS_PER_TICK = 10_000_000L;

  private final long machineBusyTicks;
  private final long processNanos;
  private final long wallNanos;

  private OtherCpu(long machineBusyTicks, long processNanos, long wallNanos) {
    this.machineBusyTicks = machineBusyTicks;
    this.processNanos = processNanos;
    this.wallNanos = wallNanos;
  }

  /** Where the CPU counters stand now. */
  static OtherCpu now() {
    return new OtherCpu(machineBusyTicks(), BenchProcesses.cpuNanos(), System.nanoTime());
  }

  /** The share (0 to 1) of the machine's CPU that other processes used since {@code start}, or -1 where unknown. */
  static double since(OtherCpu start) {
    return between(start, now());
  }

  /** The share (0 to 1) of the machine's CPU that other processes used from {@code start} to {@code end}, or -1. */
  static double between(OtherCpu start, OtherCpu end) {
    if (start.machineBusyTicks < 0 || end.machineBusyTicks < 0 || start.processNanos < 0) {
      return -1;
    }
    double machine = (end.machineBusyTicks - start.machineBusyTicks) * (double) NANOS_PER_TICK;
    double process = end.processNanos - start.processNanos;
    double capacity = (end.wallNanos - start.wallNanos) * (double) CORES;
    return capacity <= 0 ? -1 : Math.max(0, Math.min(1, (machine - process) / capacity));
  }

  /** Busy ticks of all CPUs: user, nice, system, irq, softirq and steal of the {@code cpu} line; -1 without /proc. */
  private static long machineBusyTicks() {
    try {
      List<String> lines = Files.readAllLines(PROC_STAT);
      String[] ticks = lines.get(0).trim().split("\\s+");
      long busy = 0;
      for (int field : new int[] {1, 2, 3, 6, 7, 8}) {
        busy += Long.parseLong(ticks[field]);
      }
      return busy;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
