package org.sparkling.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sparkling.bench.TrainingResults.Scored;
import org.sparkling.bench.peers.Evaluation;
import org.sparkling.bench.peers.PeerResult;

/**
 * The scoring half of the training suite: the trained models' {@code transform} of the same cached rows (the training and
 * the test rows), round after round, side by side in this JVM; XGBoost4J-Spark's model scored the same way in its own JVM.
 */
final class TrainingScoring {
  static final String H2O_GBM_MOJO = "H2OGBM MOJO";
  static final String H2O_XGBOOST_MOJO = "H2OXGBoost MOJO";
  static final String MLLIB_MODEL = "MLlib GBT PipelineModel";
  static final String XGBOOST4J_MODEL = "XGBoost4J-Spark model";
  private static final String SINK = "`.write().format(\"noop\")` of every column, so that every row is scored";

  private final RoundRunner runner;
  private final int cores;
  private final PrintStream out;

  TrainingScoring(RoundRunner runner, int cores, PrintStream out) {
    this.runner = runner;
    this.cores = cores;
    this.out = out;
  }

  /**
   * Scores {@code rows} with each model of this JVM, then adds what the XGBoost4J-Spark trial measured (if it ran).
   *
   * @param models the trained models by training contender, of H2OGBM, H2OXGBoost and MLlib
   */
  List<Scored> run(Map<String, Transformer> models, Dataset<Row> rows, long rowCount, PeerResult peer) throws Exception {
    List<Contender> contenders = new ArrayList<>();
    add(contenders, models.get(TrainingResults.H2O_GBM), H2O_GBM_MOJO,
        "`H2OMOJOModel.transform` of the H2OGBM contender's model (h2o-genmodel inside `mapPartitions`)", rows);
    add(contenders, models.get(TrainingResults.H2O_XGBOOST), H2O_XGBOOST_MOJO,
        "`H2OMOJOModel.transform` of the H2OXGBoost contender's model", rows);
    add(contenders, models.get(TrainingResults.MLLIB), MLLIB_MODEL,
        "`PipelineModel.transform` of the MLlib contender's pipeline (airport indexers, assembler, GBT)", rows);
    List<Scored> scored = new ArrayList<>();
    if (!contenders.isEmpty()) {
      out.printf("Scoring %,d rows with %d models%n", rowCount, contenders.size());
      Map<Contender, ContenderResult> results = runner.run("scoring", List.copyOf(contenders));
      results.forEach((contender, result) -> scored.add(new Scored(contender.name(), contender.definition() + ", " + SINK,
          rowCount, result.total().values(), cores)));
    }
    if (peer != null) {
      scored.add(new Scored(XGBOOST4J_MODEL, "`PipelineModel.transform` of the XGBoost4J-Spark contender's pipeline, in "
          + "its JVM, " + SINK + " (that JVM judges no quiet policy of its own)", peer.scoringRows(),
          peer.scoringSeconds(), cores));
    }
    return scored;
  }

  private static void add(
      List<Contender> contenders, Transformer model, String name, String definition, Dataset<Row> rows) {
    if (model != null) {
      contenders.add(new Work(name, definition, () -> Evaluation.scoringSeconds(model, rows)));
    }
  }
}
