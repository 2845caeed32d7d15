package org.sparkling.ml;

import java.time.Duration;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sparkling.client.H2OClientException;
import org.sparkling.client.Job;

/**
 * How many models an AutoML run or a grid has trained so far, as a progress note ({@code 3 models trained}). The job is
 * polled several times a second, so the cluster is asked at most once a second, and once more when the job has ended so
 * that the final count is exact.
 */
final class ModelCount {
  private static final Logger LOG = LoggerFactory.getLogger(ModelCount.class);
  private static final long EVERY_NANOS = Duration.ofSeconds(1).toNanos();

  private final IntSupplier count;
  private long askedNanos;
  private boolean asked;
  private int models;

  /** @param count asks the cluster how many models there are */
  ModelCount(IntSupplier count) {
    this.count = count;
  }

  /** The note for this state of the job. */
  String note(Job job) {
    long now = System.nanoTime();
    if (!asked || job.finished() || now - askedNanos >= EVERY_NANOS) {
      asked = true;
      askedNanos = now;
      try {
        models = count.getAsInt();
      } catch (H2OClientException e) {
        // Progress is a courtesy: a reply that fails (the run not yet registered, a busy node) keeps the last count.
        LOG.debug("Could not count the models trained so far: {}", e.getMessage());
      }
    }
    return models == 1 ? "1 model trained" : models + " models trained";
  }
}
