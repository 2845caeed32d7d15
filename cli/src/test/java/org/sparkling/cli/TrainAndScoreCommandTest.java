package org.sparkling.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sparkling.ml.H2OMOJOModel;

/** {@code sparkling train} and {@code score} on real files; one Spark and one H2O for the class, one model trained once. */
class TrainAndScoreCommandTest {
  static final int ROWS = 300;

  @TempDir static Path folder;
  static Path csv;
  static Path model;
  static CommandRun training;

  @BeforeAll
  static void trainOnce() throws IOException {
    csv = writeCsv(folder.resolve("train.csv"));
    model = folder.resolve("model.zip");
    training = CommandRun.of("train", "--data", csv.toString(), "--label", "label", "--out", model.toString(),
        "--plots", folder.resolve("plots").toString());
  }

  @Test
  void trainsAGbmOnCsvAndWritesALoadableMojo() {
    assertThat(training.exitCode()).as(training.toString()).isZero();
    assertThat(model).isRegularFile();
    H2OMOJOModel loaded = H2OMOJOModel.createFromMojo(model);
    assertThat(loaded.modelCategory()).isEqualTo("Binomial");
    assertThat(loaded.getFeaturesCols()).containsExactlyInAnyOrder("x", "y", "color");
    assertThat(training.out()).contains("Trained gbm (Binomial) on 300 rows").contains("AUC").contains("logloss");
  }

