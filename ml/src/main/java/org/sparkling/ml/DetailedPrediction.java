package org.sparkling.ml;

import hex.ModelCategory;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The detailed prediction column, as users of the original Sparkling Water know it, by H2O's category of the model:
 * <ul>
 *   <li>a classifier: the {@code label} and the class {@code probabilities} by class name;
 *   <li>a regression: the {@code value};
 *   <li>K-Means: the {@code cluster} and the {@code distances} to every cluster's center;
 *   <li>Isolation Forest: the {@code normalizedScore} (the prediction), the {@code meanLength} of the row's paths in the
 *       trees, and {@code isAnomaly} when the model was trained with a contamination.
 * </ul>
 * plus the SHAP {@code contributions} by feature name (with {@code BiasTerm}; they sum to the raw prediction: the
 * regression's value, or for a binomial GBM or XGBoost the logit of the positive class, for a DRF its probability) and
 * the trees' {@code leafNodeAssignments} (paths like {@code "LRL"}) when asked for. Multinomial models have no
 * contributions in h2o-genmodel.
 */
final class DetailedPrediction implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final DataType BY_NAME = DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType);

  private final ModelCategory category;
  private final DataType predictionType;
  private final String[] classes;
  private final String[] contributionNames;
  private final boolean anomalyFlag;
  private final ScoringOptions options;

  /** What the scorer computes for the detailed prediction besides the MOJO's predictions; null where not asked for. */
  record Extras(float[] contributions, String[] leaves, double[] distances) {}

  DetailedPrediction(ModelCategory category, DataType predictionType, String[] classes, String[] contributionNames,
      boolean anomalyFlag, ScoringOptions options) {
    this.category = category;
    this.predictionType = predictionType;
    this.classes = classes;
    this.contributionNames = contributionNames;
    this.anomalyFlag = anomalyFlag;
    this.options = options;
  }

  boolean distances() {
    return category == ModelCategory.Clustering;
  }

  StructType type() {
    StructType type;
    if (classes != null) {
      type = new StructType().add("label", predictionType, true).add("probabilities", BY_NAME, true);
    } else if (category == ModelCategory.Clustering) {
      type = new StructType()
          .add("cluster", DataTypes.IntegerType, true)
          .add("distances", DataTypes.createArrayType(DataTypes.DoubleType), true);
    } else if (category == ModelCategory.AnomalyDetection) {
      type = new StructType().add("normalizedScore", DataTypes.DoubleType, true).add("meanLength", DataTypes.DoubleType, true);
      type = anomalyFlag ? type.add("isAnomaly", DataTypes.BooleanType, true) : type;
    } else {
      type = new StructType().add("value", DataTypes.DoubleType, true);
    }
    if (options.contributions()) {
      type = type.add("contributions", BY_NAME, true);
    }
    if (options.leafNodeAssignments()) {
      type = type.add("leafNodeAssignments", DataTypes.createArrayType(DataTypes.StringType), true);
    }
    return type;
  }

  /** The struct's value for one row: {@code prediction} is the prediction column's value, {@code preds} the MOJO's. */
  Row of(double[] preds, Object prediction, double[] probabilities, Extras extras) {
    List<Object> values = new ArrayList<>(5);
    values.add(prediction);
    if (classes != null) {
      values.add(byName(classes, probabilities));
    } else if (category == ModelCategory.Clustering) {
      values.add(extras.distances() == null ? null : scala.Predef.wrapDoubleArray(extras.distances()).toSeq());
    } else if (category == ModelCategory.AnomalyDetection) {
      values.add(anomalyFlag ? preds[2] : preds[1]);
      if (anomalyFlag) {
        values.add(preds[0] == 1);
      }
    }
    if (options.contributions()) {
      values.add(byName(contributionNames, widen(extras.contributions())));
    }
    if (options.leafNodeAssignments()) {
      values.add(extras.leaves() == null ? null : scala.Predef.wrapRefArray(extras.leaves()).toSeq());
    }
    return RowFactory.create(values.toArray());
  }

  private static double[] widen(float[] values) {
    if (values == null) {
      return null;
    }
    double[] widened = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      widened[i] = values[i];
    }
    return widened;
  }

  private static scala.collection.Map<String, Object> byName(String[] names, double[] values) {
    if (values == null) {
      return null;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < values.length; i++) {
      map.put(names[i], values[i]);
    }
    return CollectionConverters.asScala(map);
  }
}
