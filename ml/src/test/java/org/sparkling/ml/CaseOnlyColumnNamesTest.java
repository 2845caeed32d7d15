package org.sparkling.ml;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.LocalSpark;

/**
 * Columns whose names differ only in case (found by ConversionFuzzIT): Spark cannot select one of them while it ignores
 * case, so an estimator says so before any data moves instead of failing with Spark's "ambiguous reference".
 */
class CaseOnlyColumnNamesTest {
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("CaseOnlyColumnNamesTest");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void anEstimatorNamesBothColumnsAndWhatToDo() {
    Dataset<Row> df = spark.sql("select id as `x.0`, id * 2 as `X.0`, cast(id % 2 as string) as label from range(0, 20)");

    assertThatThrownBy(() -> new H2OGBM().setLabelCol("label").fit(df))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[x.0, X.0]")
        .hasMessageContaining("differ only in case")
        .hasMessageContaining("withColumnRenamed")
        .hasMessageContaining("spark.sql.caseSensitive=true");
  }

  @Test
  void anEstimatorRefusesNamesTheMojoReaderWouldLose() {
    Dataset<Row> df = spark.sql("select id as `#`, id * 2 as ` padded`, cast(id % 2 as string) as label from range(0, 20)");

    assertThatThrownBy(() -> new H2OGBM().setLabelCol("label").setFeaturesCols("#").fit(df))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Column '#'")
        .hasMessageContaining("skips column names that start with '#'")
        .hasMessageContaining("withColumnRenamed");
    assertThatThrownBy(() -> new H2OGBM().setLabelCol("label").setFeaturesCols(" padded").fit(df))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Column ' padded'");
  }
}
