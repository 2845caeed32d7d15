package org.sparkling.ml;

import java.awt.BasicStroke;
import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The plots of a trained model as PNG images, drawn from H2O's metrics and variable importances the model carries
 * ({@link ModelDetails}) or from data the model scored.
 */
final class ModelPlots {
  static final int WIDTH = 800;
  static final int HEIGHT = 600;
  /** Points in a residual plot: enough to see the shape, few enough to collect to the driver. */
  static final int RESIDUAL_POINTS = 5000;
  private static final String NO_DETAILS =
      "; the model carries no metrics from H2O: it was created from a MOJO without H2O's model details"
          + " (experimental/modelDetails.json, written by H2O 3.26 and newer) or loaded from a model saved without them."
          + " Train it with one of sparkling's H2O estimators, or export the MOJO from H2O 3.26 or newer";

  private final String category;
  private final ModelDetails details;

  ModelPlots(String category, ModelDetails details) {
    this.category = category;
    this.details = details;
  }

  /** The ROC curve on the training data, and on the validation data if the model has metrics on it. */
  void roc(Path png) {
    requireCategory("A ROC curve", "Binomial");
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).xAxisTitle("False positive rate")
        .yAxisTitle("True positive rate").build();
    List<String> aucs = new ArrayList<>();
    addRoc(chart, "training", details.trainingMetrics(), aucs);
    addRoc(chart, "validation", details.validationMetrics(), aucs);
    if (aucs.isEmpty()) {
      throw new IllegalStateException("Cannot plot a ROC curve: no thresholds_and_metric_scores" + NO_DETAILS);
    }
    XYSeries chance = chart.addSeries("chance", new double[] {0, 1}, new double[] {0, 1});
    chance.setMarker(SeriesMarkers.NONE);
    chance.setLineColor(Color.GRAY);
    chance.setLineStyle(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f}, 0f));
    chart.setTitle("ROC curve (" + String.join(", ", aucs) + ")");
    chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
    PngFile.write(chart, png);
  }

  private void addRoc(XYChart chart, String data, Map<String, Double> metrics, List<String> aucs) {
    TwoDimTable table = details.table(data + "_metrics", "thresholds_and_metric_scores");
    if (table.rows() == 0) {
      return;
    }
    double[] fpr = withEnds(table.numbers("fpr"));
    double[] tpr = withEnds(table.numbers("tpr"));
    String auc = String.format(Locale.ROOT, "%s AUC %.4f", data, metrics.getOrDefault("AUC", Double.NaN));
    chart.addSeries(auc, fpr, tpr).setMarker(SeriesMarkers.NONE);
    aucs.add(auc);
  }

  /** H2O's thresholds go from the highest down, so its rates rise; the curve starts at (0, 0) and ends at (1, 1). */
  private static double[] withEnds(double[] rates) {
    double[] curve = new double[rates.length + 2];
    System.arraycopy(rates, 0, curve, 1, rates.length);
    curve[curve.length - 1] = 1.0;
    return curve;
  }

  /** The {@value RankedBars#MOST_BARS} most important variables by H2O's scaled importance, the most important first. */
  void variableImportance(Path png) {
    List<ModelDetails.VariableImportance> importances = details.variableImportances();
    if (importances.isEmpty()) {
      throw new IllegalStateException("Cannot plot variable importances: the model has none (" + category
          + " model; a GLM keeps coefficients instead)" + (details.trainingMetrics().isEmpty() ? NO_DETAILS : ""));
    }
    new RankedBars("Variable importance", "Variable", "Scaled importance").write(png, "scaled importance",
        importances.stream().map(ModelDetails.VariableImportance::variable).toList(),
        importances.stream().map(ModelDetails.VariableImportance::scaledImportance).toList(), null);
  }

  /** H2O's confusion matrix on the validation data, or on the training data without validation, as a heat map. */
  void confusionMatrix(Path png) {
    requireCategory("A confusion matrix", "Binomial", "Multinomial");
    String data = "validation";
    TwoDimTable table = details.table("validation_metrics", "cm", "table");
    if (table.rows() == 0) {
      data = "training";
      table = details.table("training_metrics", "cm", "table");
    }
    if (table.rows() == 0) {
      throw new IllegalStateException("Cannot plot a confusion matrix: no confusion matrix" + NO_DETAILS);
    }
    // H2O's columns are the predicted classes, then Error and Rate; its rows the actual classes, then Totals.
    List<String> classes = table.columns().subList(0, table.columns().indexOf("Error"));
    List<Number[]> counts = new ArrayList<>();
    for (int actual = 0; actual < classes.size(); actual++) {
      for (int predicted = 0; predicted < classes.size(); predicted++) {
        counts.add(new Number[] {predicted, actual, table.number(actual, classes.get(predicted))});
      }
    }
    HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Confusion matrix (" + data + " data)").xAxisTitle("Predicted class").yAxisTitle("Actual class").build();
    chart.getStyler().setShowValue(true).setRangeColors(new Color[] {Color.WHITE, new Color(0x1f77b4)});
    chart.addSeries("count", classes, classes, counts);
    PngFile.write(chart, png);
  }

  /** Residuals (label - prediction) against the prediction, on at most {@value #RESIDUAL_POINTS} rows of scored data. */
  void residuals(Path png, Dataset<Row> scored, String predictionCol, String labelCol) {
    requireCategory("A residual plot", "Regression");
    List<String> columns = Arrays.asList(scored.columns());
    for (String column : List.of(predictionCol, labelCol)) {
      if (!columns.contains(column)) {
        throw new IllegalArgumentException("Cannot plot residuals: the scored data has no column " + column
            + " (it has " + columns + "); pass data transformed by this model and the name of its label column");
      }
    }
    List<Row> rows = scored.select(predictionCol, labelCol).na().drop().limit(RESIDUAL_POINTS).collectAsList();
    double[] predictions = new double[rows.size()];
    double[] residuals = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      predictions[i] = ((Number) rows.get(i).get(0)).doubleValue();
      residuals[i] = ((Number) rows.get(i).get(1)).doubleValue() - predictions[i];
    }
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title("Residuals (" + rows.size() + " rows)")
        .xAxisTitle("Prediction").yAxisTitle(labelCol + " - prediction").build();
    chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter).setLegendVisible(false)
        .setMarkerSize(4);
    chart.addSeries("residual", predictions, residuals);
    PngFile.write(chart, png);
  }

  private void requireCategory(String plot, String... categories) {
    if (!Arrays.asList(categories).contains(category)) {
      throw new IllegalStateException(plot + " needs a " + String.join(" or ", categories)
          + " model, but this model is a " + category + " model" + hint());
    }
  }

  private String hint() {
    return category.equals("Regression")
        ? "; plot its residuals with plotResiduals(png, model.transform(data), labelCol) instead"
        : "";
  }
}
