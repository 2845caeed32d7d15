package org.sparkling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** Columns whose names differ only in case (found by the conversion fuzz, ConversionFuzzIT): H2O keeps both. */
class CaseOnlyNamesTest {
  private static SparkSession spark;
  private static H2OContext hc;

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
  void readingThemBackNamesBothAndTheSettingThatReadsThem() {
    H2OFrame frame = hc.asH2OFrame(caseOnlyNames(), "case_only_names_insensitive");

    assertThat(frame.columnNames()).containsExactly("a", "A", "id");
    assertThatThrownBy(() -> hc.asSparkFrame(frame))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a' and 'A'")
        .hasMessageContaining("spark.sql.caseSensitive=true")
        .hasMessageContaining("withColumnRenamed");
  }

  @Test
  void bothColumnsComeBackWithTheirOwnValuesAndTypesWhenSparkIsCaseSensitive() {
    H2OFrame frame = hc.asH2OFrame(caseOnlyNames(), "case_only_names");
    spark.conf().set("spark.sql.caseSensitive", "true");
    Dataset<Row> back;
    List<Row> rows;
    try {
      back = hc.asSparkFrame(frame);
      rows = back.orderBy("id").collectAsList();
    } finally {
      spark.conf().unset("spark.sql.caseSensitive");
    }

    assertThat(back.schema().fieldNames()).containsExactly("a", "A", "id");
    assertThat(rows.get(3).get(0)).isEqualTo((byte) 3);
    assertThat(rows.get(3).get(1)).isEqualTo(300000);
  }

  private static Dataset<Row> caseOnlyNames() {
    return spark.sql("select cast(id as short) as a, cast(id * 100000 as int) as A, id from range(0, 5)");
  }
}
