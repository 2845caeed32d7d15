package org.sparkling.client;

/**
 * An H2O job as {@code GET /3/Jobs/{key}} describes it.
 *
 * @param key the job key
 * @param description what the job does, e.g. {@code GBM}
 * @param status {@code CREATED}, {@code RUNNING}, {@code DONE}, {@code FAILED} or {@code CANCELLED}
 * @param progress from 0 to 1
 * @param progressMsg H2O's words for the current step
 * @param destination the key of what the job builds (a model, a frame)
 * @param exception H2O's error text when the job failed, else {@code null}
 */
public record Job(
    String key,
    String description,
    String status,
    double progress,
    String progressMsg,
    String destination,
    String exception) {

  /** Whether the job has stopped, successfully or not. */
  public boolean finished() {
    return !"RUNNING".equals(status) && !"CREATED".equals(status);
  }

  /** Whether the job ended successfully. */
  public boolean succeeded() {
    return "DONE".equals(status);
  }
}
