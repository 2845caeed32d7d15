package org.sparkling.ml;

import hex.genmodel.CategoricalEncoding;
import hex.genmodel.ConverterFactoryProvidingModel;
import hex.genmodel.MojoModel;
import org.apache.spark.sql.Row;

/**
 * Fills the row a MOJO scores ({@code GenModel.score0}'s {@code double[]}: numbers as they are, categorical levels as their
 * index, missing values as NaN) from the feature columns of a Spark row, by the same rules as h2o-genmodel's
 * {@code EasyPredictModelWrapper}, so both score a row alike.
 */
interface MojoInput {
  /** Overwrites every value of {@code raw}, which has the MOJO's {@code nfeatures()} values. */
  void fill(Row row, double[] raw);

  /** The direct level-index input for MOJOs that read categorical levels as indices; h2o-genmodel's encoders otherwise. */
  static MojoInput of(MojoModel model, CategoricalLevels levels, FeatureColumns features, ScoringOptions options) {
    if (model.getCategoricalEncoding() == CategoricalEncoding.AUTO && !(model instanceof ConverterFactoryProvidingModel)) {
      return new LevelIndexInput(model, levels, features, options);
    }
    return new EncodedInput(model, features, options);
  }

  static IllegalArgumentException unknownLevel(String column, String level, Exception cause) {
    return new IllegalArgumentException(
        "Column '" + column + "' has the level '" + level + "' that the model never saw in training; set "
            + "convertUnknownCategoricalLevelsToNa to true to score such values as missing",
        cause);
  }

  static IllegalArgumentException invalidNumber(String problem, Exception cause) {
    return new IllegalArgumentException(problem + "; set convertInvalidNumbersToNa to true to score such values as missing", cause);
  }
}
