package org.sparkling.bench;

import java.util.ArrayList;
import java.util.List;

/** Durations in seconds, one per measured round. */
final class Samples {
  private final List<Double> seconds = new ArrayList<>();

  /** Samples of the {@code seconds} measured elsewhere. */
  static Samples of(List<Double> seconds) {
    Samples samples = new Samples();
    seconds.forEach(samples::add);
    return samples;
  }

  void add(double value) {
    seconds.add(value);
  }

  boolean isEmpty() {
    return seconds.isEmpty();
  }

  double median() {
    List<Double> sorted = sorted();
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  double min() {
    return sorted().get(0);
  }

  double max() {
    return sorted().get(seconds.size() - 1);
  }

  List<Double> values() {
    return List.copyOf(seconds);
  }

  private List<Double> sorted() {
    if (seconds.isEmpty()) {
      throw new IllegalStateException("No rounds measured");
    }
    List<Double> sorted = new ArrayList<>(seconds);
    sorted.sort(null);
    return sorted;
  }
}
