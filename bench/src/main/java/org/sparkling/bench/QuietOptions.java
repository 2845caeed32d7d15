package org.sparkling.bench;

import picocli.CommandLine.Option;

/** The command-line options of the {@link QuietPolicy}, shared by the harnesses. */
final class QuietOptions {
  @Option(names = "--max-other-cpu", description = "discard a measured run during which other processes used more "
      + "than this percentage of the CPU, and repeat it; 100 keeps every run (default: ${DEFAULT-VALUE})")
  double maxOtherCpuPercent = 10;

  @Option(names = "--retries", description = "repeat a disturbed run at most this often (default: ${DEFAULT-VALUE})")
  int retries = 3;

  @Option(names = "--max-wait", description = "seconds to wait for a quiet machine before each run (default: "
      + "${DEFAULT-VALUE})")
  long maxWaitSeconds = 120;

  QuietPolicy policy() {
    return new QuietPolicy(maxOtherCpuPercent / 100, retries, maxWaitSeconds);
  }
}
