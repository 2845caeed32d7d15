package org.sparkling.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.sparkling.ml.H2OAutoML;
import org.sparkling.ml.H2OMOJOModel;
import org.sparkling.ml.H2OSupervisedEstimator;

/**
 * The plots of {@code sparkling train --plots DIR}: those that fit the model, as PNG files in DIR. A binomial model gets a
 * ROC curve, a classifier a confusion matrix, a regression its residuals on the training data, a model with variable
 * importances (not GLM, not a stacked ensemble) their chart, and AutoML its leaderboard.
 */
final class TrainingPlots {
  private final Path folder;

  private TrainingPlots(Path folder) {
    this.folder = folder;
  }

  /** The folder of the plots, created now, before Spark starts, so that a path that cannot be one fails at once. */
  static TrainingPlots in(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      String reason = e instanceof FileSystemException failure && failure.getReason() != null
          ? failure.getReason()
          : e instanceof FileAlreadyExistsException ? "a file of that name exists" : e.toString();
      throw new CommandFailure(
          "Cannot create the folder " + folder + " (--plots): " + reason + "; pass a folder you can write to");
    }
    return new TrainingPlots(folder);
  }

  /** Writes the plots of the model trained by the estimator on the data; returns the files written. */
  List<Path> write(H2OMOJOModel model, H2OSupervisedEstimator<?> estimator, Dataset<Row> training, String label) {
    List<Path> written = new ArrayList<>();
    String category = model.modelCategory();
    if (category.equals("Binomial")) {
      model.plotRoc(add(written, "roc.png"));
    }
    if (category.equals("Binomial") || category.equals("Multinomial")) {
      model.plotConfusionMatrix(add(written, "confusion-matrix.png"));
    }
    if (category.equals("Regression")) {
      model.plotResiduals(add(written, "residuals.png"), model.transform(training), label);
    }
    if (!model.variableImportances().isEmpty()) {
      model.plotVariableImportance(add(written, "variable-importance.png"));
    }
    if (estimator instanceof H2OAutoML automl) {
      automl.plotLeaderboard(add(written, "leaderboard.png"));
    }
    return written;
  }

  private Path add(List<Path> written, String name) {
    Path png = folder.resolve(name);
    written.add(png);
    return png;
  }
}
