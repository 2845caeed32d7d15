package org.sparkling.ml;

import java.util.function.Consumer;
import org.slf4j.Logger;
import org.sparkling.client.Job;

/** Logs a training job's progress each time it passes another tenth. */
final class TrainingProgress implements Consumer<Job> {
  private final String algorithm;
  private final Logger log;
  private int lastTenth = -1;

  TrainingProgress(String algorithm, Logger log) {
    this.algorithm = algorithm;
    this.log = log;
  }

  @Override
  public void accept(Job job) {
    int tenth = (int) Math.floor(job.progress() * 10);
    if (tenth != lastTenth) {
      lastTenth = tenth;
      log.info("H2O {} training {}: {}% {}", algorithm, job.key(), tenth * 10, job.progressMsg() == null ? "" : job.progressMsg());
    }
  }
}
