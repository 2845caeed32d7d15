package org.sparkling.ml;

import java.util.List;
import java.util.Map;
import org.sparkling.client.H2OClient;
import org.sparkling.client.Job;
import org.sparkling.progress.JobProgress;

/**
 * What one {@code fit} starts on the H2O cluster and which models result: one model builder, an AutoML run or a grid
 * search. {@link Training} does the rest the same way for each: converting the data, following the job, downloading the
 * MOJO and the model's details, removing the frames.
 */
interface TrainingPlan {

  /** What runs, for progress logs: {@code gbm}, {@code AutoML}, {@code gbm grid}. */
  String description();

  /**
   * Starts the work on the cluster.
   *
   * @param common the training and validation frames, the seed, the response, weights and fold columns, by H2O's names
   */
  Job start(H2OClient client, Map<String, Object> common);

  /**
   * A few words about the running job for its progress display; called on each poll. H2O's own words by default; an
   * AutoML run or a grid says how many models it has trained.
   */
  default String progressNote(H2OClient client, Job job) {
    return JobProgress.step(job);
  }

  /** The resulting models, best first, once the job is done: the first that can be exported as a MOJO is returned. */
  List<String> rankedModels(H2OClient client, Job done);

  /** Removes what {@link #start} created on the cluster: the model, the grid and its models, the AutoML project. */
  void remove(H2OClient client);
}
