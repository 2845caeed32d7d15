package org.sparkling.ml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.LocalSpark;
import org.sparkling.client.H2OJobFailedException;

/**
 * Feature values H2O's algorithms fail on inside their job (found by ConversionFuzzIT) give a clear error that names the
 * column and what to do; data H2O does train on is still accepted. Real fits on a real H2O node.
 */
class TrainableValuesTest {
  private static final String ROWS =
      "select cast(id %% 7 as double) * 1.5 as y, %s as x, if(id %% 2 = 0, 'even', 'odd') as label from range(0, 60)";
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("TrainableValuesTest");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static Dataset<Row> rows(String x) {
    return spark.sql(String.format(ROWS, x));
  }

  private static H2OGBM gbm() {
    return new H2OGBM().setLabelCol("label").setNtrees(2).setMaxDepth(3).setMinRows(1).setSeed(1);
  }

  @Test
  void aGbmFailingOnInfinityNamesTheColumnAndWhatToDo() {
    Dataset<Row> df = rows("if(id = 3, double('Infinity'), cast(id as double))");

    assertThatThrownBy(() -> gbm().fit(df))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("H2O's GBM failed on the infinite values of the features: 'x' (1 +Infinity, 0 -Infinity)")
        .hasMessageContaining("Replace them with null")
        .hasMessageContaining("setFeaturesCols")
        .hasMessageContaining("H2O's error: ")
        .hasCauseInstanceOf(H2OJobFailedException.class);
  }

  @Test
  void aGlmIsRefusedNegativeInfinityBeforeItsJobStarts() {
    Dataset<Row> df = rows("if(id = 3, double('-Infinity'), cast(id as double))");

    assertThatThrownBy(() -> new H2OGLMClassifier().setLabelCol("label").setSeed(1).fit(df))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("H2O's GLM cannot train on infinite values: 'x' (0 +Infinity, 1 -Infinity)")
        .hasMessageContaining("when(col(\"x\").isin(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY), null)")
        .hasNoCause();
  }

  @Test
  void infinityInsideANestedColumnIsNamedByItsPartAndNoWrongExampleIsGiven() {
    Dataset<Row> df = rows("array(cast(id as double), if(id = 3, double('Infinity'), 1.0))");

    assertThatThrownBy(() -> new H2OGLMClassifier().setLabelCol("label").setSeed(1).fit(df))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("H2O's GLM cannot train on infinite values: 'x.1' (1 +Infinity, 0 -Infinity)")
        .hasMessageContaining("df.withColumn(c, when(col(c).isin(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY), null)"
            + ".otherwise(col(c))) for each such column c")
        .hasMessageContaining("nested column 's' or 'v': replace the infinities inside that column")
        .hasMessageNotContaining("col(\"x.1\")");
  }

  @Test
  void aGbmIsRefusedOneLongBeyondIntBesidesNulls() {
    Dataset<Row> df = rows("if(id % 3 = 0, 9223372036854775807 - 1024, null)");

    assertThatThrownBy(() -> gbm().fit(df))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Feature column 'x' holds a single whole number, 9223372036854774784, besides 40 nulls in 60 rows")
        .hasMessageContaining("beyond the 32-bit integer range")
        .hasMessageContaining("H2O's GBM bins")
        .hasMessageContaining("setHistogramType(\"QuantilesGlobal\")")
        .hasNoCause();
  }

  @Test
  void aDrfIsRefusedOneTimestampOfYear9999BesidesNulls() {
    Dataset<Row> df = rows("if(id % 3 = 0, timestamp'9999-12-31 00:00:00Z', null)");

    assertThatThrownBy(() -> new H2ODRF().setLabelCol("label").setNtrees(2).setSeed(1).fit(df))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Feature column 'x' holds a single whole number, 9999-12-31T00:00:00Z (253402214400000 ms)")
        .hasMessageContaining("H2O's DRF bins");
  }

  @Test
  void dataH2OTrainsOnIsStillAccepted() {
    Dataset<Row> oneBigValue = rows("if(id % 3 = 0, 2147483648L, null)");
    Dataset<Row> intLimit = rows("if(id % 3 = 0, 2147483647L, null)");
    Dataset<Row> nearLongLimits = rows("if(id % 3 = 0, 9223372036854775807 - id, -9223372036854775807 + id)");
    Dataset<Row> years1To9999 =
        rows("if(id % 2 = 0, timestamp'0001-01-01 00:00:00Z', timestamp'9999-12-31 00:00:00Z') + make_interval(0, 0, 0, id)");

    assertThat(gbm().setHistogramType("QuantilesGlobal").fit(oneBigValue).transform(oneBigValue).count()).isEqualTo(60);
    assertThat(new H2OGLMClassifier().setLabelCol("label").setSeed(1).fit(oneBigValue)).isNotNull();
    assertThat(gbm().fit(intLimit)).isNotNull();
    assertThat(gbm().fit(nearLongLimits)).isNotNull();
    assertThat(gbm().fit(years1To9999).transform(years1To9999).count()).isEqualTo(60);
  }

  @Test
  void aNestedNameEndingInASpaceIsRefusedLikeATopLevelOne() {
    Dataset<Row> struct = spark.sql("select named_struct('a ', id, 'b', id * 2) as s, if(id % 2 = 0, 'even', 'odd') as label"
        + " from range(0, 20)");
    Dataset<Row> map = spark.sql("select map('k ', cast(id as double)) as m, if(id % 2 = 0, 'even', 'odd') as label"
        + " from range(0, 20)");

    assertThatThrownBy(() -> gbm().fit(struct))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Column 's' has the field 'a ', whose H2O column 's.a ' ends in a space")
        .hasMessageContaining(MojoColumnNames.RULE);
    assertThatThrownBy(() -> gbm().fit(map))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("H2O column 'm.k '")
        .hasMessageContaining(MojoColumnNames.RULE);
  }
}