  @Test
  void drawsTheRocCurveConfusionMatrixAndVariableImportanceOfAClassifier() throws IOException {
    Path plots = folder.resolve("plots");

    assertThat(training.exitCode()).as(training.toString()).isZero();
    for (String name : List.of("roc.png", "confusion-matrix.png", "variable-importance.png")) {
      assertPng(plots.resolve(name));
      assertThat(training.out()).contains("  " + plots.resolve(name));
    }
    assertThat(plots.resolve("residuals.png")).doesNotExist();
    assertThat(plots.resolve("leaderboard.png")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"drf", "xgboost", "glm", "deeplearning", "automl"})
  void trainsEveryAlgorithm(String algorithm) throws IOException {
    Path mojo = folder.resolve(algorithm + ".zip");
    Path plots = folder.resolve("plots-" + algorithm);

    // --max-models only limits automl: one model keeps its test fast.
    CommandRun run = CommandRun.of("train", "--data", csv.toString(), "--label", "label", "--algo", algorithm,
        "--max-models", "1", "--out", mojo.toString(), "--plots", plots.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    H2OMOJOModel trained = H2OMOJOModel.createFromMojo(mojo);
    assertThat(trained.modelCategory()).isEqualTo("Binomial");
    assertThat(run.out()).contains("Trained " + algorithm).contains("AUC");
    assertPng(plots.resolve("roc.png"));
    assertThat(plots.resolve("variable-importance.png").toFile().exists())
        .isEqualTo(!trained.variableImportances().isEmpty());
    if (algorithm.equals("automl")) {
      assertPng(plots.resolve("leaderboard.png"));
      assertThat(run.out()).contains("  " + plots.resolve("leaderboard.png"));
    } else {
      assertThat(plots.resolve("leaderboard.png")).doesNotExist();
    }
  }

  @Test
  void explainsAPlotsFolderThatCannotBeCreatedBeforeTraining() {
    CommandRun run = CommandRun.of("train", "--data", csv.toString(), "--label", "label", "--out",
        folder.resolve("none.zip").toString(), "--plots", csv.resolve("plots").toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err().lines().count()).isEqualTo(1);
    assertThat(run.err()).startsWith("Cannot create the folder " + csv.resolve("plots") + " (--plots)")
        .contains("pass a folder you can write to");
    assertThat(run.out()).doesNotContain("Trained");
  }

  @ParameterizedTest
  @CsvSource({"json, orc, gbm", "orc, json, glm"})
  void trainsOnJsonOrOrcAndScoresTheOther(String trainFormat, String scoreFormat, String algorithm) {
    SparkSession spark = LocalSpark.start("local[2]", "test");
    Dataset<Row> data = spark.read().option("header", "true").option("inferSchema", "true").csv(csv.toString());
    Path train = folder.resolve("train." + trainFormat);
    Path score = folder.resolve("score." + scoreFormat);
    data.write().mode("overwrite").format(trainFormat).save(train.toString());
    data.write().mode("overwrite").format(scoreFormat).save(score.toString());
    Path mojo = folder.resolve("from-" + trainFormat + ".zip");
    Path out = folder.resolve("scores-of-" + scoreFormat + "." + trainFormat);

    CommandRun trained = CommandRun.of(
        "train", "--data", train.toString(), "--label", "label", "--algo", algorithm, "--out", mojo.toString());
    CommandRun scored = CommandRun.of("score", "--model", mojo.toString(), "--data", score.toString(), "--out", out.toString());

    assertThat(trained.exitCode()).as(trained.toString()).isZero();
    assertThat(trained.out()).contains("Trained " + algorithm + " (Binomial) on 300 rows");
    assertThat(H2OMOJOModel.createFromMojo(mojo).getFeaturesCols()).containsExactlyInAnyOrder("x", "y", "color");
    assertThat(scored.exitCode()).as(scored.toString()).isZero();
    assertThat(scored.out()).contains("Scored 300 rows").contains("(" + trainFormat + ")");
    Dataset<Row> scores = spark.read().format(trainFormat).load(out.toString());
    assertThat(scores.count()).isEqualTo(ROWS);
    assertThat(scores.columns()).contains("x", "color", "prediction", "probability");
  }

  @Test
  void trainsARegressionOnANumericLabelAndPrintsItsRmseAndDrawsItsResiduals() throws IOException {
    Path mojo = folder.resolve("regression.zip");

    Path plots = folder.resolve("plots-regression");

    CommandRun run = CommandRun.of("train", "--data", csv.toString(), "--label", "y", "--features", "x,color",
        "--algo", "glm", "--out", mojo.toString(), "--plots", plots.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Trained glm (Regression)").contains("RMSE").doesNotContain("AUC");
    assertPng(plots.resolve("residuals.png"));
    assertThat(plots.resolve("roc.png")).doesNotExist();
    assertThat(plots.resolve("confusion-matrix.png")).doesNotExist();
  }

  @Test
  void scoresAnUnseenCategoricalLevelAsMissingUnlessTold() throws IOException {
    Path unseen = Files.write(folder.resolve("unseen.csv"), List.of("x,y,color,label", "0.5,0.9,purple,yes", "0.1,0.2,red,no"));

    CommandRun lenient = CommandRun.of(
        "score", "--model", model.toString(), "--data", unseen.toString(), "--out", folder.resolve("lenient").toString());
    CommandRun strict = CommandRun.of("score", "--model", model.toString(), "--data", unseen.toString(),
        "--out", folder.resolve("strict").toString(), "--no-unknown-categoricals-as-na");

    assertThat(lenient.exitCode()).as(lenient.toString()).isZero();
    assertThat(strict.exitCode()).as(strict.toString()).isEqualTo(1);
    assertThat(strict.err().lines().count()).as(strict.toString()).isEqualTo(1);
    assertThat(strict.err()).contains("purple");
  }

  @Test
  void documentsTheExitCodesInTheHelp() {
    CommandRun run = CommandRun.of("train", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Exit codes: 0 success; 1 failure while running").contains("--algo");
  }

  @Test
  void scoresParquetAndWritesEveryRowWithItsPrediction() {
    SparkSession spark = LocalSpark.start("local[2]", "test");
    Path parquet = folder.resolve("score.parquet");
    spark.read().option("header", "true").option("inferSchema", "true").csv(csv.toString())
        .write().mode("overwrite").parquet(parquet.toString());
    Path out = folder.resolve("scores.parquet");

    CommandRun run = CommandRun.of("score", "--model", model.toString(), "--data", parquet.toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Dataset<Row> scores = spark.read().parquet(out.toString());
    assertThat(scores.count()).isEqualTo(ROWS);
    assertThat(scores.columns()).contains("x", "y", "color", "label", "prediction");
  }

  @Test
  void scoresToCsvWithOneProbabilityColumnPerClass() {
    Path out = folder.resolve("scores.csv");

    CommandRun run = CommandRun.of("score", "--model", model.toString(), "--data", csv.toString(), "--out", out.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    Dataset<Row> scores = LocalSpark.start("local[2]", "test").read().option("header", "true").csv(out.toString());
    assertThat(scores.count()).isEqualTo(ROWS);
    assertThat(scores.columns()).contains("prediction", "probability_no", "probability_yes");
  }

  @Test
  void namesAMissingLabelColumnAndListsTheAvailableOnes() {
    CommandRun run = CommandRun.of(
        "train", "--data", csv.toString(), "--label", "target", "--out", folder.resolve("none.zip").toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("'target'").contains("--label").contains("x, y, color, label").doesNotContain("\tat ");
  }

  @Test
  void printsTheStackTraceOfAFailureOnlyWithVerbose() {
    CommandRun run = CommandRun.of("train", "--data", csv.toString(), "--label", "label", "--features", "x,z",
        "--out", folder.resolve("none.zip").toString(), "--verbose");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).startsWith("No feature column 'z' in the data (--features)").contains("\tat ");
  }

  @Test
  void explainsAMissingOutputFolderBeforeTraining() {
    CommandRun run = CommandRun.of(
        "train", "--data", csv.toString(), "--label", "label", "--out", folder.resolve("no/such/model.zip").toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("No such folder: " + folder.resolve("no/such")).contains("(--out)");
  }

  @Test
  void explainsAMissingModelFile() {
    CommandRun run = CommandRun.of(
        "score", "--model", "no/such/model.zip", "--data", csv.toString(), "--out", folder.resolve("x.csv").toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err()).contains("No such file: no/such/model.zip (--model)");
  }

  @Test
  void explainsAMissingDataFile() {
    CommandRun run = CommandRun.of(
        "train", "--data", "no/such/data.csv", "--label", "label", "--out", folder.resolve("none.zip").toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.err().strip()).isEqualTo("No such file: no/such/data.csv (--data)");
  }

  @Test
  void rejectsAnUnknownOptionAsAUsageError() {
    CommandRun run = CommandRun.of("train", "--data", csv.toString(), "--label", "label", "--out", "m.zip", "--trees", "5");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--trees");
  }

  @Test
  void rejectsAnUnknownAlgorithmAsAUsageError() {
    CommandRun run = CommandRun.of("train", "--data", csv.toString(), "--label", "label", "--out", "m.zip", "--algo", "svm");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("svm");
  }

  @Test
  void printsTheVersions() {
    CommandRun run = CommandRun.of("version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("Sparkling Water").contains("Spark 4.").contains("H2O 3.44.0.1").contains("Java 17");
  }

  /** A PNG image of the size of every plot. */
  private static void assertPng(Path png) throws IOException {
    assertThat(png).isRegularFile();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image).as(png.toString()).isNotNull();
    assertThat(image.getWidth()).as(png.toString()).isEqualTo(800);
    assertThat(image.getHeight()).as(png.toString()).isEqualTo(600);
  }

  /** A label a model can learn: "yes" when x + y > 1, with some noise. */
  private static Path writeCsv(Path file) throws IOException {
    Random random = new Random(7);
    String[] colors = {"red", "green", "blue"};
    List<String> lines = new ArrayList<>(List.of("x,y,color,label"));
    for (int i = 0; i < ROWS; i++) {
      double x = random.nextDouble();
      double y = random.nextDouble();
      boolean yes = x + y + random.nextGaussian() * 0.1 > 1;
      lines.add(String.format(java.util.Locale.ROOT, "%.4f,%.4f,%s,%s", x, y, colors[i % 3], yes ? "yes" : "no"));
    }
    return Files.write(file, lines);
  }
}
