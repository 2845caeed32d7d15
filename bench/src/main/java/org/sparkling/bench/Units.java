package org.sparkling.bench;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** How the harness writes seconds, bytes and rates. */
final class Units {
  private Units() {}

  static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.3f s", seconds);
  }

  static String bytes(long bytes) {
    if (bytes < 0) {
      return "-";
    }
    return bytes >= 1e9
        ? String.format(Locale.ROOT, "%.2f GB", bytes / 1e9)
        : String.format(Locale.ROOT, "%.0f MB", bytes / 1e6);
  }

  /** Cells per second, in millions. */
  static String rate(double cellsPerSecond) {
    return String.format(Locale.ROOT, "%.1f", cellsPerSecond / 1e6);
  }

  /** A count or a rate of things (rows), with thousands separators. */
  static String count(double value) {
    return String.format(Locale.ROOT, "%,.0f", value);
  }

  /** A share from 0 to 1 as a percentage; "-" when unknown (negative). */
  static String percent(double share) {
    return share < 0 ? "-" : String.format(Locale.ROOT, "%.0f %%", 100 * share);
  }

  static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.2fx", ratio);
  }

  static String parts(Map<String, Double> parts) {
    return parts.entrySet().stream()
        .map(part -> part.getKey() + " " + seconds(part.getValue()))
        .collect(Collectors.joining(", ", "(", ")"));
  }

  /** A heap trace in a table cell: before / after (result kept) / after clean-up. */
  static String heapTraceColumn(ContenderResult.HeapTrace trace) {
    return trace == null
        ? "- (no warm-up round)"
        : bytes(trace.before()) + " / " + bytes(trace.after()) + " / " + bytes(trace.afterCleanUp());
  }

  static String heapTrace(ContenderResult.HeapTrace trace) {
    return "heap after GC " + bytes(trace.before()) + " before, " + bytes(trace.after()) + " after, "
        + bytes(trace.afterCleanUp()) + " after clean-up";
  }
}
