package org.sparkling.ml;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sparkling.H2OContext;
import org.sparkling.H2OFrame;
import org.sparkling.client.FrameDescription;
import org.sparkling.client.H2OClient;
import org.sparkling.client.H2OJobFailedException;
import org.sparkling.client.H2OServerException;
import org.sparkling.client.Job;
import org.sparkling.progress.JobProgress;
import org.sparkling.progress.ProgressDisplay;
import org.sparkling.progress.ProgressTask;

/**
 * One {@code fit}: checks the columns, converts only the columns it needs (split in Spark when asked), starts the
 * estimator's {@link TrainingPlan} (one model, an AutoML run, a grid) over REST with job progress, downloads the MOJO of the
 * best model that has one, and removes what it created on the cluster unless asked to keep it.
 */
final class Training {
  private static final Logger LOG = LoggerFactory.getLogger(Training.class);
  private static final Duration TIMEOUT = Duration.ofDays(1);

  private final H2OEstimator<?> estimator;
  private final Dataset<Row> data;

  Training(H2OEstimator<?> estimator, Dataset<Row> data) {
    this.estimator = estimator;
    this.data = data;
  }

  H2OMOJOModel run() {
    String[] features = estimator.features(data.schema());
    estimator.checkColumns(data.schema(), features);
    Dataset<Row> validation = estimator.getValidationDataFrame();
    if (validation != null) {
      estimator.checkColumns(validation.schema(), features);
      if (estimator.getSplitRatio() < 1) {
        throw new IllegalArgumentException(
            "Both splitRatio (" + estimator.getSplitRatio() + ") and a validation DataFrame are set; set only one");
      }
    }
    Column[] needed = needed(features);
    Dataset<Row> training = estimator.prepare(data.select(needed));
    Dataset<Row> validating = validation == null ? null : estimator.prepare(validation.select(needed));
    if (estimator.getSplitRatio() < 1) {
      long seed = estimator.getSeed() == -1 ? new java.util.Random().nextLong() : estimator.getSeed();
      double ratio = estimator.getSplitRatio();
      Dataset<Row>[] parts = training.randomSplit(new double[] {ratio, 1 - ratio}, seed);
      training = parts[0];
      validating = parts[1];
    }
    return train(training, validating, features);
  }

  private Column[] needed(String[] features) {
    Set<String> columns = new LinkedHashSet<>(estimator.specialColumns());
    columns.addAll(List.of(features));
    return columns.stream().map(name -> functions.col(H2OEstimator.quote(name))).toArray(Column[]::new);
  }

  private H2OMOJOModel train(Dataset<Row> training, Dataset<Row> validating, String[] features) {
    H2OContext hc = H2OContext.getOrCreate(training.sparkSession());
    H2OClient client = hc.client();
    String runId = estimator.uid() + "_" + UUID.randomUUID().toString().substring(0, 8);
    TrainingPlan plan = estimator.trainingPlan(runId);
    boolean keep = estimator.getKeepBinaryModels();
    List<String> frames = new ArrayList<>();
    boolean started = false;
    try {
      Map<String, Object> common = new LinkedHashMap<>();
      H2OFrame trainingFrame = hc.asH2OFrame(training, "sparkling_training_" + runId);
      frames.add(trainingFrame.key());
      FrameDescription described = trainingFrame.description();
      estimator.checkTrainingFrame(described);
      common.put("training_frame", trainingFrame.key());
      if (validating != null) {
        H2OFrame validationFrame = hc.asH2OFrame(validating, "sparkling_validation_" + runId);
        frames.add(validationFrame.key());
        common.put("validation_frame", validationFrame.key());
      }
      common.put("seed", estimator.getSeed());
      common.putAll(estimator.columnParameters());
      Job job;
      try {
        job = plan.start(client, common);
      } catch (H2OServerException e) {
        throw estimator.rejected(e);
      }
      started = true;
      ProgressTask progress = hc.progressDisplay().start("Training " + plan.description(), 100, ProgressDisplay.PERCENT);
      Job done;
      try {
        done = progress.run(
            () -> hc.awaitJob(job, TIMEOUT, new JobProgress(progress, polled -> plan.progressNote(client, polled))));
      } catch (H2OJobFailedException e) {
        throw estimator.failed(e, described);
      }
      H2OMOJOModel model = download(client, plan.rankedModels(client, done), features);
      if (keep) {
        LOG.info("Kept the {} models and the frames {} on the H2O cluster (keepBinaryModels)", plan.description(), frames);
      }
      return estimator.finish(model, features);
    } finally {
      if (!keep) {
        if (started) {
          remove(() -> plan.remove(client), plan.description() + " models");
        }
        frames.forEach(frame -> remove(() -> client.deleteFrame(frame), "frame " + frame));
      }
    }
  }

  /** The MOJO and details of the best model that has a MOJO; a model H2O cannot export is skipped, and the log says so. */
  private H2OMOJOModel download(H2OClient client, List<String> ranked, String[] features) {
    List<String> skipped = new ArrayList<>();
    for (String modelId : ranked) {
      byte[] mojo;
      try {
        mojo = client.mojo(modelId);
      } catch (H2OServerException e) {
        LOG.warn("Model {} cannot be exported as a MOJO, so it is not the one returned: {}", modelId, e.serverMessage());
        skipped.add(modelId);
        continue;
      }
      if (!skipped.isEmpty()) {
        LOG.warn("Returning {}, the best model with a MOJO; better ranked but without one: {}", modelId, skipped);
      }
      H2OMOJOModel model = new H2OMOJOModel(estimator.uid(), mojo, features);
      model.setTrainingDetails(ModelDetails.fromModelJson(client.modelJson(modelId)));
      return model;
    }
    throw new IllegalStateException(
        ranked.isEmpty()
            ? "H2O trained no model: see the H2O logs, or give it more time or more models to try"
            : "None of the models H2O trained can be exported as a MOJO: " + skipped);
  }

  /** Cleaning up must not hide the training's own failure, if any: that is the one to report. */
  private static void remove(Runnable delete, String what) {
    try {
      delete.run();
    } catch (RuntimeException e) {
      LOG.debug("Could not remove the {} from H2O: {}", what, e.getMessage());
    }
  }
}
