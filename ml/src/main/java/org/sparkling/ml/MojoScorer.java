package org.sparkling.ml;

import hex.genmodel.MojoModel;
import hex.genmodel.easy.EasyPredictModelWrapper;
import hex.genmodel.easy.RowData;
import hex.genmodel.easy.exception.PredictException;
import hex.genmodel.easy.exception.PredictNumberFormatException;
import hex.genmodel.easy.exception.PredictUnknownCategoricalLevelException;
import hex.genmodel.easy.prediction.AbstractPrediction;
import hex.genmodel.easy.prediction.BinomialModelPrediction;
import hex.genmodel.easy.prediction.MultinomialModelPrediction;
import hex.genmodel.easy.prediction.RegressionModelPrediction;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Scores the rows of one partition with the MOJO, in the executor: the input columns, then the prediction columns, then
 * (if asked for) the detailed prediction. The MOJO is loaded once per executor JVM ({@link Mojos}).
 */
final class MojoScorer implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private final String fingerprint;
  private final Broadcast<byte[]> mojo;
  private final String[] features;
  private final int[] featureIndices;
  private final FeatureValues values;
  private final boolean booleanLabel;
  private final ScoringOptions options;
  private final DetailedPrediction detailed;

  MojoScorer(String fingerprint, Broadcast<byte[]> mojo, String[] features, int[] featureIndices, FeatureValues values,
      boolean booleanLabel, ScoringOptions options, DetailedPrediction detailed) {
    this.fingerprint = fingerprint;
    this.mojo = mojo;
    this.features = features;
    this.featureIndices = featureIndices;
    this.values = values;
    this.booleanLabel = booleanLabel;
    this.options = options;
    this.detailed = detailed;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    MojoModel model = Mojos.get(fingerprint, mojo.value());
    EasyPredictModelWrapper wrapper = options.wrapper(model);
    String[] domain = model.getDomainValues(model.getResponseIdx());
    String[] contributionNames = options.contributions() ? wrapper.getContributionNames() : null;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return score(wrapper, rows.next(), domain, contributionNames);
      }
    };
  }

  private Row score(EasyPredictModelWrapper wrapper, Row row, String[] domain, String[] contributionNames) {
    RowData data = new RowData();
    for (int i = 0; i < features.length; i++) {
      Object value = row.get(featureIndices[i]);
      if (value != null) {
        data.put(features[i], values.of(value));
      }
    }
    AbstractPrediction prediction = predict(wrapper, data);
    int extra = (prediction instanceof RegressionModelPrediction ? 1 : 2) + (options.detailed() ? 1 : 0);
    Object[] out = new Object[row.length() + extra];
    for (int i = 0; i < row.length(); i++) {
      out[i] = row.get(i);
    }
    int at = row.length();
    Object label;
    if (prediction instanceof RegressionModelPrediction regression) {
      label = regression.value;
      out[at++] = label;
    } else if (prediction instanceof BinomialModelPrediction binomial) {
      label = label(binomial.label);
      out[at++] = label;
      out[at++] = Vectors.dense(binomial.classProbabilities);
    } else if (prediction instanceof MultinomialModelPrediction multinomial) {
      label = label(multinomial.label);
      out[at++] = label;
      out[at++] = Vectors.dense(multinomial.classProbabilities);
    } else {
      throw new UnsupportedOperationException(
          "Scoring " + prediction.getClass().getSimpleName() + " models is not supported yet");
    }
    if (options.detailed()) {
      out[at] = detailed.of(prediction, label, domain, contributionNames);
    }
    return RowFactory.create(out);
  }

  private static AbstractPrediction predict(EasyPredictModelWrapper wrapper, RowData data) {
    try {
      return wrapper.predict(data);
    } catch (PredictUnknownCategoricalLevelException e) {
      throw new IllegalArgumentException(
          "Column '" + e.getColumnName() + "' has the level '" + e.getUnknownLevel() + "' that the model never saw in "
              + "training; set convertUnknownCategoricalLevelsToNa to true to score such values as missing",
          e);
    } catch (PredictNumberFormatException e) {
      throw new IllegalArgumentException(
          e.getMessage() + "; set convertInvalidNumbersToNa to true to score such values as missing", e);
    } catch (PredictException e) {
      throw new IllegalArgumentException("The MOJO could not score the row " + data + ": " + e.getMessage(), e);
    }
  }

  private Object label(String label) {
    return booleanLabel ? (Object) "True".equals(label) : label;
  }
}
