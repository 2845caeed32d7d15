package org.sparkling.ml;

import hex.ModelCategory;
import hex.genmodel.MojoModel;
import hex.genmodel.PredictContributionsFactory;
import java.io.Serializable;
import java.util.List;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.sparkling.extension.ColumnType;

/**
 * The columns a model writes after the input columns, by H2O's category of the model, and their values from the MOJO's
 * raw predictions ({@code GenModel.score0}'s {@code preds}, the numbers H2O's own predict writes):
 * <ul>
 *   <li>Regression: the predicted value (double).
 *   <li>Binomial, Multinomial, Ordinal: the label (boolean for a boolean label, else its text) and the class
 *       probabilities as a vector. The MOJO picks a binomial label with the threshold H2O chose in training (max F1).
 *   <li>Clustering (K-Means): the index of the nearest cluster (int).
 *   <li>AnomalyDetection (Isolation Forest): the normalized anomaly score (double; higher is more anomalous).
 * </ul>
 */
final class PredictionColumns implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final List<ModelCategory> SUPPORTED =
      List.of(ModelCategory.Regression, ModelCategory.Binomial, ModelCategory.Multinomial, ModelCategory.Ordinal,
          ModelCategory.Clustering, ModelCategory.AnomalyDetection);

  private final ModelCategory category;
  private final String[] classes;
  private final boolean booleanLabel;
  private final boolean anomalyFlag;
  private final DetailedPrediction detailed;

  private PredictionColumns(ModelCategory category, String[] classes, boolean anomalyFlag, ScoringOptions options,
      String[] contributionNames) {
    this.category = category;
    this.classes = classes;
    this.booleanLabel = classes != null && ColumnType.BOOLEAN_LEVELS.equals(List.of(classes));
    this.anomalyFlag = anomalyFlag;
    this.detailed = options.detailed()
        ? new DetailedPrediction(category, predictionType(), classes, contributionNames, anomalyFlag, options)
        : null;
  }

  /** The columns of this model; fails clearly for a kind of model or an option it cannot score. */
  static PredictionColumns of(MojoModel model, ScoringOptions options) {
    ModelCategory category = model.getModelCategory();
    if (!SUPPORTED.contains(category)) {
      throw new UnsupportedOperationException(
          "Scoring " + category + " models is not supported yet; H2OMOJOModel scores " + SUPPORTED + " models");
    }
    options.check(model);
    String[] classes = model.isClassifier() ? classes(model) : null;
    boolean anomalyFlag = category == ModelCategory.AnomalyDetection && model.getPredsSize(category) == 3;
    String[] contributionNames =
        options.contributions() ? ((PredictContributionsFactory) model).makeContributionsPredictor().getContributionNames()
            : null;
    return new PredictionColumns(category, classes, anomalyFlag, options, contributionNames);
  }

  /** The response's levels; a quasibinomial model has none, and h2o-genmodel names its classes 0 and 1. */
  private static String[] classes(MojoModel model) {
    String[] domain = model.getDomainValues(model.getResponseIdx());
    return domain == null ? new String[] {"0", "1"} : domain;
  }

  ModelCategory category() {
    return category;
  }

  DataType predictionType() {
    if (classes != null) {
      return booleanLabel ? DataTypes.BooleanType : DataTypes.StringType;
    }
    return category == ModelCategory.Clustering ? DataTypes.IntegerType : DataTypes.DoubleType;
  }

  /** The detailed prediction, or null when not asked for. */
  DetailedPrediction detailed() {
    return detailed;
  }

  /** How many values {@link #write} writes. */
  int width() {
    return 1 + (classes != null ? 1 : 0) + (detailed != null ? 1 : 0);
  }

  /** Writes the prediction (then the probabilities, then the detailed prediction) from {@code at} on. */
  void write(double[] preds, DetailedPrediction.Extras extras, Object[] out, int at) {
    Object prediction;
    double[] probabilities = null;
    if (classes != null) {
      String label = classes[(int) preds[0]];
      prediction = booleanLabel ? (Object) "True".equals(label) : label;
      probabilities = new double[classes.length];
      System.arraycopy(preds, 1, probabilities, 0, probabilities.length);
    } else if (category == ModelCategory.Clustering) {
      prediction = (int) preds[0];
    } else if (category == ModelCategory.AnomalyDetection) {
      prediction = anomalyFlag ? preds[1] : preds[0];
    } else {
      prediction = preds[0];
    }
    int next = at;
    out[next++] = prediction;
    if (probabilities != null) {
      out[next++] = Vectors.dense(probabilities);
    }
    if (detailed != null) {
      out[next] = detailed.of(preds, prediction, probabilities, extras);
    }
  }
}
