package org.sparkling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sparkling.Columns.values;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.client.H2OServerException;

/** Frame keys: the one given is kept, a second conversion replaces the frame, a missing key is named in the error. */
class FrameKeysTest {
  private static SparkSession spark;
  private static H2OContext hc;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("FrameKeysTest");
    hc = H2OContext.getOrCreate(spark);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void keepsAFrameKeyWithSpacesAndPunctuation() {
    String key = "flights 2024, v1.2 (daily) #3 ~ok";

    H2OFrame frame = hc.asH2OFrame(spark.range(0, 3).toDF("n"), key);

    assertThat(frame.key()).isEqualTo(key);
    assertThat(hc.frame(key).key()).isEqualTo(key);
    assertThat(hc.asSparkFrame(key).count()).isEqualTo(3);
  }

  @Test
  void keepsOrRejectsFrameKeysWithCharactersBeyondAscii() {
    // H2O's Key.make keeps only the low byte of each character and prints other than printable ASCII (and '$') in hex.
    // asH2OFrame must either keep such a key exactly or refuse it clearly, never hand back another key, and two different
    // keys must never name the same frame: "東京" (U+6771 U+4EAC) and "q¬" (U+0071 U+00AC) have the same low bytes.
    Dataset<Row> twoRows = spark.range(0, 2).toDF("n");
    Dataset<Row> fiveRows = spark.range(0, 5).toDF("n");
    SoftAssertions softly = new SoftAssertions();
    for (String key : List.of("größe", "東京", "cost$usd")) {
      try {
        softly.assertThat(hc.asH2OFrame(twoRows, key).key()).as("the key of a frame converted as '%s'", key).isEqualTo(key);
      } catch (IllegalArgumentException rejected) {
        softly.assertThat(rejected).hasMessageContaining(key);
      }
    }
    try {
      hc.asH2OFrame(twoRows, "東京");
      hc.asH2OFrame(fiveRows, "q\u00ac");
      softly.assertThat(hc.frame("東京").numberOfRows())
          .as("rows of frame '東京' after converting another DataFrame to 'q\u00ac'")
          .isEqualTo(2);
    } catch (IllegalArgumentException rejected) {
      softly.assertThat(rejected).hasMessageContaining("東京");
    }
    softly.assertAll();
  }

  @Test
  void keepsTheFrameKeyGivenAndSummarisesEveryColumn() {
    AllTypesFrame data = new AllTypesFrame();

    H2OFrame frame = hc.asH2OFrame(data.dataFrame(spark), "flights_2024");

    assertThat(frame.key()).isEqualTo("flights_2024");
    assertThat(hc.frame("flights_2024").key()).isEqualTo("flights_2024");
    assertThat(hc.frame("flights_2024").columnNames()).containsExactlyElementsOf(data.names());
    assertThat(frame.toString()).contains("flights_2024").contains(AllTypesFrame.ROWS + " rows");
    String summary = frame.summary();
    assertThat(summary).contains("flights_2024");
    for (String column : data.names()) {
      assertThat(summary).as("summary names %s", column).contains(column);
    }
  }

  @Test
  void readsThroughTheH2ODataSource() {
    Dataset<Row> df = spark.range(0, 5).toDF("n");
    hc.asH2OFrame(df, "through_data_source");

    Dataset<Row> back = spark.read().format("h2o").load("through_data_source");

    assertThat(back.schema().fieldNames()).containsExactly("n");
    assertThat(values(back.collectAsList(), "n")).containsExactly((byte) 0, (byte) 1, (byte) 2, (byte) 3, (byte) 4);
    assertThat(hc.asSparkFrame("through_data_source").count()).isEqualTo(5);
  }

  @Test
  void readingAFrameThatDoesNotExistNamesTheKey() {
    assertThatThrownBy(() -> spark.read().format("h2o").load("no_such_frame_42").count())
        .hasMessageContaining("no_such_frame_42");
    assertThatThrownBy(() -> hc.asSparkFrame("no_such_frame_42"))
        .isInstanceOf(H2OServerException.class)
        .hasMessageContaining("no_such_frame_42")
        .satisfies(error -> assertThat(((H2OServerException) error).status()).isEqualTo(404));
    assertThatThrownBy(() -> hc.frame("no_such_frame_42")).hasMessageContaining("no_such_frame_42");
  }

  @Test
  void convertingTwiceToTheSameKeyReplacesTheFrame() {
    hc.asH2OFrame(spark.range(0, 3).toDF("first"), "replaced_frame");
    Dataset<Row> second =
        frameOf(
            new StructType().add("second", DataTypes.StringType).add("third", DataTypes.DoubleType),
            RowFactory.create("a", 0.5),
            RowFactory.create("b", 1.5),
            RowFactory.create("c", 2.5),
            RowFactory.create("d", 3.5),
            RowFactory.create("e", 4.5));

    H2OFrame frame = hc.asH2OFrame(second, "replaced_frame");
    List<Row> rows = hc.asSparkFrame("replaced_frame").collectAsList();

    assertThat(frame.numberOfRows()).isEqualTo(5);
    assertThat(hc.frame("replaced_frame").columnNames()).containsExactly("second", "third");
    assertThat(values(rows, "second")).containsExactly("a", "b", "c", "d", "e");
    assertThat(values(rows, "third")).containsExactly(0.5, 1.5, 2.5, 3.5, 4.5);
  }

  private static Dataset<Row> frameOf(StructType schema, Row... rows) {
    return spark.createDataFrame(Arrays.asList(rows), schema);
  }
}
