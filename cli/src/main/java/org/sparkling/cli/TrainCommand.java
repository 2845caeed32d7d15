package org.sparkling.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sparkling.H2OContext;
import org.sparkling.ml.H2OMOJOModel;
import org.sparkling.ml.H2OSupervisedEstimator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Trains a model on a data file and writes its MOJO. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = {
      "Trains a model on a CSV, Parquet, JSON or ORC file with H2O and writes its MOJO zip,",
      "which `sparkling score` and H2OMOJOModel.createFromMojo load. Prints the training metrics;",
      "--plots draws the model's plots as PNG files."
    },
    footer = ExitCodes.HELP)
final class TrainCommand implements Callable<Integer> {
  /** The metrics printed when the model has them, in this order. */
  static final List<String> SUMMARY_METRICS = List.of("AUC", "logloss", "mean_per_class_error", "RMSE", "r2", "mae");

  @Option(names = "--data", required = true, paramLabel = "PATH", description = "training data file or folder")
  Path data;

  @Option(names = "--label", required = true, paramLabel = "COL", description = "the column to predict")
  String label;

  @Option(names = "--algo", paramLabel = "ALGO",
      description = "gbm, drf, xgboost, glm, deeplearning or automl, with H2O's defaults (default: gbm)")
  Algorithm algorithm = Algorithm.GBM;

  @Option(names = "--max-models", paramLabel = "N", description = "the most models automl trains (default: ${DEFAULT-VALUE})")
  int maxModels = Algorithm.MAX_MODELS_DEFAULT;

  @Option(names = "--features", split = ",", paramLabel = "COL",
      description = "the columns to learn from, comma-separated (default: all but the label)")
  List<String> features;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "csv, parquet, json or orc (default: from the file extension)")
  DataFormat format;

  @Option(names = "--seed", description = "seed of the algorithm (default: ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--plots", paramLabel = "DIR", description = {
      "write the plots that fit the model as PNG files into DIR (created if missing): roc.png, confusion-matrix.png,",
      "variable-importance.png, residuals.png (on the training data), leaderboard.png (automl)"})
  Path plots;

  @Mixin RunOptions run;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "the MOJO zip to write, e.g. model.zip")
  Path out;

  private final PrintStream stdout = System.out;

  @Override
  public Integer call() {
    DataFormat dataFormat = DataFormat.of(format, DataFormat.existing(data, "--data"), "--format", null);
    Path folder = out.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new CommandFailure("No such folder: " + folder + " (--out); create it or write the MOJO elsewhere");
    }
    TrainingPlots plotter = plots == null ? null : TrainingPlots.in(plots);
    H2OSupervisedEstimator<?> estimator = algorithm.estimator(maxModels);
    SparkSession spark = LocalSpark.start(run.master, "sparkling-train");
    Dataset<Row> frame = dataFormat.read(spark, data);
    Columns.require(frame, List.of(label), "label", "--label");
    estimator.setLabelCol(label).setSeed(seed);
    if (features != null) {
      Columns.require(frame, features, "feature", "--features");
      estimator.setFeaturesCols(features.toArray(String[]::new));
    }
    H2OContext.getOrCreate(spark);
    H2OMOJOModel model = estimator.fit(frame);
    model.saveMojo(out);
    stdout.printf("Trained %s (%s) on %,d rows; MOJO written to %s%n",
        algorithm.name().toLowerCase(Locale.ROOT), model.modelCategory(), frame.count(), out);
    printMetrics(model.trainingMetrics());
    if (plotter != null) {
      List<Path> written = plotter.write(model, estimator, frame, label);
      stdout.println("Plots:");
      written.forEach(png -> stdout.println("  " + png));
    }
    return ExitCodes.SUCCESS;
  }

  private void printMetrics(Map<String, Double> metrics) {
    stdout.println("Training metrics:");
    SUMMARY_METRICS.stream()
        .filter(metrics::containsKey)
        .forEach(name -> stdout.printf("  %-22s %.6f%n", name, metrics.get(name)));
  }
}
