package org.sparkling.progress;

import java.util.function.Supplier;

/**
 * One piece of long work as a display shows it: a name, how much of a total is done, and a few words about the current
 * step. Safe to update from several threads; updates after {@link #finish} or {@link #fail} are ignored.
 */
public interface ProgressTask {

  /** Sets how much is done, from 0 to the total. */
  void set(long done);

  /** Adds {@code more} to what is done. */
  void advance(long more);

  /** Sets how much is done and the note at once: one change, one line. */
  void set(long done, String note);

  /** A few words shown after the count, e.g. H2O's description of the current step; {@code null} for none. */
  void note(String note);

  /** The work is done: the display shows the total reached. */
  void finish();

  /** The work failed: the display says so, with the first line of {@code reason}. */
  void fail(String reason);

  /**
   * Runs {@code work} as this task: finished when it returns, failed when it throws (the failure is passed on as it
   * was).
   */
  default <T> T run(Supplier<T> work) {
    try {
      T result = work.get();
      finish();
      return result;
    } catch (Throwable e) { // Spark's SparkException too, which Scala code throws unchecked
      fail(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      throw e;
    }
  }
}
