package org.sparkling.bench.peers;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import ml.dmlc.xgboost4j.scala.spark.XGBoostClassifier;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineStage;

/**
 * XGBoost4J-Spark's {@code XGBoostClassifier} on the flight features: the airports indexed as for MLlib and declared
 * categorical to XGBoost (feature type {@code c}), the {@code hist} tree method, one worker (a Spark task, one thread:
 * XGBoost4J-Spark allows no more threads than {@code spark.task.cpus}) per Spark core. Only for a JVM without H2O:
 * XGBoost4J-Spark and H2O's XGBoost share Java packages.
 */
final class XGBoostSpark {
  private XGBoostSpark() {}

  static Pipeline pipeline(TreeSettings settings, int workers) {
    XGBoostClassifier classifier = new XGBoostClassifier();
    classifier.setLabelCol(FlightFeatures.LABEL);
    classifier.setFeaturesCol(MllibGbt.indexedFeatures());
    classifier.setFeatureTypes(featureTypes());
    classifier.setNumRound(settings.trees());
    classifier.setMaxDepth(settings.maxDepth());
    classifier.setEta(settings.learnRate());
    classifier.setTreeMethod("hist");
    classifier.setNumWorkers(workers);
    classifier.setNthread(1);
    classifier.setSeed(settings.seed());
    classifier.setProbabilityCol(Evaluation.PROBABILITY);
    List<PipelineStage> stages = new ArrayList<>(MllibGbt.indexers());
    stages.add(classifier);
    return new Pipeline().setStages(stages.toArray(PipelineStage[]::new));
  }

  static String describe(TreeSettings settings, int workers) {
    return "`Pipeline(StringIndexer(origin, destination; handleInvalid keep), XGBoostClassifier(numRound "
        + settings.trees() + ", maxDepth " + settings.maxDepth() + ", eta " + settings.learnRate()
        + ", treeMethod hist, numWorkers " + workers + ", nthread 1, airports as feature type c, seed " + settings.seed()
        + ")).fit(train)`";
  }

  /** {@code q} (quantitative) for the numeric features, {@code c} (categorical) for the indexed airports. */
  private static String[] featureTypes() {
    List<String> types = new ArrayList<>();
    FlightFeatures.NUMERIC.forEach(column -> types.add("q"));
    FlightFeatures.CATEGORICAL.forEach(column -> types.add("c"));
    return types.toArray(String[]::new);
  }

  /** XGBoost4J-Spark's version, from its jar's Maven metadata. */
  static String version() {
    String resource = "/META-INF/maven/ml.dmlc/xgboost4j-spark_2.13/pom.properties";
    try (InputStream in = XGBoostClassifier.class.getResourceAsStream(resource)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
