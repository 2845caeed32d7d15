package org.sparkling;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** What {@link ConversionFuzzIT} tried and how each input ended; inputs run on the thread of their time bound. */
final class FuzzTally {
  private final AtomicInteger inputs = new AtomicInteger();
  private final AtomicInteger converted = new AtomicInteger();
  private final AtomicInteger expectedErrors = new AtomicInteger();
  private final AtomicInteger fitted = new AtomicInteger();
  private final java.util.Map<String, AtomicInteger> expectedFitErrors = new java.util.concurrent.ConcurrentSkipListMap<>();
  private final List<String> failures = new CopyOnWriteArrayList<>();
  private final List<String> explainedH2OFailures = new CopyOnWriteArrayList<>();
  private final List<String> scoringFailures = new CopyOnWriteArrayList<>();
  private final long started = System.nanoTime();

  void startedOne() {
    inputs.incrementAndGet();
  }

  void converted() {
    converted.incrementAndGet();
  }

  void expectedError() {
    expectedErrors.incrementAndGet();
  }

  void fitted() {
    fitted.incrementAndGet();
  }

  /** A fit that failed with the clear error its data called for; {@code kind} says which, for the summary. */
  void expectedFitError(String kind) {
    expectedFitErrors.computeIfAbsent(kind, any -> new AtomicInteger()).incrementAndGet();
  }

  /** A fit whose H2O job failed, explained by a clear error of ours (infinities met by a tree). */
  void explainedH2OFailure(String reason) {
    explainedH2OFailures.add(reason);
  }

  List<String> explainedH2OFailures() {
    return List.copyOf(explainedH2OFailures);
  }

  /** A fitted model whose scoring in Spark failed with a clear error. */
  void scoringFailed(String reason) {
    scoringFailures.add(reason);
  }

  List<String> scoringFailures() {
    return List.copyOf(scoringFailures);
  }

  void failed(String report) {
    failures.add(report);
  }

  int inputs() {
    return inputs.get();
  }

  List<String> failures() {
    return List.copyOf(failures);
  }

  /** One line for RELIABILITY.md. */
  String summary() {
    return String.format(
        "fuzz: %d inputs tried, %d converted and read back as docs/conversion.md says, %d fitted, %d expected "
            + "conversion or read errors (clear), %d expected fit errors (clear) %s, %d fits whose H2O job failed, "
            + "explained clearly (infinities), %d scorings of a fitted model failed (clear error), %d failures, in %d s",
        inputs.get(), converted.get(), fitted.get(), expectedErrors.get(),
        expectedFitErrors.values().stream().mapToInt(AtomicInteger::get).sum(), expectedFitErrors,
        explainedH2OFailures.size(),
        scoringFailures.size(), failures.size(),
        (System.nanoTime() - started) / 1_000_000_000L);
  }
}
