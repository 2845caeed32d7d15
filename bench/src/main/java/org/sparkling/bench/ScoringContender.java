package org.sparkling.bench;

import java.util.Map;
import org.apache.spark.ml.Transformer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sparkling.bench.peers.Evaluation;

/** A trained model's {@code transform} of every cached row, written to Spark's {@code noop} sink so every row is scored. */
final class ScoringContender implements Contender {
  private final String name;
  private final String definition;
  private final Transformer model;
  private final Dataset<Row> data;

  ScoringContender(String name, String definition, Transformer model, Dataset<Row> data) {
    this.name = name;
    this.definition = definition;
    this.model = model;
    this.data = data;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String definition() {
    return definition;
  }

  @Override
  public Map<String, Double> run() {
    Evaluation.scoringSeconds(model, data);
    return Map.of();
  }
}
