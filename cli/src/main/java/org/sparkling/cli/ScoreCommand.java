package org.sparkling.cli;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.col;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.sparkling.ml.H2OMOJOModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Scores a data file with a MOJO and writes the input columns with the predictions. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Scores a CSV, Parquet, JSON or ORC file with a MOJO zip (from `sparkling train` or H2O) in Spark and writes",
      "the input columns, the prediction and, for a classifier, the probabilities (one column per class in CSV)."
    },
    footer = ExitCodes.HELP)
final class ScoreCommand implements Callable<Integer> {
  @Option(names = "--model", required = true, paramLabel = "FILE", description = "the MOJO zip")
  Path model;

  @Option(names = "--data", required = true, paramLabel = "PATH", description = "the data to score, a file or folder")
  Path data;

  @Option(names = "--format", paramLabel = "FORMAT",
      description = "format of --data: csv, parquet, json or orc (default: from the file extension)")
  DataFormat format;

  @Option(names = "--out", required = true, paramLabel = "PATH", description = "the folder to write the scores to")
  Path out;

  @Option(names = "--out-format", paramLabel = "FORMAT",
      description = "format of --out: csv, parquet, json or orc (default: from the --out extension, else parquet)")
  DataFormat outFormat;

  @Option(names = "--no-unknown-categoricals-as-na", negatable = false,
      description = "fail on a categorical level the model has not seen, instead of scoring it as missing")
  boolean failOnUnknownCategoricals;

  @Mixin RunOptions run;

  private final PrintStream stdout = System.out;

  @Override
  public Integer call() {
    DataFormat input = DataFormat.of(format, DataFormat.existing(data, "--data"), "--format", null);
    DataFormat output = DataFormat.of(outFormat, out, "--out-format", DataFormat.PARQUET);
    if (!Files.isRegularFile(model)) {
      throw new CommandFailure("No such file: " + model + " (--model); pass the MOJO zip that `sparkling train` wrote");
    }
    H2OMOJOModel mojo =
        H2OMOJOModel.createFromMojo(model).setConvertUnknownCategoricalLevelsToNa(!failOnUnknownCategoricals);
    SparkSession spark = LocalSpark.start(run.master, "sparkling-score");
    Dataset<Row> frame = input.read(spark, data);
    Columns.require(frame, Arrays.asList(mojo.getFeaturesCols()), "feature", "--data");
    Dataset<Row> scored = mojo.transform(frame);
    if (output == DataFormat.CSV) {
      scored = withProbabilityColumns(scored, mojo);
    }
    output.write(scored, out);
    stdout.printf("Scored %,d rows of %s with %s; written to %s (%s)%n",
        frame.count(), data, model.getFileName(), out, output.name().toLowerCase(java.util.Locale.ROOT));
    return ExitCodes.SUCCESS;
  }

  /** CSV cannot hold a vector: the probabilities become one double column per class, {@code probability_<class>}. */
  private static Dataset<Row> withProbabilityColumns(Dataset<Row> scored, H2OMOJOModel mojo) {
    String vector = mojo.getProbabilityCol();
    if (!Arrays.asList(scored.columns()).contains(vector)) {
      return scored;
    }
    List<Column> columns = new ArrayList<>();
    for (String name : scored.columns()) {
      if (!name.equals(vector)) {
        columns.add(col(name));
      }
    }
    List<String> classes = mojo.responseDomain();
    for (int i = 0; i < classes.size(); i++) {
      columns.add(vector_to_array(col(vector), "float64").getItem(i).as(vector + "_" + classes.get(i)));
    }
    return scored.select(columns.toArray(Column[]::new));
  }
}
