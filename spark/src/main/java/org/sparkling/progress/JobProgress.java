package org.sparkling.progress;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sparkling.client.Job;

/**
 * Shows an H2O job's own progress (0 to 100%) on a {@link ProgressTask} counted in {@link ProgressDisplay#PERCENT}, with
 * a note about the current step: H2O's own words by default. Give it to {@code H2OContext.awaitJob} as the consumer of
 * each poll.
 */
public final class JobProgress implements Consumer<Job> {
  private static final Logger LOG = LoggerFactory.getLogger(JobProgress.class);

  private final ProgressTask task;
  private final Function<Job, String> note;
  private long lastTenth = -1;

  /** H2O's words for the current step ({@code progress_msg}) as the note. */
  public JobProgress(ProgressTask task) {
    this(task, JobProgress::step);
  }

  /**
   * @param note the note for each polled state of the job, e.g. how many models an AutoML run has trained
   */
  public JobProgress(ProgressTask task, Function<Job, String> note) {
    this.task = Objects.requireNonNull(task, "task == null");
    this.note = Objects.requireNonNull(note, "note == null");
  }

  @Override
  public void accept(Job job) {
    long percent = (long) Math.floor(job.progress() * 100);
    String words = note.apply(job);
    task.set(percent, words);
    if (percent / 10 != lastTenth) {
      lastTenth = percent / 10;
      LOG.debug("H2O job {} ({}): {}% {}", job.key(), job.description(), percent, words == null ? "" : words);
    }
  }

  /**
   * H2O's words for the job's current step without the final period ({@code Scoring the model}); none once the job ended,
   * when H2O says just {@code Done.}.
   */
  public static String step(Job job) {
    String words = job.progressMsg();
    if (job.finished() || words == null) {
      return null;
    }
    String stripped = words.strip();
    return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) : stripped;
  }
}
