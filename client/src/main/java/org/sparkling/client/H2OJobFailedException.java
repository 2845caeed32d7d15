package org.sparkling.client;

/** An H2O job (training, parsing, ...) ended in FAILED or CANCELLED state, or did not end in time. */
public final class H2OJobFailedException extends H2OClientException {
  private static final long serialVersionUID = 1L;
  private final Job job;

  H2OJobFailedException(Job job, String message) {
    super(message);
    this.job = job;
  }

  /** The job as H2O last reported it. */
  public Job job() {
    return job;
  }
}
