package org.sparkling.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the sections of {@code bench/RESULTS.md} share: the lines their list opens with (when it ran, how, and on what
 * machine), and the table of what is measured.
 */
final class ReportHeader {
  private ReportHeader() {}

  /** The heading "What is measured" and a table of each contender's definition (name -> definition, in order). */
  static List<String> definitions(Map<String, String> definitions) {
    List<String> lines = new ArrayList<>(List.of("## What is measured", "", "| contender | definition |", "| --- | --- |"));
    definitions.forEach((name, definition) -> lines.add("| " + name + " | " + definition + " |"));
    return lines;
  }

  static List<String> lines(String started, double totalSeconds, String command, Machine machine) {
    return List.of(
        "- Date: " + started + " (UTC); the harness ran for " + String.format(Locale.ROOT, "%.1f min", totalSeconds / 60)
            + ".",
        "- Command: `" + command + "`",
        "- Machine: " + machine.describe() + ".");
  }
}
