package org.sparkling;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code df.write().format("h2o")} creates frames as {@code asH2OFrame} does. */
class DataSourceWriteTest {
  private static SparkSession spark;
  private static H2OContext hc;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("DataSourceWriteTest");
    hc = H2OContext.getOrCreate(spark);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void overwriteCreatesAndReplacesAFrame() {
    Dataset<Row> first = spark.sql("select id, id * 0.5 as half, array(id, id + 1) as pair from range(0, 100, 1, 3)");
    first.write().format("h2o").mode("overwrite").save("written_frame");

    H2OFrame frame = hc.frame("written_frame");
    assertThat(frame.numberOfRows()).isEqualTo(100);
    assertThat(frame.columnNames()).containsExactly("id", "half", "pair.0", "pair.1");
    Dataset<Row> back = spark.read().format("h2o").load("written_frame");
    assertThat(back.filter(col("`pair.1`").equalTo(col("id").plus(1))).count()).isEqualTo(100);

    spark.range(0, 7).toDF("n").write().format("h2o").mode("overwrite").save("written_frame");
    assertThat(hc.frame("written_frame").columnNames()).containsExactly("n");
    assertThat(hc.frame("written_frame").numberOfRows()).isEqualTo(7);
  }

  @Test
  void appendCreatesANewFrameButCannotGrowAnExistingOne() {
    spark.range(0, 5).toDF("n").write().format("h2o").mode("append").save("appended_frame");
    assertThat(hc.frame("appended_frame").numberOfRows()).isEqualTo(5);

    assertThatThrownBy(() -> spark.range(0, 5).toDF("n").write().format("h2o").mode("append").save("appended_frame"))
        .hasMessageContaining("appended_frame")
        .hasMessageContaining("overwrite");
    assertThat(hc.frame("appended_frame").numberOfRows()).isEqualTo(5);
  }

  @Test
  void aFailingWriteLeavesNoFrame() {
    Dataset<Row> failing =
        spark.range(0, 100, 1, 4)
            .select(
                col("id"),
                functions.udf((Long id) -> {
                  if (id == 77L) {
                    throw new IllegalStateException("bad record 77");
                  }
                  return id;
                }, DataTypes.LongType).apply(col("id")).as("checked"));

    assertThatThrownBy(() -> failing.write().format("h2o").mode("overwrite").save("failed_write"))
        .hasStackTraceContaining("bad record 77");
    assertThat(hc.client().frameIds()).doesNotContain("failed_write");
  }

  @Test
  void anUnsupportedColumnFailsBeforeAnythingIsWritten() {
    assertThatThrownBy(
            () -> spark.sql("select 1 as id, cast('x' as binary) as blob").write().format("h2o").mode("overwrite").save("binary_write"))
        .hasMessageContaining("'blob'")
        .hasMessageContaining("binary");
    assertThat(hc.client().frameIds()).doesNotContain("binary_write");
  }
}
