package org.sparkling;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import water.DKV;
import water.Key;
import water.fvec.C8DChunk;
import water.fvec.CUDChunk;
import water.fvec.Frame;

/**
 * Columns take a fast path where H2O would pick a plain chunk anyway; everything else still gets H2O's own compression. The
 * embedded node runs in this JVM, so the test looks at the stored chunks directly.
 */
class ChunkCompressionTest {
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("ChunkCompressionTest");
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void eachKindOfColumnGetsTheChunkH2OWouldPick() {
    Dataset<Row> data = spark.range(0, 20_000, 1, 2).selectExpr(
        "rand(7) AS random",
        "CAST(id % 100 AS DOUBLE) AS whole",
        "(id % 7) / 4.0D AS few_distinct",
        "IF(id % 64 = 0, rand(3), 0D) AS mostly_zero",
        "IF(id % 3 = 0, NULL, rand(5)) AS random_with_missing",
        "IF(id % 5 = 0, NULL, id % 4000) AS small_whole",
        "id * 1000003 AS large_whole",
        "id % 2 = 0 AS flag",
        "CONCAT('level ', id % 40) AS level");
    H2OContext hc = H2OContext.getOrCreate(spark);

    H2OFrame converted = hc.asH2OFrame(data, "compression_frame");

    Frame frame = DKV.getGet(Key.<Frame>make(converted.key()));
    assertThat(chunkOf(frame, "random")).isEqualTo(C8DChunk.class.getSimpleName());
    assertThat(chunkOf(frame, "random_with_missing")).isEqualTo(C8DChunk.class.getSimpleName());
    assertThat(chunkOf(frame, "whole")).isEqualTo("C1NChunk");
    assertThat(chunkOf(frame, "few_distinct")).isEqualTo(CUDChunk.class.getSimpleName());
    assertThat(chunkOf(frame, "mostly_zero")).isEqualTo("CXFChunk");
    assertThat(chunkOf(frame, "small_whole")).isEqualTo("C2Chunk");
    assertThat(chunkOf(frame, "large_whole")).isEqualTo("C8Chunk");
    assertThat(chunkOf(frame, "flag")).isEqualTo("CBSChunk");
    assertThat(chunkOf(frame, "level")).isEqualTo("C1NChunk");
    assertThat(frame.vec("random_with_missing").naCnt()).isEqualTo(6_667);
    assertThat(frame.vec("small_whole").naCnt()).isEqualTo(4_000);
    assertThat(frame.vec("large_whole").max()).isEqualTo(19_999 * 1_000_003.0);
    assertThat(frame.vec("level").domain()).hasSize(40);
    assertThat(frame.vec("few_distinct").max()).isEqualTo(1.5);
    hc.client().deleteFrame(converted.key());
  }

  private static String chunkOf(Frame frame, String column) {
    return frame.vec(column).chunkForChunkIdx(1).getClass().getSimpleName();
  }
}
