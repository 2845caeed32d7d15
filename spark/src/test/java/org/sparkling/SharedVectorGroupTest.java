package org.sparkling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.client.H2OClient;
import org.sparkling.client.Job;
import org.sparkling.client.StoredKeys;

/**
 * Removing a frame removes its vector group's keys (group and row layout) only when nothing else uses them. Each
 * conversion has a group of its own; frames H2O derives from a converted frame, such as a model's predictions, put their
 * vectors in the converted frame's group and must keep working once it is removed.
 */
class SharedVectorGroupTest {
  /** A vector group has 2 keys: the group key and its row-layout (ESPC) key. */
  private static final int KEYS_PER_GROUP = 2;
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.start("SharedVectorGroupTest");
  }

  @AfterAll
  static void stopSpark() {
    H2OContext.getOrCreate(spark).stop();
    spark.stop();
  }

  private static Dataset<Row> rows(int count) {
    return spark.range(0, count, 1, 2).selectExpr("id", "id % 7 * 1.5 AS x", "id % 7 * 3.0 + id % 2 AS y");
  }

  @Test
  void everyConversionHasAGroupOfItsOwnAndRemovingOneLeavesTheOtherIntact() {
    H2OContext hc = H2OContext.getOrCreate(spark);
    StoredKeys before = hc.client().storedKeys();
    H2OFrame first = hc.asH2OFrame(rows(50), "same_shape_1");
    H2OFrame second = hc.asH2OFrame(rows(50), "same_shape_2");

    assertThat(hc.client().storedKeys().layouts())
        .as("two frames of one shape: two groups").isEqualTo(before.layouts() + 2 * KEYS_PER_GROUP);
    first.delete();
    assertThat(hc.client().storedKeys().layouts()).isEqualTo(before.layouts() + KEYS_PER_GROUP);
    assertThat(hc.asSparkFrame(second).agg(functions.sum("id")).first().getLong(0)).isEqualTo(49L * 50 / 2);
    second.delete();
    assertThat(hc.client().storedKeys()).isEqualTo(before);
  }

  @Test
  void predictionsInTheGroupOfARemovedFrameKeepWorkingAndTheGroupGoesWithTheLastOfThem() {
    H2OContext hc = H2OContext.getOrCreate(spark);
    H2OClient client = hc.client();
    StoredKeys before = client.storedKeys();
    H2OFrame scored = hc.asH2OFrame(rows(200), "scored_input");
    Job training = client.train("gbm", Map.of(
        "training_frame", "scored_input", "response_column", "y", "ignored_columns", "[\"id\"]",
        "ntrees", 3, "max_depth", 2, "seed", 7));
    String model = hc.awaitJob(training, Duration.ofMinutes(2)).destination();
    client.predict(model, "scored_input", "shared_predictions");
    StoredKeys withPredictions = client.storedKeys();

    scored.delete();

    StoredKeys afterInputRemoved = client.storedKeys();
    assertThat(withPredictions.layouts())
        .as("the predictions add no group: they live in the input's").isEqualTo(before.layouts() + KEYS_PER_GROUP);
    assertThat(afterInputRemoved.layouts()).as("the group stays while the predictions use it")
        .isEqualTo(withPredictions.layouts());
    Dataset<Row> predictions = hc.asSparkFrame("shared_predictions");
    assertThat(predictions.count()).isEqualTo(200);
    assertThat(predictions.agg(functions.min("predict"), functions.max("predict")).first())
        .as("predictions between the smallest and largest label")
        .satisfies(range -> assertThat(range.getDouble(0)).isGreaterThanOrEqualTo(0.0))
        .satisfies(range -> assertThat(range.getDouble(1)).isLessThanOrEqualTo(19.0));

    hc.frame("shared_predictions").delete();
    client.deleteModel(model);
    // H2O finishes some removals in the background (a loaded node may still count the predictions' chunk for a moment),
    // so the counts must come back, not be back at once.
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
      StoredKeys now = client.storedKeys();
      assertThat(now.layouts()).as("the group goes with the last frame using it: %s", now).isEqualTo(before.layouts());
      assertThat(now.userData()).as("user data back to before: %s", now).isEqualTo(before.userData());
    });
    StoredKeys after = client.storedKeys();
    // Not compared: "other", where H2O's training and model removal leave keys of their own (not the frames'), and jobs:
    // H2O keeps the training and scoring job records for its job list by design (GET /3/Jobs).
    assertThat(after.jobs()).isGreaterThan(before.jobs());
  }
}
