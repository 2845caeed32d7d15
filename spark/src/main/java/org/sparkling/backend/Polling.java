package org.sparkling.backend;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/** Asks again and again until an answer comes or time runs out: for things that become ready on their own. */
final class Polling {
  private static final long PAUSE_MILLIS = 200;

  private Polling() {}

  /** The first answer {@code attempt} gives within {@code timeout}, or empty. */
  static <T> Optional<T> until(Duration timeout, Supplier<Optional<T>> attempt) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<T> answer = attempt.get();
      if (answer.isPresent() || System.nanoTime() >= deadline) {
        return answer;
      }
      try {
        Thread.sleep(PAUSE_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for the H2O cluster to start", e);
      }
    }
  }
}
