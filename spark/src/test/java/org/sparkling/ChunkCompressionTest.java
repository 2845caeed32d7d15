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
 * Double columns take a fast path for data H2O cannot compress; everything else still gets H2O's own compression. The
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
  void eachKindOfDoubleColumnGetsTheChunkH2OWouldPick() {
    Dataset<Row> data = spark.range(0, 20_000, 1, 2).selectExpr(
        "rand(7) AS random",
        "CAST(id % 100 AS DOUBLE) AS whole",
        "(id % 7) / 4.0D AS few_distinct",
        "IF(id % 64 = 0, rand(3), 0D) AS mostly_zero",
        "IF(id % 3 = 0, NULL, rand(5)) AS random_with_missing");
    H2OContext hc = H2OContext.getOrCreate(spark);

    H2OFrame converted = hc.asH2OFrame(data, "compression_frame");

    Frame frame = DKV.getGet(Key.<Frame>make(converted.key()));
    assertThat(chunkOf(frame, "random")).isEqualTo(C8DChunk.class.getSimpleName());
    assertThat(chunkOf(frame, "random_with_missing")).isEqualTo(C8DChunk.class.getSimpleName());
    assertThat(chunkOf(frame, "whole")).isEqualTo("C1NChunk");
    assertThat(chunkOf(frame, "few_distinct")).isEqualTo(CUDChunk.class.getSimpleName());
    assertThat(chunkOf(frame, "mostly_zero")).isEqualTo("CXFChunk");
    assertThat(frame.vec("random_with_missing").naCnt()).isEqualTo(6_667);
    assertThat(frame.vec("few_distinct").max()).isEqualTo(1.5);
    hc.client().deleteFrame(converted.key());
  }

  private static String chunkOf(Frame frame, String column) {
    return frame.vec(column).chunkForChunkIdx(1).getClass().getSimpleName();
  }
}
