package org.sparkling.ml;

import hex.genmodel.IClusteringModel;
import hex.genmodel.MojoModel;
import hex.genmodel.PredictContributions;
import hex.genmodel.PredictContributionsFactory;
import hex.genmodel.algos.tree.TreeBackedMojoModel;
import java.util.Arrays;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Scores the rows of one partition with the MOJO, in the executor: the input columns, then the prediction columns
 * ({@link PredictionColumns}). Each row goes straight into the MOJO's {@code score0} through buffers reused for the whole
 * partition ({@link MojoInput}); the MOJO and its categorical levels are loaded once per executor JVM ({@link Mojos}).
 */
final class MojoScorer implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private final String fingerprint;
  private final Broadcast<byte[]> mojo;
  private final FeatureColumns features;
  private final ScoringOptions options;
  private final PredictionColumns columns;

  MojoScorer(String fingerprint, Broadcast<byte[]> mojo, FeatureColumns features, ScoringOptions options,
      PredictionColumns columns) {
    this.fingerprint = fingerprint;
    this.mojo = mojo;
    this.features = features;
    this.options = options;
    this.columns = columns;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    byte[] bytes = mojo.value();
    MojoModel model = Mojos.get(fingerprint, bytes);
    return new Scored(rows, model, MojoInput.of(model, Mojos.levels(fingerprint, bytes), features, options));
  }

  /** The partition's rows, scored one by one as Spark asks for them. */
  private final class Scored implements Iterator<Row> {
    private final Iterator<Row> rows;
    private final MojoModel model;
    private final MojoInput input;
    private final double[] raw;
    private final double[] scratch;
    private final double[] preds;
    private final PredictContributions contributions;

    Scored(Iterator<Row> rows, MojoModel model, MojoInput input) {
      this.rows = rows;
      this.model = model;
      this.input = input;
      this.raw = new double[model.nfeatures()];
      this.scratch = new double[raw.length];
      this.preds = new double[model.getPredsSize(model.getModelCategory())];
      this.contributions =
          options.contributions() ? ((PredictContributionsFactory) model).makeContributionsPredictor() : null;
    }

    @Override
    public boolean hasNext() {
      return rows.hasNext();
    }

    @Override
    public Row next() {
      Row row = rows.next();
      input.fill(row, raw);
      DetailedPrediction.Extras extras = options.detailed() ? extras() : null;
      Object[] out = new Object[row.length() + columns.width()];
      for (int i = 0; i < row.length(); i++) {
        out[i] = row.get(i);
      }
      columns.write(score(), extras, out, row.length());
      return RowFactory.create(out);
    }

    /** As h2o-genmodel's EasyPredictModelWrapper scores: into zeroed predictions, with no offset. */
    private double[] score() {
      Arrays.fill(preds, 0);
      return model.requiresOffset() ? model.score0(raw, 0.0, preds) : model.score0(raw, preds);
    }

    private DetailedPrediction.Extras extras() {
      float[] shap = contributions == null ? null : contributions.calculateContributions(copy());
      String[] leaves = options.leafNodeAssignments() ? ((TreeBackedMojoModel) model).getDecisionPath(copy()) : null;
      double[] distances = null;
      if (columns.detailed().distances() && model instanceof IClusteringModel clustering) {
        distances = new double[clustering.getNumClusters()];
        clustering.distances(copy(), distances);
      }
      return new DetailedPrediction.Extras(shap, leaves, distances);
    }

    /** The row as filled, for one use: MOJOs may change the row they read (K-Means standardizes it in place). */
    private double[] copy() {
      System.arraycopy(raw, 0, scratch, 0, raw.length);
      return scratch;
    }
  }
}
