package org.sparkling.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.dayofweek;
import static org.apache.spark.sql.functions.hour;
import static org.apache.spark.sql.functions.month;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.ml.evaluation.BinaryClassificationEvaluator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sparkling.H2OContext;
import org.sparkling.H2OFrame;
import org.sparkling.ml.H2OGBM;
import org.sparkling.ml.H2OMOJOModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The main job, end to end on one machine: real flights in Spark, to H2O, a GBM trained on H2O, scored back in Spark with
 * its MOJO, with the time of every step.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Predicts late flights (delay > 15 min) from data/flights-100k.parquet: derives features in Spark, converts them",
      "to H2O, trains a GBM, scores a held-out split in Spark with the MOJO, and prints the test AUC and step times."
    })
final class DemoCommand implements Callable<Integer> {
  static final String[] FEATURES = {"distance", "hour", "day_of_week", "month", "origin", "destination"};

  @Option(names = "--data", description = "Parquet file of flights (default: ${DEFAULT-VALUE})")
  Path data = Path.of(System.getenv().getOrDefault("SPARKLING_HOME", ".")).resolve("data/flights-100k.parquet");

  @Option(names = "--master", description = "Spark master (default: ${DEFAULT-VALUE})")
  String master = "local[*]";

  @Option(names = "--ntrees", description = "trees (default: ${DEFAULT-VALUE})")
  int ntrees = 50;

  @Option(names = "--max-depth", description = "tree depth (default: ${DEFAULT-VALUE})")
  int maxDepth = 6;

  @Option(names = "--learn-rate", description = "learning rate (default: ${DEFAULT-VALUE})")
  double learnRate = 0.1;

  @Option(names = "--seed", description = "seed of the split and of the GBM (default: ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--keep-running", description = "keep H2O (and Flow) running after the demo until Ctrl-C")
  boolean keepRunning;

  private final PrintStream out = System.out;

  @Override
  public Integer call() throws InterruptedException {
    if (!Files.isRegularFile(data)) {
      System.err.println(
          "No flights data at " + data.toAbsolutePath() + "; run from the repository root (./sparkling demo) or pass --data FILE");
      return ExitCodes.FAILURE;
    }
    StepTimer steps = new StepTimer(out);
    SparkSession spark =
        steps.time("start Spark (" + master + ")", () ->
            LocalSpark.start(master, "sparkling-demo"));
    try {
      H2OContext hc = steps.time("start H2O (H2OContext.getOrCreate)", () -> H2OContext.getOrCreate(spark));
      Dataset<Row> flights = steps.time("load flights and derive features in Spark", () -> features(spark).cache());
      long rows = flights.count();
      H2OFrame frame = steps.time("convert to H2O (asH2OFrame)", () -> hc.asH2OFrame(flights, "flights"));
      Dataset<Row>[] split = flights.randomSplit(new double[] {0.8, 0.2}, seed);
      H2OMOJOModel model =
          steps.time("train GBM on H2O (H2OGBM.fit, converting the training split)", () ->
              new H2OGBM()
                  .setLabelCol("late")
                  .setFeaturesCols(FEATURES)
                  .setNtrees(ntrees)
                  .setMaxDepth(maxDepth)
                  .setLearnRate(learnRate)
                  // Airports seen only in the test split score as missing values rather than stopping the demo.
                  .setConvertUnknownCategoricalLevelsToNa(true)
                  .setSeed(seed)
                  .fit(split[0]));
      Dataset<Row> scored = model.transform(split[1]).withColumn("label", col("late").cast("double")).cache();
      long scoredRows = steps.time("score the test split in Spark with the MOJO", scored::count);
      double auc =
          steps.time("compute the test AUC in Spark", () ->
              new BinaryClassificationEvaluator()
                  .setLabelCol("label")
                  .setRawPredictionCol("probability")
                  .evaluate(scored));

      out.println();
      out.println(hc);
      out.println(frame.summary());
      out.printf("Flights: %,d rows (%s); GBM: %d trees, depth %d, learning rate %s, features %s%n",
          rows, data.getFileName(), ntrees, maxDepth, learnRate, String.join(", ", FEATURES));
      out.printf("Test AUC: %.4f on %,d held-out flights%n", auc, scoredRows);
      out.println(steps.table());
      out.println("Flow UI: " + hc.flowURL());
      if (keepRunning) {
        out.println("H2O keeps running; press Ctrl-C to stop.");
        Thread.currentThread().join();
      }
      return 0;
    } finally {
      spark.stop();
    }
  }

  private Dataset<Row> features(SparkSession spark) {
    return spark.read().parquet(data.toString())
        .withColumn("hour", hour(col("date")))
        .withColumn("day_of_week", dayofweek(col("date")))
        .withColumn("month", month(col("date")))
        .withColumn("late", col("delay").gt(15))
        .select("late", FEATURES);
  }
}
