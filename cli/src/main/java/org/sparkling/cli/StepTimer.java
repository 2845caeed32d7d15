package org.sparkling.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Times named steps, tells as each one ends, and prints them all as a table at the end. */
final class StepTimer {
  private final PrintStream out;
  private final List<String> names = new ArrayList<>();
  private final List<Double> seconds = new ArrayList<>();

  StepTimer(PrintStream out) {
    this.out = out;
  }

  <T> T time(String step, Supplier<T> work) {
    long start = System.nanoTime();
    T result = work.get();
    double elapsed = (System.nanoTime() - start) / 1e9;
    names.add(step);
    seconds.add(elapsed);
    out.printf("%-62s %7.2f s%n", step, elapsed);
    return result;
  }

  String table() {
    StringBuilder table = new StringBuilder("Step times\n");
    double total = 0;
    for (int i = 0; i < names.size(); i++) {
      table.append(String.format("  %-62s %7.2f s%n", names.get(i), seconds.get(i)));
      total += seconds.get(i);
    }
    return table.append(String.format("  %-62s %7.2f s", "total", total)).toString();
  }
}
