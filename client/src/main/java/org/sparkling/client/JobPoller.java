package org.sparkling.client;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/** Polls an H2O job until it ends, backing off from 50 ms to 250 ms between polls (a short job ends soon after it is done). */
final class JobPoller {
  private static final long FIRST_POLL_MS = 50;
  private static final long LONGEST_POLL_MS = 250;

  private final H2OClient client;
  private final Duration timeout;
  private final Consumer<Job> progress;

  JobPoller(H2OClient client, Duration timeout, Consumer<Job> progress) {
    this.client = client;
    this.timeout = Objects.requireNonNull(timeout, "timeout == null");
    this.progress = progress == null ? job -> {} : progress;
  }

  Job await(String jobKey) {
    long deadline = System.nanoTime() + timeout.toNanos();
    long pause = FIRST_POLL_MS;
    while (true) {
      Job job = client.job(jobKey);
      progress.accept(job);
      if (job.finished()) {
        if (job.succeeded()) {
          return job;
        }
        throw new H2OJobFailedException(
            job,
            String.format(
                "H2O job %s (%s) ended %s: %s", job.key(), job.description(), job.status(),
                job.exception() == null ? "no reason given" : job.exception()));
      }
      if (System.nanoTime() > deadline) {
        throw new H2OJobFailedException(
            job,
            String.format(
                "H2O job %s (%s) still %s at %.0f%% after %d s; it keeps running on %s",
                job.key(), job.description(), job.status(), job.progress() * 100, timeout.toSeconds(), client.node()));
      }
      sleep(pause);
      pause = Math.min(pause * 2, LONGEST_POLL_MS);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new H2OClientException("Interrupted while waiting for an H2O job", e);
    }
  }
}
