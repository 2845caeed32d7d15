package org.sparkling.bench;

import java.util.List;
import java.util.Locale;

/** The lines every section of {@code bench/RESULTS.md} opens its list with: when it ran, how, and on what machine. */
final class ReportHeader {
  private ReportHeader() {}

  static List<String> lines(String started, double totalSeconds, String command, Machine machine) {
    return List.of(
        "- Date: " + started + " (UTC); the harness ran for " + String.format(Locale.ROOT, "%.1f min", totalSeconds / 60)
            + ".",
        "- Command: `" + command + "`",
        "- Machine: " + machine.describe() + ".");
  }
}
