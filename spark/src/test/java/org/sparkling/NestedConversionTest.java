package org.sparkling;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Test;

/** Structs, arrays, maps and vectors become flat H2O columns, found while the data is written in one pass. */
class NestedConversionTest {
  static SparkSession spark;
  static H2OContext hc;

  @BeforeAll
  static void startSpark(TestInfo test) {
    spark = LocalSpark.start(test);
    hc = H2OContext.getOrCreate(spark);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void structsBecomeDottedColumnsInSchemaOrder() {
    Dataset<Row> df =
        spark.sql(
            "select * from values (1, named_struct('a', 10, 'b', 'x'), 'z1'), (2, null, 'z2'), "
                + "(3, named_struct('a', null, 'b', 'y'), 'z3') as t(id, s, last)");

    H2OFrame frame = hc.asH2OFrame(df, "nested_struct");

    assertThat(frame.columnNames()).containsExactly("id", "s.a", "s.b", "last");
    assertThat(frame.columnTypes()).containsExactly("numeric", "numeric", "categorical", "categorical");
    List<Row> rows = hc.asSparkFrame(frame).orderBy("id").collectAsList();
    assertThat(rows.get(0).<Number>getAs("s.a").intValue()).isEqualTo(10);
    assertThat(rows.get(0).<String>getAs("s.b")).isEqualTo("x");
    assertThat(rows.get(1).isNullAt(1)).as("a null struct is missing in every field").isTrue();
    assertThat(rows.get(1).isNullAt(2)).isTrue();
    assertThat(rows.get(2).isNullAt(1)).isTrue();
    assertThat(rows.get(2).<String>getAs("s.b")).isEqualTo("y");
  }

  @Test
  void arraysBecomeOneColumnPerIndexAndRaggedEndsAreMissing() {
    Dataset<Row> df =
        spark.sql(
            "select * from values (1, array(1, 2, 3)), (2, array(4)), (3, null), (4, array()), (5, array(5, null)) "
                + "as t(id, arr)");

    H2OFrame frame = hc.asH2OFrame(df.repartition(3), "nested_array");

    assertThat(frame.columnNames()).containsExactly("id", "arr.0", "arr.1", "arr.2");
    List<Row> rows = hc.asSparkFrame(frame).orderBy("id").collectAsList();
    assertThat(values(rows.get(0))).containsExactly(1, 1, 2, 3);
    assertThat(values(rows.get(1))).containsExactly(2, 4, null, null);
    assertThat(values(rows.get(2))).containsExactly(3, null, null, null);
    assertThat(values(rows.get(3))).containsExactly(4, null, null, null);
    assertThat(values(rows.get(4))).containsExactly(5, 5, null, null);
  }

  @Test
  void mapsBecomeOneColumnPerKeyAlphabetically() {
    Dataset<Row> df =
        spark.sql(
            "select * from values (1, map('y', 1.5, 'x', 2.5)), (2, map('y', 3.5)), (3, null), (4, map('w', 0.5)) "
                + "as t(id, m)");

    H2OFrame frame = hc.asH2OFrame(df.repartition(2), "nested_map");

    assertThat(frame.columnNames()).containsExactly("id", "m.w", "m.x", "m.y");
    List<Row> rows = hc.asSparkFrame(frame).orderBy("id").collectAsList();
    assertThat(values(rows.get(0))).containsExactly(1, null, 2.5, 1.5);
    assertThat(values(rows.get(1))).containsExactly(2, null, null, 3.5);
    assertThat(values(rows.get(2))).containsExactly(3, null, null, null);
    assertThat(values(rows.get(3))).containsExactly(4, 0.5, null, null);
  }

  @Test
  void arraysOfStructsAndBooleansInsideNestValuesAsPaths() {
    Dataset<Row> df =
        spark.sql(
            "select * from values (1, array(named_struct('ok', true, 'tag', 'a'), named_struct('ok', false, 'tag', 'b'))), "
                + "(2, array(named_struct('ok', null, 'tag', 'c'))) as t(id, items)");

    H2OFrame frame = hc.asH2OFrame(df, "nested_items");

    assertThat(frame.columnNames()).containsExactly("id", "items.0.ok", "items.0.tag", "items.1.ok", "items.1.tag");
    Dataset<Row> back = hc.asSparkFrame(frame);
    assertThat(back.schema().apply("items.0.ok").dataType()).isEqualTo(DataTypes.BooleanType);
    List<Row> rows = back.orderBy("id").collectAsList();
    assertThat(values(rows.get(0))).containsExactly(1, true, "a", false, "b");
    assertThat(values(rows.get(1))).containsExactly(2, null, "c", null, null);
  }

  @Test
  void denseAndSparseVectorsBecomeNumericColumnsWithZerosKept() {
    StructType schema = new StructType().add("id", DataTypes.IntegerType).add("features", SQLDataTypes.VectorType());
    List<Row> data =
        List.of(
            RowFactory.create(1, Vectors.dense(1.0, 2.0, 3.0)),
            RowFactory.create(2, Vectors.sparse(3, new int[] {1}, new double[] {5.0})),
            RowFactory.create(3, null),
            RowFactory.create(4, Vectors.sparse(3, new int[] {}, new double[] {})));
    Dataset<Row> df = spark.createDataFrame(data, schema).repartition(2);

    H2OFrame frame = hc.asH2OFrame(df, "nested_vectors");

    assertThat(frame.columnNames()).containsExactly("id", "features.0", "features.1", "features.2");
    List<Row> rows = hc.asSparkFrame(frame).orderBy("id").collectAsList();
    assertThat(doubles(rows.get(0))).containsExactly(1.0, 2.0, 3.0);
    assertThat(doubles(rows.get(1))).containsExactly(0.0, 5.0, 0.0);
    assertThat(doubles(rows.get(2))).as("a null vector is missing everywhere").containsExactly(null, null, null);
    assertThat(doubles(rows.get(3))).containsExactly(0.0, 0.0, 0.0);
  }

  @Test
  void aFrameOfOnlyAVectorColumnWorks() {
    StructType schema = new StructType().add("features", SQLDataTypes.VectorType());
    List<Row> data = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      data.add(RowFactory.create(Vectors.sparse(50, new int[] {i % 50}, new double[] {i})));
    }
    Dataset<Row> df = spark.createDataFrame(data, schema).repartition(4);

    H2OFrame frame = hc.asH2OFrame(df, "only_vectors");

    assertThat(frame.numberOfColumns()).isEqualTo(50);
    assertThat(frame.numberOfRows()).isEqualTo(1000);
    Dataset<Row> back = hc.asSparkFrame(frame);
    double total = 0;
    for (Row row : back.collectAsList()) {
      for (int column = 0; column < 50; column++) {
        total += ((Number) row.get(column)).doubleValue();
      }
    }
    assertThat(total).isEqualTo(999.0 * 1000 / 2);
  }

