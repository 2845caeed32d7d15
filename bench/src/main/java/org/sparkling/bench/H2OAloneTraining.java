package org.sparkling.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sparkling.H2OContext;
import org.sparkling.bench.peers.FlightFeatures;
import org.sparkling.client.Job;
import org.sparkling.ml.H2OGBM;
import org.sparkling.ml.H2OMOJOModel;

/**
 * The same GBM as {@code H2OGBM.fit}, trained over REST on a frame that is in H2O already: what our pipeline API costs on
 * top of H2O itself is the difference. The frame is converted once before the rounds (not measured); a round is
 * {@code H2OClient.train} and waiting for the job; the MOJO is downloaded afterwards (not measured) for the test AUC.
 */
final class H2OAloneTraining implements Contender {
  static final String NAME = "H2O GBM alone";
  private static final String FRAME = "bench_training_frame";
  private static final Duration TIMEOUT = Duration.ofHours(6);

  private final H2OContext hc;
  private final H2OGBM estimator;
  private final Dataset<Row> train;
  private final Path workDir;
  private String modelId;
  private int fits;
  private H2OMOJOModel model;

  /** @param estimator the configured estimator of the pipeline API's contender, whose H2O parameters are sent as they are */
  H2OAloneTraining(H2OContext hc, H2OGBM estimator, Dataset<Row> train, Path workDir) {
    this.hc = hc;
    this.estimator = estimator;
    this.train = train;
    this.workDir = workDir;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String definition() {
    return "`H2OClient.train(\"gbm\", parameters)` and `H2OContext.awaitJob` on the training rows already converted to an "
        + "H2O frame (the label and the features, converted once before, not timed), with the H2O parameters the "
        + "H2OGBM contender sends: " + h2oParameters("<frame>", "<model>") + "; the MOJO is downloaded after the timing";
  }

  @Override
  public void setUp() {
    List<String> columns = new java.util.ArrayList<>(List.of(FlightFeatures.LATE));
    columns.addAll(FlightFeatures.FEATURES);
    hc.asH2OFrame(train.selectExpr(columns.toArray(String[]::new)), FRAME);
  }

  @Override
  public Map<String, Double> run() {
    fits++;
    modelId = "bench_h2o_alone_" + fits;
    Job job = hc.client().train("gbm", h2oParameters(FRAME, modelId));
    hc.awaitJob(job, TIMEOUT, polled -> {});
    return Map.of();
  }

  /** Keeps the trained model as a MOJO, for the test AUC, and removes it from H2O. */
  @Override
  public void cleanUp() {
    try {
      Path mojo = Files.createDirectories(workDir).resolve(modelId + ".zip");
      Files.write(mojo, hc.client().mojo(modelId));
      model = H2OMOJOModel.createFromMojo(mojo).setConvertUnknownCategoricalLevelsToNa(true);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("Cannot keep the MOJO of " + modelId, e);
    } finally {
      hc.client().deleteModel(modelId);
    }
  }

  @Override
  public void tearDown() {
    hc.client().deleteFrame(FRAME);
  }

  /** The model of the latest measured round. */
  Transformer model() {
    return model;
  }

  private Map<String, Object> h2oParameters(String frame, String model) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("model_id", model);
    parameters.put("training_frame", frame);
    parameters.put("seed", estimator.getSeed());
    parameters.put("response_column", FlightFeatures.LATE);
    parameters.putAll(estimator.h2oParameters());
    return parameters;
  }
}
