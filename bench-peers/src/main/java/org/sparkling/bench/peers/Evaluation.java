package org.sparkling.bench.peers;

import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.evaluation.BinaryClassificationEvaluator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** How every contender's model is judged, the same way in every JVM. */
public final class Evaluation {
  /** The column every contender's model writes the class probabilities to, the positive class second. */
  public static final String PROBABILITY = "probability";

  private Evaluation() {}

  /** The area under the ROC curve of {@code model} on {@code test}: Spark's evaluator on the positive class's probability. */
  public static double auc(Transformer model, Dataset<Row> test) {
    return new BinaryClassificationEvaluator()
        .setLabelCol(FlightFeatures.LABEL)
        .setRawPredictionCol(PROBABILITY)
        .setMetricName("areaUnderROC")
        .evaluate(model.transform(test));
  }

  /**
   * Scores every row of {@code data} with {@code model} and discards the result (Spark's {@code noop} sink writes every
   * column, so every prediction is computed); returns the seconds it took.
   */
  public static double scoringSeconds(Transformer model, Dataset<Row> data) {
    long started = System.nanoTime();
    model.transform(data).write().format("noop").mode("overwrite").save();
    return (System.nanoTime() - started) / 1e9;
  }
}
