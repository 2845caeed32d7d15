package org.sparkling.bench.peers;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.GBTClassifier;
import org.apache.spark.ml.feature.StringIndexer;
import org.apache.spark.ml.feature.VectorAssembler;

/**
 * Spark MLlib's {@code GBTClassifier} on the flight features: the airports indexed ({@code StringIndexer}, so that the
 * trees treat them as categoricals) and every feature assembled into one vector.
 */
public final class MllibGbt {
  /** Enough bins for every airport of the flights data (about 230), so that none is merged with another. */
  public static final int MAX_BINS = 256;

  private MllibGbt() {}

  public static Pipeline pipeline(TreeSettings settings) {
    List<PipelineStage> stages = new ArrayList<>(indexers());
    stages.add(new VectorAssembler().setInputCols(indexedFeatures()).setOutputCol("features"));
    stages.add(new GBTClassifier()
        .setLabelCol(FlightFeatures.LABEL)
        .setFeaturesCol("features")
        .setMaxIter(settings.trees())
        .setMaxDepth(settings.maxDepth())
        .setStepSize(settings.learnRate())
        .setMaxBins(MAX_BINS)
        .setSeed(settings.seed()));
    return new Pipeline().setStages(stages.toArray(PipelineStage[]::new));
  }

  public static String describe(TreeSettings settings) {
    return "`Pipeline(StringIndexer(origin, destination; handleInvalid keep), VectorAssembler, GBTClassifier(maxIter "
        + settings.trees() + ", maxDepth " + settings.maxDepth() + ", stepSize " + settings.learnRate() + ", maxBins "
        + MAX_BINS + ", seed " + settings.seed() + ")).fit(train)`";
  }

  /** One {@code StringIndexer} per airport column; airports seen only in the test rows get an index of their own. */
  static List<StringIndexer> indexers() {
    List<StringIndexer> indexers = new ArrayList<>();
    for (String column : FlightFeatures.CATEGORICAL) {
      indexers.add(new StringIndexer().setInputCol(column).setOutputCol(indexed(column)).setHandleInvalid("keep"));
    }
    return indexers;
  }

  /** The numeric features, then the indexed airports. */
  static String[] indexedFeatures() {
    List<String> columns = new ArrayList<>(FlightFeatures.NUMERIC);
    FlightFeatures.CATEGORICAL.forEach(column -> columns.add(indexed(column)));
    return columns.toArray(String[]::new);
  }

  private static String indexed(String column) {
    return column + "_index";
  }
}
