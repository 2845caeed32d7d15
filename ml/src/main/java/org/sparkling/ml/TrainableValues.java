package org.sparkling.ml;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sparkling.client.FrameDescription;
import org.sparkling.client.H2OJobFailedException;

/**
 * Feature values some H2O algorithms cannot train on, found in the training frame's column statistics (no extra pass over
 * the data) so that the user gets a clear error instead of an internal one from inside H2O's job (ConversionFuzzIT). Each
 * limit applies only to the algorithms that fail on it in real fits:
 * <ul>
 *   <li>±Infinity: GLM, Deep Learning, K-Means and XGBoost always fail on it (their standardisation or XGBoost's native
 *       input check), so the fit is refused up front. The tree algorithms (GBM, DRF, Isolation Forest) and AutoML fail
 *       only when a split meets it, so their failure is explained after the fact.
 *   <li>A whole-number column holding one distinct value beyond the 32-bit range, besides nulls: GBM and DRF bin a
 *       whole-number column with fewer distinct values than {@code nbins} as Java {@code int}s, and H2O's check that the
 *       values fit ({@code max - min} of the saturated casts) passes when there is only one value. Their job fails with
 *       "... does not fit into int", unless the histogram type is one that does not bin by integers.
 * </ul>
 */
final class TrainableValues {
  private static final Set<String> ALWAYS_FAIL_ON_INFINITY = Set.of("glm", "deeplearning", "kmeans", "xgboost");
  private static final Set<String> BIN_WHOLE_NUMBERS_AS_INT = Set.of("gbm", "drf");
  /** H2O's histogram types that take the integer shortcut (DHistogram.useIntOpt); unset means AUTO. */
  private static final Set<String> INT_BINNING_HISTOGRAMS = Set.of("AUTO", "UniformAdaptive", "UniformRobust");
  /** The words the errors about infinities share; the fuzz test expects them. */
  static final String INFINITE = "infinite values";
  /** The words the error about a value beyond 32 bits has; the fuzz test expects them. */
  static final String BEYOND_INT = "beyond the 32-bit integer range";

  private TrainableValues() {}

  /**
   * Refuses, before the job starts, the feature values {@code algorithm} (H2O's name) always fails on.
   *
   * @param features the frame's feature columns, by H2O's names (nested parts spread: {@code s.a}, {@code v.0})
   * @param histogramType the {@code histogram_type} the model is trained with, or {@code null} for H2O's default
   */
  static void check(FrameDescription frame, List<String> features, String algorithm, Object histogramType) {
    List<FrameDescription.Column> columns = featureColumns(frame, features);
    if (ALWAYS_FAIL_ON_INFINITY.contains(algorithm)) {
      String infinite = infinities(columns);
      if (!infinite.isEmpty()) {
        throw new IllegalArgumentException("H2O's " + title(algorithm) + " cannot train on " + INFINITE + ": "
            + infinite + ". " + whatToDo(columns));
      }
    }
    boolean intBinning = histogramType == null || INT_BINNING_HISTOGRAMS.contains(String.valueOf(histogramType));
    if (BIN_WHOLE_NUMBERS_AS_INT.contains(algorithm) && intBinning) {
      for (FrameDescription.Column column : columns) {
        requireFitsInt(frame, column, algorithm);
      }
    }
  }

  /**
   * H2O's failed job explained when the features hold infinities, which the tree algorithms and AutoML fail on only
   * sometimes; otherwise the failure as it is.
   */
  static RuntimeException explain(H2OJobFailedException failure, FrameDescription frame, List<String> features,
      String algorithm) {
    List<FrameDescription.Column> columns = featureColumns(frame, features);
    String infinite = infinities(columns);
    if (infinite.isEmpty() || failure.job() == null || !"FAILED".equals(failure.job().status())) {
      return failure;
    }
    return new IllegalArgumentException("H2O's " + title(algorithm) + " failed on the " + INFINITE + " of the features: "
        + infinite + ". " + whatToDo(columns) + " H2O's error: "
        + failure.getMessage().lines().findFirst().orElse(""), failure);
  }

  /**
   * What to do. The example names the first column that holds infinities when that name can be written as it is (no dot,
   * no quote): a name with a dot may be a nested part ({@code s.a}, {@code v.0}), which no {@code withColumn} reaches.
   */
  private static String whatToDo(List<FrameDescription.Column> columns) {
    List<String> infinite = columns.stream().filter(column -> column.infinities() > 0).map(FrameDescription.Column::name)
        .toList();
    String example = infinite.stream().filter(name -> !name.matches(".*[.\"\\\\`].*")).findFirst()
        .map(name -> "\"" + name + "\"").orElse("c");
    String nested = infinite.stream().anyMatch(name -> name.contains("."))
        ? " A name like 's.a' or 'v.0' may be a field, element, map value or vector entry of the nested column 's' or "
            + "'v': replace the infinities inside that column."
        : "";
    return "Replace them with null (H2O treats null as missing), e.g. df.withColumn(" + example + ", when(col(" + example
        + ").isin(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY), null).otherwise(col(" + example + ")))"
        + (example.equals("c") ? " for each such column c" : "") + " or df.na().replace, clip them to finite values, "
        + "or leave the column out with setFeaturesCols." + nested;
  }

  private static void requireFitsInt(FrameDescription frame, FrameDescription.Column column, String algorithm) {
    boolean ordered = column.type().equals("numeric") || column.type().equals("time");
    boolean someMissing = column.naCount() > 0 && column.naCount() < frame.rows();
    double value = column.min();
    boolean beyondInt = value > Integer.MAX_VALUE || value < Integer.MIN_VALUE;
    if (ordered && column.integer() && someMissing && column.min() == column.max() && column.infinities() == 0
        && beyondInt) {
      String shown = column.type().equals("time")
          ? Instant.ofEpochMilli((long) value) + " (" + (long) value + " ms)"
          : String.valueOf((long) value);
      throw new IllegalArgumentException("Feature column '" + column.name() + "' holds a single whole number, " + shown
          + ", besides " + column.naCount() + " nulls in " + frame.rows() + " rows: it is " + BEYOND_INT + " ("
          + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + "). H2O's " + title(algorithm) + " bins a whole-number column with so few distinct values "
          + "as 32-bit integers, and its training would fail (\"does not fit into int\"). Leave the column out with "
          + "setFeaturesCols (one value besides nulls says little), fill its nulls with df.na().fill (a constant column"
          + " is ignored), or setHistogramType(\"QuantilesGlobal\").");
    }
  }

  private static List<FrameDescription.Column> featureColumns(FrameDescription frame, List<String> features) {
    return frame.columns().stream().filter(column -> features.contains(column.name())).toList();
  }

  /** "'x' (3 +Infinity, 1 -Infinity in 40 rows), 'v.2' (...)", or empty when no feature is infinite. */
  private static String infinities(List<FrameDescription.Column> columns) {
    List<String> found = new ArrayList<>();
    for (FrameDescription.Column column : columns) {
      if (column.infinities() > 0) {
        found.add("'" + column.name() + "' (" + column.positiveInfinities() + " +Infinity, "
            + column.negativeInfinities() + " -Infinity)");
      }
    }
    return String.join(", ", found);
  }

  private static String title(String algorithm) {
    return switch (algorithm) {
      case "gbm" -> "GBM";
      case "drf" -> "DRF";
      case "glm" -> "GLM";
      case "xgboost" -> "XGBoost";
      case "deeplearning" -> "Deep Learning";
      case "kmeans" -> "K-Means";
      case "isolationforest" -> "Isolation Forest";
      default -> algorithm;
    };
  }
}
