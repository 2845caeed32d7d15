package org.sparkling.progress;

/**
 * Where long work shows its progress: a terminal progress bar ({@link ProgressBarDisplay}), plain lines for logs
 * ({@link ProgressLines}), or nothing ({@link #OFF}). {@code spark.ext.h2o.progress} chooses one for each
 * {@code H2OContext}; {@code H2OContext.setProgressDisplay} replaces it, e.g. with a notebook's own widget.
 */
public interface ProgressDisplay {

  /** The unit of work measured in percent (an H2O job's own progress): shown as {@code 45%} rather than {@code 45/100 %}. */
  String PERCENT = "%";

  /** Shows nothing. */
  ProgressDisplay OFF = (name, total, unit) -> new ProgressCount(name, total, unit);

  /**
   * Starts showing one piece of work.
   *
   * @param name what runs, in the user's words: {@code Converting 'flights' to H2O}
   * @param total how much there is to do, at least 1
   * @param unit what is counted, plural: {@code partitions}; or {@link #PERCENT}
   */
  ProgressTask start(String name, long total, String unit);
}
