package org.sparkling.ml;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.LocalSpark;

/**
 * A model trained on struct, array, vector and map features scores them in Spark from the H2O columns the conversion made of
 * them ({@code s.a}, {@code arr.1}, {@code v.0}, {@code m.k}), exactly as the same MOJO scores the DataFrame flattened by hand.
 */
class NestedFeaturesScoringTest {
  private static final StructType NESTED = new StructType()
      .add("id", DataTypes.IntegerType)
      .add("s", new StructType().add("a", DataTypes.DoubleType).add("b", DataTypes.StringType))
      .add("arr", DataTypes.createArrayType(DataTypes.DoubleType))
      .add("v", SQLDataTypes.VectorType())
      .add("m", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType))
      .add("y", DataTypes.DoubleType);
  private static SparkSession spark;
  private static Dataset<Row> data;
  private static H2OMOJOModel model;

  @BeforeAll
  static void train() {
    spark = LocalSpark.start("NestedFeaturesScoringTest");
    Random random = new Random(11);
    List<Row> rows = new ArrayList<>();
    for (int id = 0; id < 600; id++) {
      double a = random.nextDouble();
      double second = random.nextDouble();
      double first = random.nextDouble();
      String b = random.nextBoolean() ? "up" : "down";
      // Sparse vectors on odd rows: their zeros are values, as the conversion writes them.
      var vector = id % 2 == 0 ? Vectors.dense(first, 0.5) : Vectors.sparse(2, new int[] {0}, new double[] {first});
      double keyed = random.nextDouble();
      // Only some rows have the key "rare": the others are missing in m.rare.
      Map<String, Double> map = id % 3 == 0 ? Map.of("k", keyed, "rare", 1.0) : Map.of("k", keyed);
      double y = 3 * a + 2 * second - 4 * first + 2 * keyed + (b.equals("up") ? 1 : 0) + random.nextGaussian() * 0.05;
      rows.add(RowFactory.create(id, RowFactory.create(a, b), List.of(random.nextDouble(), second), vector, map, y));
    }
    data = spark.createDataFrame(rows, NESTED).cache();
    model = new H2OGBM().setLabelCol("y").setFeaturesCols("s", "arr", "v", "m").setNtrees(20).setMaxDepth(4).setSeed(5)
        .fit(data);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void theModelLearnedFromTheNestedValues() {
    Map<String, Double> importances = model.variableImportances().stream()
        .collect(Collectors.toMap(ModelDetails.VariableImportance::variable, ModelDetails.VariableImportance::relativeImportance));
    assertThat(importances).containsKeys("s.a", "s.b", "arr.0", "arr.1", "v.0", "m.k", "m.rare");
    assertThat(importances.get("s.a")).isPositive();
    assertThat(importances.get("arr.1")).isPositive();
    assertThat(importances.get("v.0")).isPositive();
    assertThat(importances.get("m.k")).isPositive();
  }

  @Test
  void nestedFeaturesScoreAsTheFlattenedDataFrame() {
    Map<Integer, Double> nested = predictions(model.transform(data));
    H2OMOJOModel sameMojo = H2OMOJOModel.fromMojo("flat", model.mojo());
    Map<Integer, Double> flat = predictions(sameMojo.transform(flattened(data)));

    assertThat(nested).hasSize(600).isEqualTo(flat);
    // Were the nested values missing, the predictions would not follow the label.
    assertThat(meanAbsoluteError(nested)).isLessThan(0.5);
  }

  @Test
  void aModelCreatedFromTheMojoScoresTheNestedDataFrame() {
    H2OMOJOModel fromMojo = H2OMOJOModel.fromMojo("mojo", model.mojo());
    assertThat(fromMojo.getFeaturesCols()).contains("s.a", "arr.1", "v.0", "m.k");

    assertThat(predictions(fromMojo.transform(data))).isEqualTo(predictions(model.transform(data)));
  }

  @Test
  void missingNestedValuesScoreAsMissing() {
    Dataset<Row> nulls = data.limit(5).withColumn("s", org.apache.spark.sql.functions.lit(null).cast(NESTED.apply("s").dataType()))
        .withColumn("arr", org.apache.spark.sql.functions.lit(null).cast(NESTED.apply("arr").dataType()))
        .withColumn("v", org.apache.spark.sql.functions.lit(null).cast(SQLDataTypes.VectorType()))
        .withColumn("m", org.apache.spark.sql.functions.lit(null).cast(NESTED.apply("m").dataType()));
    Dataset<Row> flatNulls = flattened(data.limit(5)).select(col("id"), col("y"))
        .withColumn("s.a", org.apache.spark.sql.functions.lit(null).cast(DataTypes.DoubleType));
    H2OMOJOModel sameMojo = H2OMOJOModel.fromMojo("flat", model.mojo()).setFeaturesCols("s.a");

    assertThat(predictions(model.transform(nulls))).isEqualTo(predictions(sameMojo.transform(flatNulls)));
  }

  /** The H2O columns of the conversion, built by hand with Spark's own functions. */
  private static Dataset<Row> flattened(Dataset<Row> nested) {
    return nested.select(col("id"), col("y"), col("s.a").as("s.a"), col("s.b").as("s.b"),
        col("arr").getItem(0).as("arr.0"), col("arr").getItem(1).as("arr.1"),
        org.apache.spark.ml.functions.vector_to_array(col("v"), "float64").getItem(0).as("v.0"),
        org.apache.spark.ml.functions.vector_to_array(col("v"), "float64").getItem(1).as("v.1"),
        col("m").getItem("k").as("m.k"), col("m").getItem("rare").as("m.rare"));
  }

  private static Map<Integer, Double> predictions(Dataset<Row> scored) {
    return scored.select("id", "prediction").collectAsList().stream()
        .collect(Collectors.toMap(row -> row.getInt(0), row -> row.getDouble(1)));
  }

  private double meanAbsoluteError(Map<Integer, Double> predictions) {
    return data.select("id", "y").collectAsList().stream()
        .mapToDouble(row -> Math.abs(row.getDouble(1) - predictions.get(row.getInt(0)))).average().orElseThrow();
  }
}
