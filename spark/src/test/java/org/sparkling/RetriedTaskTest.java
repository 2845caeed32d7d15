package org.sparkling;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A task that fails and is retried writes its chunk again: no row is lost or written twice. */
class RetriedTaskTest {
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    // local[2,4]: two cores, and a failed task is tried up to four times, as on a cluster.
    spark = LocalSpark.start("RetriedTaskTest", Map.of("spark.master", "local[2,4]"));
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void aRetriedTaskNeitherLosesNorDuplicatesRows() {
    Dataset<Row> flaky =
        spark.range(0, 10_000, 1, 4)
            .select(
                col("id"),
                functions.udf((Long id) -> {
                  // The first attempt of every task dies half way through its partition.
                  if (TaskContext.get().attemptNumber() == 0 && id % 2500 == 1200) {
                    throw new IllegalStateException("executor lost mid-partition");
                  }
                  return "v" + (id % 7);
                }, DataTypes.StringType).apply(col("id")).as("label"),
                functions.array(col("id"), col("id").plus(1)).as("pair"));
    H2OContext hc = H2OContext.getOrCreate(spark);

    H2OFrame frame = hc.asH2OFrame(flaky, "retried_frame");

    assertThat(frame.numberOfRows()).isEqualTo(10_000);
    Dataset<Row> back = hc.asSparkFrame(frame);
    assertThat(back.select("id").distinct().count()).isEqualTo(10_000);
    assertThat(back.agg(functions.sum("id")).first().getLong(0)).isEqualTo(9_999L * 10_000 / 2);
    assertThat(back.filter(col("`pair.1`").equalTo(col("id").plus(1))).count()).isEqualTo(10_000);
  }
}
