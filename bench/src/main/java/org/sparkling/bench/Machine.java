package org.sparkling.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine the benchmark ran on.
 *
 * @param cpu the processor model, from {@code /proc/cpuinfo} where there is one
 * @param cores the processors the JVM sees
 * @param memoryBytes the machine's physical memory
 * @param java the JVM's name and version
 * @param os the operating system and architecture
 */
record Machine(String cpu, int cores, long memoryBytes, String java, String os) {

  static Machine current() {
    com.sun.management.OperatingSystemMXBean system =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return new Machine(
        cpuModel(),
        Runtime.getRuntime().availableProcessors(),
        system.getTotalMemorySize(),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
  }

  String describe() {
    return String.format(Locale.ROOT, "%d cores (%s), %.1f GiB memory; %s; %s",
        cores, cpu, memoryBytes / (double) (1L << 30), java, os);
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(line -> line.startsWith("model name"))
          .map(line -> line.substring(line.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("unknown CPU");
    } catch (IOException | RuntimeException e) {
      return "unknown CPU";
    }
  }
}
