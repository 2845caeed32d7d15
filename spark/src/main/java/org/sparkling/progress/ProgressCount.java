package org.sparkling.progress;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * The bookkeeping every display shares: how much of the total is done, the note, whether the work ended, and the words
 * for it ({@code Converting 'flights' to H2O: 12/40 partitions (30%)}). Displays hear of each change through
 * {@link #changed} and of the end through {@link #ended}; on its own it shows nothing.
 */
class ProgressCount implements ProgressTask {
  private final String name;
  private final long total;
  private final String unit;
  private final long startedNanos = System.nanoTime();
  private long done;
  private String note;
  private boolean ended;

  ProgressCount(String name, long total, String unit) {
    this.name = Objects.requireNonNull(name, "name == null");
    this.unit = Objects.requireNonNull(unit, "unit == null");
    // Work of nothing (an empty DataFrame still makes one chunk) is shown as one step, so that percentages stay defined.
    this.total = Math.max(1, total);
  }

  @Override
  public final synchronized void set(long done) {
    set(done, note);
  }

  @Override
  public final synchronized void set(long done, String note) {
    long clamped = Math.max(0, Math.min(total, done));
    String cleaned = note == null || note.isBlank() ? null : note.strip();
    if (!ended && (clamped != this.done || !Objects.equals(cleaned, this.note))) {
      this.done = clamped;
      this.note = cleaned;
      changed();
    }
  }

  @Override
  public final synchronized void advance(long more) {
    set(done + more);
  }

  @Override
  public final synchronized void note(String note) {
    set(done, note);
  }

  @Override
  public final synchronized void finish() {
    if (!ended) {
      done = total;
      ended = true;
      ended(null);
    }
  }

  @Override
  public final synchronized void fail(String reason) {
    if (!ended) {
      ended = true;
      ended(firstLine(reason));
    }
  }

  /** Called, holding this task's lock, after the count or the note changed. */
  void changed() {}

  /**
   * Called once, holding this task's lock, when the work ended.
   *
   * @param failure why it failed, or {@code null} when it finished
   */
  void ended(String failure) {}

  final String name() {
    return name;
  }

  final long total() {
    return total;
  }

  final String unit() {
    return unit;
  }

  final synchronized long done() {
    return done;
  }

  /** The note, or an empty string. */
  final synchronized String noteText() {
    return note == null ? "" : note;
  }

  final Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startedNanos);
  }

  /** {@code 12/40 partitions (30%)}, or {@code 30%} for work counted in percent; never 100% before it is all done. */
  final synchronized String count() {
    long percent = (long) Math.floor(100.0 * done / total);
    return unit.equals(ProgressDisplay.PERCENT)
        ? percent + "%"
        : done + "/" + total + " " + unit + " (" + percent + "%)";
  }

  /** {@code name: count, note}. */
  final synchronized String line() {
    return name + ": " + count() + (note == null ? "" : ", " + note);
  }

  /** {@code 2.4 s}: how long the work has run. */
  final String seconds() {
    return String.format(Locale.ROOT, "%.1f s", elapsed().toMillis() / 1000.0);
  }

  private static String firstLine(String reason) {
    if (reason == null || reason.isBlank()) {
      return "no reason given";
    }
    String stripped = reason.strip();
    int end = stripped.indexOf('\n');
    return end < 0 ? stripped : stripped.substring(0, end).strip();
  }
}
