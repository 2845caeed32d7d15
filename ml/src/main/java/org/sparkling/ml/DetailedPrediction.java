package org.sparkling.ml;

import hex.genmodel.easy.prediction.AbstractPrediction;
import hex.genmodel.easy.prediction.BinomialModelPrediction;
import hex.genmodel.easy.prediction.MultinomialModelPrediction;
import hex.genmodel.easy.prediction.RegressionModelPrediction;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The detailed prediction column, as users of the original Sparkling Water know it: a struct of the {@code label} and the
 * class {@code probabilities} by class name (or the regression's {@code value}), plus the SHAP {@code contributions} by
 * feature name (with {@code BiasTerm}; they sum to the raw prediction: the regression's value, or for a binomial GBM or
 * XGBoost the logit of the positive class, for a DRF its probability) and the trees' {@code leafNodeAssignments} (paths
 * like {@code "LRL"}) when asked for. Multinomial models have no contributions in h2o-genmodel.
 */
final class DetailedPrediction implements Serializable {
  private static final long serialVersionUID = 1L;
  private final boolean classification;
  private final DataType labelType;
  private final ScoringOptions options;

  DetailedPrediction(boolean classification, DataType labelType, ScoringOptions options) {
    this.classification = classification;
    this.labelType = labelType;
    this.options = options;
  }

  StructType type() {
    StructType type =
        classification
            ? new StructType()
                .add("label", labelType, true)
                .add("probabilities", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType), true)
            : new StructType().add("value", DataTypes.DoubleType, true);
    if (options.contributions()) {
      type = type.add("contributions", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType), true);
    }
    if (options.leafNodeAssignments()) {
      type = type.add("leafNodeAssignments", DataTypes.createArrayType(DataTypes.StringType), true);
    }
    return type;
  }

  /** The struct's value for one prediction; {@code label} is the prediction column's value. */
  Row of(AbstractPrediction prediction, Object label, String[] domain, String[] contributionNames) {
    List<Object> values = new ArrayList<>();
    float[] contributions = null;
    String[] leaves = null;
    if (prediction instanceof RegressionModelPrediction regression) {
      values.add(regression.value);
      contributions = regression.contributions;
      leaves = regression.leafNodeAssignments;
    } else if (prediction instanceof BinomialModelPrediction binomial) {
      values.add(label);
      values.add(byName(domain, binomial.classProbabilities));
      contributions = binomial.contributions;
      leaves = binomial.leafNodeAssignments;
    } else if (prediction instanceof MultinomialModelPrediction multinomial) {
      values.add(label);
      values.add(byName(domain, multinomial.classProbabilities));
      leaves = multinomial.leafNodeAssignments;
    }
    if (options.contributions()) {
      double[] widened = null;
      if (contributions != null) {
        widened = new double[contributions.length];
        for (int i = 0; i < contributions.length; i++) {
          widened[i] = contributions[i];
        }
      }
      values.add(byName(contributionNames, widened));
    }
    if (options.leafNodeAssignments()) {
      values.add(leaves == null ? null : scala.Predef.wrapRefArray(leaves).toSeq());
    }
    return RowFactory.create(values.toArray());
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
