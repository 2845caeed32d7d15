package org.sparkling.ml;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructType;

/** The columns a model reads and writes, checked against a DataFrame's schema before any work starts. */
record ModelSchema(StructType input, String[] features, String predictionCol, String probabilityCol, DataType predictionType) {

  /** Checks the training columns; the prediction gets the label's type (double for a numeric label). */
  static ModelSchema forTraining(StructType input, String label, String[] features, String predictionCol, String probabilityCol) {
    List<String> names = Arrays.asList(input.fieldNames());
    if (!names.contains(label)) {
      throw new IllegalArgumentException(
          "Label column '" + label + "' is not in the DataFrame; its columns are " + names + ". Set it with setLabelCol.");
    }
    DataType labelType = input.apply(label).dataType();
    if (!(labelType instanceof BooleanType || labelType instanceof StringType || labelType instanceof NumericType)) {
      throw new IllegalArgumentException(
          "Label column '" + label + "' has type " + labelType.simpleString() + "; a label must be boolean or string "
              + "(classification) or numeric (regression)");
    }
    if (Arrays.asList(features).contains(label)) {
      throw new IllegalArgumentException("Column '" + label + "' is both the label and a feature; remove it from featuresCols");
    }
    DataType predictionType = labelType instanceof NumericType ? DataTypes.DoubleType : labelType;
    return forScoring(input, features, predictionCol, probabilityCol, predictionType);
  }

  /** Checks the feature columns a model scores from. */
  static ModelSchema forScoring(StructType input, String[] features, String predictionCol, String probabilityCol, DataType predictionType) {
    List<String> names = Arrays.asList(input.fieldNames());
    if (features.length == 0) {
      throw new IllegalArgumentException("No feature columns: set some with setFeaturesCols");
    }
    for (String feature : features) {
      if (!names.contains(feature)) {
        throw new IllegalArgumentException(
            "Feature column '" + feature + "' is not in the DataFrame; its columns are " + names);
      }
    }
    for (String output : List.of(predictionCol, probabilityCol)) {
      if (names.contains(output)) {
        throw new IllegalArgumentException(
            "The DataFrame already has a column '" + output + "'; drop it or choose another output column name");
      }
    }
    return new ModelSchema(input, features.clone(), predictionCol, probabilityCol, predictionType);
  }

  /** A classifier predicts a label (boolean or text) and writes class probabilities; other models write a number. */
  boolean classification() {
    return predictionType instanceof BooleanType || predictionType instanceof StringType;
  }

  /** The input columns, then the prediction, then (for a classifier) the class probabilities. */
  StructType output() {
    StructType output = input.add(predictionCol, predictionType, true);
    return classification() ? output.add(probabilityCol, SQLDataTypes.VectorType(), true) : output;
  }
}
