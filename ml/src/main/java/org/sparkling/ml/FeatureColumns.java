package org.sparkling.ml;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.function.BiConsumer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sparkling.convert.NestedValues;

/**
 * The feature columns a model scores from: the scalar ones by name and index in the DataFrame, the nested ones (structs,
 * arrays, maps, ML vectors) spread over the H2O columns the conversion made of them ({@link NestedValues}), and how their
 * values convert.
 */
record FeatureColumns(String[] names, int[] indices, Nested[] nested, FeatureValues values) implements Serializable {

  /** A struct, array, map or vector feature: its name, index in the DataFrame and type. */
  record Nested(String name, int index, DataType type) implements Serializable {}

  /** The feature columns {@code features} of {@code schema}. */
  static FeatureColumns of(StructType schema, String[] features, FeatureValues values) {
    List<String> names = new ArrayList<>();
    List<Integer> indices = new ArrayList<>();
    List<Nested> nested = new ArrayList<>();
    for (String feature : features) {
      int index = schema.fieldIndex(feature);
      DataType type = schema.fields()[index].dataType();
      if (NestedValues.isNested(type)) {
        nested.add(new Nested(feature, index, type));
      } else {
        names.add(feature);
        indices.add(index);
      }
    }
    return new FeatureColumns(names.toArray(String[]::new), indices.stream().mapToInt(Integer::intValue).toArray(),
        nested.toArray(Nested[]::new), values);
  }

  /**
   * The DataFrame columns that {@code features} come from: each itself, or, for a MOJO's column made of a nested value
   * (e.g. {@code s.a} of a model created from a MOJO), the nested column it was made from ({@code s}), once.
   */
  static String[] sources(StructType schema, String[] features) {
    Set<String> sources = new LinkedHashSet<>();
    for (String feature : features) {
      sources.add(source(schema, feature));
    }
    return sources.toArray(String[]::new);
  }

  private static String source(StructType schema, String feature) {
    String found = feature;
    if (Arrays.asList(schema.fieldNames()).contains(feature)) {
      return found;
    }
    for (StructField field : schema.fields()) {
      boolean longer = found.equals(feature) || field.name().length() > found.length();
      if (NestedValues.isNested(field.dataType()) && feature.startsWith(field.name() + ".") && longer) {
        found = field.name();
      }
    }
    return found;
  }

  /** Calls {@code sink} with each H2O column name and non-null value the row's nested features give. */
  void forEachNested(Row row, BiConsumer<String, Object> sink) {
    for (Nested feature : nested) {
      NestedValues.flatten(feature.name(), feature.type(), row.get(feature.index()), sink);
    }
  }
}
