package org.sparkling.ml;

import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/**
 * A bar chart of a ranking (variables by importance, models by a metric), first bar first, the names slanted so that long
 * ones stay readable, at most {@value #MOST_BARS} bars.
 */
final class RankedBars {
  /** More bars would not be readable at {@link ModelPlots#WIDTH} pixels. */
  static final int MOST_BARS = 20;

  private final CategoryChart chart;

  RankedBars(String title, String xAxisTitle, String yAxisTitle) {
    chart = new CategoryChartBuilder().width(ModelPlots.WIDTH).height(ModelPlots.HEIGHT).title(title)
        .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
    chart.getStyler().setXAxisLabelRotation(45).setLegendVisible(false);
  }

  /** Writes the first {@value #MOST_BARS} bars; {@code values} are printed on the bars with {@code decimals} if set. */
  void write(Path png, String series, List<String> names, List<Double> values, String decimals) {
    int bars = Math.min(MOST_BARS, names.size());
    if (decimals != null) {
      chart.getStyler().setLabelsVisible(true).setLabelsRotation(90).setDecimalPattern(decimals);
    }
    chart.addSeries(series, names.subList(0, bars), values.subList(0, bars));
    PngFile.write(chart, png);
  }
}
