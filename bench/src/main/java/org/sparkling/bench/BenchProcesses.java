package org.sparkling.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU time of the benchmark's own processes: the JVM that started the run and every process below it (trial JVMs,
 * Spark's master, workers and executors, H2O nodes), so that their work is not taken for other processes' load. The root
 * is this JVM unless the system property {@value #ROOT_PID} names the harness that started it.
 *
 * <p>Each process counts with its own CPU time and that of its children which ended and were waited for
 * ({@code utime + stime + cutime + cstime} of {@code /proc/<pid>/stat}), so a process that ends moves its time into its
 * parent's and the sum does not drop.
 */
final class BenchProcesses {
  /** The system property that names the root process of the benchmark, for the JVMs the harness starts. */
  static final String ROOT_PID = "bench.process.root";

  private static final long NANOS_PER_TICK = 10_000_000L;

  private BenchProcesses() {}

  /** The root of the benchmark's processes. */
  static long rootPid() {
    String root = System.getProperty(ROOT_PID);
    return root == null || root.isBlank() ? ProcessHandle.current().pid() : Long.parseLong(root.strip());
  }

  /** CPU time of the root and its descendants, in nanoseconds; this JVM's own where {@code /proc} cannot tell. */
  static long cpuNanos() {
    long root = rootPid();
    long rootTicks = ticks(root);
    if (rootTicks < 0) {
      return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
    long descendants =
        ProcessHandle.of(root).stream()
            .flatMap(ProcessHandle::descendants)
            .mapToLong(process -> Math.max(0, ticks(process.pid())))
            .sum();
    return (rootTicks + descendants) * NANOS_PER_TICK;
  }

  private static long ticks(long pid) {
    try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "stat"))) {
      return lines.findFirst().map(BenchProcesses::ticks).orElse(-1L);
    } catch (IOException | RuntimeException gone) {
      return -1;
    }
  }

  /**
   * {@code utime + stime + cutime + cstime} of a {@code /proc/<pid>/stat} line, in clock ticks. The fields are counted
   * after the command name, which is in parentheses and may itself hold spaces and parentheses.
   */
  static long ticks(String statLine) {
    String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).split(" ");
    // fields[0] is the state, field 3 of the line; utime to cstime are fields 14 to 17.
    return Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
        + Long.parseLong(fields[14]);
  }
}
