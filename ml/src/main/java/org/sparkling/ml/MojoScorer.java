package org.sparkling.ml;

import hex.genmodel.MojoModel;
import hex.genmodel.easy.EasyPredictModelWrapper;
import hex.genmodel.easy.RowData;
import hex.genmodel.easy.exception.PredictException;
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

/** Scores the rows of one partition with the MOJO, in the executor: the input columns, then the prediction columns. */
final class MojoScorer implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private final String fingerprint;
  private final Broadcast<byte[]> mojo;
  private final String[] features;
  private final int[] featureIndices;
  private final FeatureValues values;
  private final boolean booleanLabel;

  MojoScorer(String fingerprint, Broadcast<byte[]> mojo, String[] features, int[] featureIndices, FeatureValues values,
      boolean booleanLabel) {
    this.fingerprint = fingerprint;
    this.mojo = mojo;
    this.features = features;
    this.featureIndices = featureIndices;
    this.values = values;
    this.booleanLabel = booleanLabel;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    MojoModel model = Mojos.get(fingerprint, mojo.value());
    EasyPredictModelWrapper wrapper =
        new EasyPredictModelWrapper(
            new EasyPredictModelWrapper.Config()
                .setModel(model)
                .setConvertUnknownCategoricalLevelsToNa(true)
                .setConvertInvalidNumbersToNa(true));
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return score(wrapper, rows.next());
      }
    };
  }

  private Row score(EasyPredictModelWrapper wrapper, Row row) {
    RowData data = new RowData();
    for (int i = 0; i < features.length; i++) {
      Object value = row.get(featureIndices[i]);
      if (value != null) {
        data.put(features[i], values.of(value));
      }
    }
    AbstractPrediction prediction;
    try {
      prediction = wrapper.predict(data);
    } catch (PredictException e) {
      throw new IllegalArgumentException("The MOJO could not score row " + row + ": " + e.getMessage(), e);
    }
    Object[] out = new Object[row.length() + (prediction instanceof RegressionModelPrediction ? 1 : 2)];
    for (int i = 0; i < row.length(); i++) {
      out[i] = row.get(i);
    }
    if (prediction instanceof RegressionModelPrediction regression) {
      out[row.length()] = regression.value;
    } else if (prediction instanceof BinomialModelPrediction binomial) {
      out[row.length()] = label(binomial.label);
      out[row.length() + 1] = Vectors.dense(binomial.classProbabilities);
    } else if (prediction instanceof MultinomialModelPrediction multinomial) {
      out[row.length()] = label(multinomial.label);
      out[row.length() + 1] = Vectors.dense(multinomial.classProbabilities);
    } else {
      throw new UnsupportedOperationException(
          "Scoring " + prediction.getClass().getSimpleName() + " models is not supported yet");
    }
    return RowFactory.create(out);
  }

  private Object label(String label) {
    return booleanLabel ? (Object) "True".equals(label) : label;
  }
}
