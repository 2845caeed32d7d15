package org.sparkling.ml;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * A leaderboard as a bar chart: the metric it is sorted by (H2O puts it right after {@code model_id}) for each model,
 * best first. The ending all model ids share ({@code _AutoML_1_20261207_84512}) goes to the title, so that the bars are
 * named by what tells the models apart.
 */
final class LeaderboardPlot {
  private LeaderboardPlot() {}

  static void write(ModelTable leaderboard, String title, Path png) {
    String metric = sortMetric(leaderboard);
    int metricColumn = leaderboard.schema().fieldIndex(metric);
    List<String> ids = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<String> allIds = leaderboard.modelIds();
    for (int i = 0; i < leaderboard.rows().size(); i++) {
      Row row = leaderboard.rows().get(i);
      if (!row.isNullAt(metricColumn)) {
        ids.add(allIds.get(i));
        values.add(row.getDouble(metricColumn));
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException("Cannot plot the leaderboard: no model has a " + metric + " value");
    }
    String shared = sharedEnding(ids);
    List<String> names = ids.stream().map(id -> id.substring(0, id.length() - shared.length())).toList();
    int shown = Math.min(RankedBars.MOST_BARS, ids.size());
    String heading = title + ": " + metric + ", best first" + (shown < ids.size() ? " (" + shown + " of " + ids.size()
        + " models)" : "") + (shared.isEmpty() ? "" : " (ids end in " + shared + ")");
    new RankedBars(heading, "Model", metric).write(png, metric, names, values, "0.0000");
  }

  /** The first numeric column: H2O's leaderboards lead with the sort metric. */
  private static String sortMetric(ModelTable leaderboard) {
    for (StructField field : leaderboard.schema().fields()) {
      if (field.dataType().equals(DataTypes.DoubleType)) {
        return field.name();
      }
    }
    throw new IllegalStateException("Cannot plot the leaderboard: it has no metric column (" + leaderboard.schema()
        .simpleString() + ")");
  }

  /** The longest ending, from an underscore on, that every id has and none is only made of; empty for one id. */
  static String sharedEnding(List<String> ids) {
    if (ids.size() < 2) {
      return "";
    }
    String first = ids.get(0);
    for (int start = first.indexOf('_'); start > 0; start = first.indexOf('_', start + 1)) {
      String ending = first.substring(start);
      if (ids.stream().allMatch(id -> id.endsWith(ending) && id.length() > ending.length())) {
        return ending;
      }
    }
    return "";
  }
}
