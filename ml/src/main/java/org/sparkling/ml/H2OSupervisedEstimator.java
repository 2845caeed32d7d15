package org.sparkling.ml;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.param.Param;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructType;
import org.sparkling.client.FrameDescription;
import org.sparkling.client.H2OServerException;

/**
 * What every supervised H2O algorithm adds to {@link H2OEstimator}: the label, weight and fold columns, and the checks a label
 * must pass before any data moves (present, not constant, numeric for a regressor). A boolean or string label trains a
 * classifier, a numeric one a regression, unless the estimator forces one ({@link #labelKind()}).
 */
public abstract class H2OSupervisedEstimator<S extends H2OSupervisedEstimator<S>> extends H2OEstimator<S> {
  private static final long serialVersionUID = 1L;

  /** What the estimator makes of its label. */
  protected enum LabelKind {
    /** Classification for a boolean or string label, regression for a numeric one. */
    BY_TYPE,
    /** Always classification: a numeric label becomes categorical. */
    CATEGORICAL,
    /** Always regression: the label must be numeric. */
    NUMERIC
  }

  private final Param<String> labelCol;
  private final Param<String> weightCol;
  private final Param<String> foldCol;
  private final Param<String> probabilityCol;

  protected H2OSupervisedEstimator(String uid) {
    super(uid);
    labelCol = new Param<>(this, "labelCol", "the column to predict");
    weightCol = new Param<>(this, "weightCol", "the column of row weights; empty means every row weighs 1");
    foldCol = new Param<>(this, "foldCol", "the column of each row's cross-validation fold; empty means none");
    probabilityCol =
        new Param<>(this, "probabilityCol", "the column a classifier writes its class probabilities to, as a vector");
    setDefault(labelCol, "label");
    setDefault(weightCol, "");
    setDefault(foldCol, "");
    setDefault(probabilityCol, "probability");
  }

  /** What this estimator makes of its label; classifiers and regressors override it. */
  protected LabelKind labelKind() {
    return LabelKind.BY_TYPE;
  }

  public Param<String> labelCol() {
    return labelCol;
  }

  public Param<String> weightCol() {
    return weightCol;
  }

  public Param<String> foldCol() {
    return foldCol;
  }

  public Param<String> probabilityCol() {
    return probabilityCol;
  }

  public S setLabelCol(String column) {
    return with(labelCol, column);
  }

  public S setWeightCol(String column) {
    return with(weightCol, column);
  }

  public S setFoldCol(String column) {
    return with(foldCol, column);
  }

  public S setProbabilityCol(String column) {
    return with(probabilityCol, column);
  }

  public String getLabelCol() {
    return $(labelCol);
  }

  public String getWeightCol() {
    return $(weightCol);
  }

  public String getFoldCol() {
    return $(foldCol);
  }

  public String getProbabilityCol() {
    return $(probabilityCol);
  }

  @Override
  public StructType transformSchema(StructType schema) {
    String[] features = features(schema);
    checkColumns(schema, features);
    ModelSchema model = ModelSchema.forTraining(schema, getLabelCol(), features, getPredictionCol(), getProbabilityCol());
    if (labelKind() == LabelKind.CATEGORICAL && !model.classification()) { // a numeric label made categorical
      return ModelSchema.forScoring(schema, features, getPredictionCol(), getProbabilityCol(), DataTypes.StringType).output();
    }
    return model.output();
  }

  @Override
  List<String> specialColumns() {
    return present(getLabelCol(), getWeightCol(), getFoldCol());
  }

  @Override
  void checkColumns(StructType schema, String[] features) {
    ModelSchema.forTraining(schema, getLabelCol(), features, getPredictionCol(), getProbabilityCol());
    List<String> names = Arrays.asList(schema.fieldNames());
    requireColumn(names, "Weight", getWeightCol(), "setWeightCol", true);
    requireColumn(names, "Fold", getFoldCol(), "setFoldCol", true);
    super.checkColumns(schema, features);
    DataType labelType = schema.apply(getLabelCol()).dataType();
    if (labelKind() == LabelKind.NUMERIC && !(labelType instanceof NumericType)) {
      throw new IllegalArgumentException(
          getClass().getSimpleName() + " predicts a number, but the label column '" + getLabelCol() + "' has type "
              + labelType.simpleString() + ". Use a numeric label, or the classifier for categories.");
    }
    if (!getWeightCol().isEmpty() && !(schema.apply(getWeightCol()).dataType() instanceof NumericType)) {
      throw new IllegalArgumentException("Weight column '" + getWeightCol() + "' must be numeric");
    }
  }

  private static void requireColumn(List<String> names, String role, String column, String setter, boolean optional) {
    if (!(optional && column.isEmpty())) {
      requireColumn(names, role, column, setter);
    }
  }

  /**
   * A label with fewer than two distinct values has nothing to learn: say so before training. The uploaded frame's column
   * statistics tell for a numeric label, so this costs no extra pass over the data.
   */
  @Override
  void checkTrainingFrame(FrameDescription frame) {
    super.checkTrainingFrame(frame);
    FrameDescription.Column label =
        frame.columns().stream().filter(column -> column.name().equals(getLabelCol())).findFirst().orElseThrow();
    String seen = null;
    if (label.naCount() == frame.rows()) {
      seen = "only nulls";
    } else if (!label.type().equals("categorical") && label.min() == label.max()) {
      seen = "a single value (" + label.min() + ")";
    }
    if (seen != null) {
      throw new IllegalArgumentException(
          "Label column '" + getLabelCol() + "' holds " + seen + " in all " + frame.rows()
              + " rows: there is nothing to learn. Check the label and the filters before it.");
    }
  }

  /** H2O's own check finds a constant categorical label (the frame statistics do not tell): name the column. */
  @Override
  RuntimeException rejected(H2OServerException e) {
    if (e.serverMessage().contains("Response cannot be constant")) {
      return new IllegalArgumentException(
          "Label column '" + getLabelCol() + "' holds a single value: there is nothing to learn. Check the label and the"
              + " filters before it. H2O: " + e.serverMessage(), e);
    }
    return super.rejected(e);
  }

  @Override
  Dataset<Row> prepare(Dataset<Row> data) {
    Dataset<Row> prepared = super.prepare(data);
    String label = getLabelCol();
    if (labelKind() == LabelKind.CATEGORICAL && prepared.schema().apply(label).dataType() instanceof NumericType) {
      prepared = prepared.withColumn(label, prepared.col(quote(label)).cast("string"));
    }
    return prepared;
  }

  @Override
  Map<String, Object> columnParameters() {
    Map<String, Object> parameters = super.columnParameters();
    parameters.put("response_column", getLabelCol());
    if (!getWeightCol().isEmpty()) {
      parameters.put("weights_column", getWeightCol());
    }
    if (!getFoldCol().isEmpty()) {
      parameters.put("fold_column", getFoldCol());
    }
    return parameters;
  }
}
