package org.sparkling;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sparkling.client.H2OServerException;

/** Conversions that cannot succeed fail clearly and leave no frame behind. */
class ConversionErrorsTest {
  private static SparkSession spark;
  private static H2OContext hc;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("ConversionErrorsTest");
    hc = H2OContext.getOrCreate(spark);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "binary                                 | cast('bytes' as binary)",
        "struct<a:int,b:binary>                 | named_struct('a', 1, 'b', cast('x' as binary))",
        "map<array<int>,int>                    | map(array(1), 2)",
        "interval day to second                 | make_dt_interval(1)",
      })
  void anUnsupportedTypeNamesTheColumnAndTheTypeAndSaysWhatToDo(String type, String expression) {
    Dataset<Row> df = spark.sql("select 1 as id, " + expression + " as `odd column`");
    assertThat(df.schema().apply("odd column").dataType().simpleString()).as("the premise").isEqualTo(type);
    String key = "unsupported_" + type.replaceAll("\\W", "_");

    assertThatThrownBy(() -> hc.asH2OFrame(df, key))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'odd column'")
        .hasMessageContaining(type)
        .hasMessageContaining("df.drop(\"odd column\")");
    assertNoFrame(key);
  }

  @Test
  void anUnsupportedColumnLeavesAnEarlierFrameOfTheSameKeyAlone() {
    hc.asH2OFrame(spark.range(0, 4).toDF("n"), "kept_after_unsupported");

    assertThatThrownBy(() -> hc.asH2OFrame(spark.sql("select cast('x' as binary) as a"), "kept_after_unsupported"))
        .hasMessageContaining("'a'");

    assertThat(hc.frame("kept_after_unsupported").numberOfRows()).isEqualTo(4);
  }

  @Test
  void duplicateColumnNamesFailClearly() {
    Dataset<Row> df = spark.sql("select 1 as delay, 2 as origin, 3 as delay");

    assertThatThrownBy(() -> hc.asH2OFrame(df, "duplicate_columns"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'delay'")
        .hasMessageContaining("twice")
        .hasMessageContaining("withColumnRenamed");
    assertNoFrame("duplicate_columns");
  }

  @Test
  void aDataFrameWithoutColumnsFailsClearly() {
    Dataset<Row> df = spark.range(0, 3).drop("id");

    assertThatThrownBy(() -> hc.asH2OFrame(df, "no_columns"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("without columns");
    assertNoFrame("no_columns");
  }

  @Test
  void invalidFrameKeysAreRejected() {
    Dataset<Row> df = spark.range(0, 3).toDF("n");

    assertThatThrownBy(() -> hc.asH2OFrame(df, " ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("key");
    assertThatThrownBy(() -> hc.asH2OFrame(df, "a/b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'a/b'");
    assertThatThrownBy(() -> hc.asH2OFrame(df, null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTaskFailingMidConversionSurfacesAndLeavesNoFrame() {
    UserDefinedFunction failOnRow500 =
        functions.udf(
            (Long id) -> {
              if (id == 500L) {
                throw new IllegalStateException("bad record 500");
              }
              return id * 2;
            },
            DataTypes.LongType);
    Dataset<Row> df =
        spark.range(0, 1000, 1, 4).select(col("id"), failOnRow500.apply(col("id")).as("doubled"), col("id").cast("string").as("text"));

    assertThatThrownBy(() -> hc.asH2OFrame(df, "failed_mid_conversion")).hasStackTraceContaining("bad record 500");
    assertNoFrame("failed_mid_conversion");

    Dataset<Row> fixed = spark.range(0, 1000, 1, 4).select(col("id"), col("id").multiply(2).as("doubled"));
    assertThat(hc.asH2OFrame(fixed, "failed_mid_conversion").numberOfRows())
        .as("the same key works once the data is fixed")
        .isEqualTo(1000);
    assertThat(hc.asSparkFrame("failed_mid_conversion").filter(col("doubled").equalTo(1000)).count()).isEqualTo(1);
  }

  private static void assertNoFrame(String key) {
    assertThatThrownBy(() -> hc.client().describeFrame(key))
        .isInstanceOf(H2OServerException.class)
        .satisfies(
            error -> assertThat(((H2OServerException) error).status()).as("%s", error.getMessage()).isEqualTo(404));
  }
}
