package org.sparkling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Frames as wide as users make them: 10,000 columns. */
class WideFrameTest {
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("WideFrameTest");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void tenThousandColumnsGoBothWays() {
    List<Column> columns = new ArrayList<>();
    columns.add(functions.col("id"));
    for (int i = 1; i < 10_000; i++) {
      columns.add(functions.col("id").multiply(i).as("c" + i));
    }
    Dataset<Row> wide = spark.range(0, 200, 1, 2).select(columns.toArray(Column[]::new));
    H2OContext hc = H2OContext.getOrCreate(spark);

    H2OFrame frame = hc.asH2OFrame(wide, "wide_frame");

    assertThat(frame.numberOfColumns()).isEqualTo(10_000);
    assertThat(frame.numberOfRows()).isEqualTo(200);
    Row last = hc.asSparkFrame(frame).select("id", "c9999").orderBy("id").collectAsList().get(199);
    assertThat(((Number) last.get(1)).longValue()).isEqualTo(199L * 9999);
  }
}
