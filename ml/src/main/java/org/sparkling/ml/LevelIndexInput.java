package org.sparkling.ml;

import hex.genmodel.MojoModel;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * The MOJO's row straight from the Spark row: numbers copied, categorical levels looked up in the per-JVM
 * {@link CategoricalLevels}. Nested features fill the MOJO columns named after their parts. Columns the MOJO does not read
 * are skipped; MOJO columns without a feature stay missing.
 */
final class LevelIndexInput implements MojoInput {
  private final String[] names;
  private final int[] sparkIndices;
  private final int[] modelIndices;
  private final Map<String, Integer>[] levels;
  private final Map<String, Integer> modelColumns = new HashMap<>();
  private final CategoricalLevels categorical;
  private final FeatureColumns features;
  private final FeatureValues values;
  private final ScoringOptions options;

  @SuppressWarnings("unchecked")
  LevelIndexInput(MojoModel model, CategoricalLevels categorical, FeatureColumns features, ScoringOptions options) {
    this.names = features.names();
    this.sparkIndices = features.indices();
    this.features = features;
    this.categorical = categorical;
    this.values = features.values();
    this.options = options;
    String[] modelNames = model.getNames();
    for (int column = 0; column < Math.min(modelNames.length, model.nfeatures()); column++) {
      modelColumns.put(modelNames[column], column);
    }
    this.modelIndices = new int[names.length];
    this.levels = new Map[names.length];
    for (int i = 0; i < names.length; i++) {
      modelIndices[i] = modelColumns.getOrDefault(names[i], -1);
      levels[i] = modelIndices[i] < 0 ? null : categorical.of(modelIndices[i]);
    }
  }

  @Override
  public void fill(Row row, double[] raw) {
    Arrays.fill(raw, Double.NaN);
    for (int i = 0; i < names.length; i++) {
      Object value = modelIndices[i] < 0 ? null : row.get(sparkIndices[i]);
      if (value != null) {
        raw[modelIndices[i]] = levels[i] == null ? number(names[i], value) : level(names[i], levels[i], value);
      }
    }
    features.forEachNested(row, (name, value) -> {
      Integer column = modelColumns.get(name);
      if (column != null) {
        Map<String, Integer> known = categorical.of(column);
        raw[column] = known == null ? number(name, value) : level(name, known, value);
      }
    });
  }

  private double number(String column, Object value) {
    if (value instanceof Number number) {
      return number.doubleValue();
    }
    Object converted = values.of(value);
    if (converted instanceof Double number) {
      return number;
    }
    String text = ((String) converted).trim();
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      if (options.invalidNumbersToNa()) {
        return Double.NaN;
      }
      throw MojoInput.invalidNumber(
          "Unable to parse value: " + text + ", from column: " + column + ", as Double; " + e.getMessage(), e);
    }
  }

  private double level(String column, Map<String, Integer> known, Object value) {
    String level = value instanceof String text ? text : values.level(value);
    Integer index = known.get(level);
    if (index == null) {
      index = known.get(column + "." + level); // as h2o-genmodel's EnumEncoder also accepts
    }
    if (index != null) {
      return index;
    }
    if (options.unknownCategoricalLevelsToNa()) {
      return Double.NaN;
    }
    throw MojoInput.unknownLevel(column, level, null);
  }
}
