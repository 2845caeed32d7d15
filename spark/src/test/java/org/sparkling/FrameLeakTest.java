package org.sparkling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.client.StoredKeys;

/**
 * Frames made by {@code asH2OFrame} and deleted leave no key behind in the embedded H2O node: no frame, vec or chunk,
 * and none of H2O's bookkeeping keys (vector group, row layout, removal markers).
 */
class FrameLeakTest {
  private static final int FRAMES = 1_000;
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("FrameLeakTest");
  }

  @AfterAll
  static void stopSpark() {
    H2OContext.getOrCreate(spark).stop();
    spark.stop();
  }

  private static Dataset<Row> small(int seed) {
    return spark.range(0, 20, 1, 1).selectExpr("id", "id * " + seed + " AS scaled", "CONCAT('level-', id % 3) AS level");
  }

  /** Half the frames are deleted with {@code delete()}, half closed by try-with-resources. */
  private static long createAndDelete(H2OContext hc, int seed) {
    if (seed % 2 == 0) {
      H2OFrame frame = hc.asH2OFrame(small(seed));
      long rows = frame.numberOfRows();
      frame.delete();
      return rows;
    }
    try (H2OFrame frame = hc.asH2OFrame(small(seed), "leak_" + seed)) {
      return frame.numberOfRows();
    }
  }

  @Test
  void aThousandFramesCreatedAndDeletedLeaveNoKeys() throws Exception {
    H2OContext hc = H2OContext.getOrCreate(spark);
    StoredKeys before = hc.client().storedKeys();

    // Four threads share the work: each frame is a small Spark job, and the context serves them all at once.
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Long>> made = new ArrayList<>();
    for (int i = 0; i < FRAMES; i++) {
      int seed = i;
      made.add(pool.submit(() -> createAndDelete(hc, seed)));
    }
    long rows = 0;
    for (Future<Long> frame : made) {
      rows += frame.get(5, TimeUnit.MINUTES);
    }
    pool.shutdown();
    StoredKeys after = hc.client().storedKeys();
    System.out.printf("%,d frames created and deleted: keys before %s, after %s%n", FRAMES, before, after);

    assertThat(rows).isEqualTo(20L * FRAMES);
    // Every kind, also H2O's vector-group and row-layout keys and the markers of removed keys ("other"); the
    // conversion starts no H2O job, so jobs stay as they were too.
    assertThat(after).as("keys by kind after the frames were removed").isEqualTo(before);
    assertThat(hc.client().frameIds()).as("frames listed by /3/Frames").hasSize((int) before.frames());
    assertThat(hc.createdFrames()).as("frames the context still counts as created").isEmpty();
  }

  @Test
  void aSecondDeleteDoesNothingAndUsingADeletedFrameSaysSo() {
    H2OContext hc = H2OContext.getOrCreate(spark);
    H2OFrame frame = hc.asH2OFrame(small(3), "deleted_twice");
    frame.delete();
    frame.delete();
    frame.close();

    assertThat(frame.isDeleted()).isTrue();
    assertThat(frame.numberOfRows()).as("what was known stays readable").isEqualTo(20);
    assertThat(hc.client().frameIds()).doesNotContain("deleted_twice");
    assertThatThrownBy(frame::summary)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'deleted_twice' was deleted")
        .hasMessageContaining("asH2OFrame");
    assertThatThrownBy(() -> hc.asSparkFrame(frame))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'deleted_twice' was deleted");
  }
}
