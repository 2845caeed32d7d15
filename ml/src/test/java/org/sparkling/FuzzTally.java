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
  private final AtomicInteger expectedFitErrors = new AtomicInteger();
  private final List<String> failures = new CopyOnWriteArrayList<>();
  private final List<String> refusedByH2O = new CopyOnWriteArrayList<>();
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

  void expectedFitError() {
    expectedFitErrors.incrementAndGet();
  }

  /** A fit that H2O's job refused or failed, in H2O's words. */
  void refusedByH2O(String reason) {
    refusedByH2O.add(reason);
  }

  List<String> refusedByH2O() {
    return List.copyOf(refusedByH2O);
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
            + "conversion or read errors (clear), %d expected fit errors (clear), %d fits failed inside H2O (its own "
            + "error), %d scorings of a fitted model failed (clear error), %d failures, in %d s",
        inputs.get(), converted.get(), fitted.get(), expectedErrors.get(), expectedFitErrors.get(), refusedByH2O.size(),
        scoringFailures.size(), failures.size(),
        (System.nanoTime() - started) / 1_000_000_000L);
  }
}