  @Test
  void aColumnWhoseNameClashesWithANestedFieldFailsClearly() {
    Dataset<Row> df = spark.sql("select named_struct('a', 1) as s, 2 as `s.a`");

    assertThatThrownBy(() -> hc.asH2OFrame(df, "nested_clash"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'s.a'");
    assertThat(hc.client().frameIds()).doesNotContain("nested_clash");
  }

  @Test
  void columnsFoundInOnlySomePartitionsAreMissingInTheOthers() {
    Dataset<Row> df =
        spark.range(0, 400, 1, 4)
            .selectExpr("id", "case when id >= 300 then array(id, id + 1, id + 2) else array(id) end as arr");

    H2OFrame frame = hc.asH2OFrame(df, "nested_partial");

    assertThat(frame.columnNames()).containsExactly("id", "arr.0", "arr.1", "arr.2");
    Dataset<Row> back = hc.asSparkFrame(frame);
    assertThat(back.filter(col("`arr.2`").isNotNull()).count()).isEqualTo(100);
    assertThat(back.filter(col("`arr.0`").equalTo(col("id"))).count()).isEqualTo(400);
  }

  private static List<Object> values(Row row) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < row.length(); i++) {
      Object value = row.get(i);
      values.add(value instanceof Number number && !(value instanceof Double) ? number.intValue() : value);
    }
    return values;
  }

  private static List<Double> doubles(Row row) {
    return Arrays.asList(
        row.isNullAt(1) ? null : ((Number) row.get(1)).doubleValue(),
        row.isNullAt(2) ? null : ((Number) row.get(2)).doubleValue(),
        row.isNullAt(3) ? null : ((Number) row.get(3)).doubleValue());
  }
}
