package org.sparkling.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client against a real one-node H2O cloud in its own JVM: cloud, jobs, training, MOJOs, and H2O's errors. */
class H2OClientTest {
  private static final Duration JOB_TIMEOUT = Duration.ofMinutes(2);
  private static final String TRAINING_FRAME = "random_train";

  private static H2ONodeProcess node;
  private static H2OClient h2o;

  @BeforeAll
  static void startNode() {
    node = H2ONodeProcess.start();
    h2o = node.client();
    createRandomFrame(TRAINING_FRAME, 1000);
  }

  @AfterAll
  static void stopNode() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void cloudDescribesTheOneHealthyNode() {
    Cloud cloud = h2o.cloud();

    assertThat(cloud.version()).isEqualTo("3.44.0.1");
    assertThat(cloud.cloudName()).startsWith("sparkling-client-test-");
    assertThat(cloud.cloudSize()).isEqualTo(1);
    assertThat(cloud.cloudHealthy()).isTrue();
    assertThat(cloud.nodes()).singleElement().satisfies(member -> {
      assertThat(member.ipPort()).isEqualTo(node.ipPort());
      assertThat(member.healthy()).isTrue();
      assertThat(member.maxMem()).isPositive();
    });
  }

  @Test
  void anUnknownJobIsRejectedWithH2OsMessage() {
    H2OServerException error = catchThrowableOfType(H2OServerException.class, () -> h2o.job("nonexistent"));

    // H2O 3.44 answers a missing job with 400 (IllegalArgumentException "Job is missing"), not 404.
    assertThat(error.status()).isEqualTo(400);
    assertThat(error.serverMessage()).contains("Job is missing");
    assertThat(error).hasMessageStartingWith("H2O rejected GET /3/Jobs/nonexistent with HTTP 400");
  }

  @Test
  void trainingOnAMissingFrameIsRejectedWithH2OsMessage() {
    H2OServerException error =
        catchThrowableOfType(
            H2OServerException.class, () -> h2o.train("gbm", Map.of("training_frame", "nope", "response_column", "y")));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.serverMessage()).contains("Object with key='nope' doesn't exist in DKV.");
  }

  @Test
  void trainingWithAMissingResponseColumnCarriesH2OsFieldErrors() {
    H2OServerException error =
        catchThrowableOfType(
            H2OServerException.class,
            () -> h2o.train("gbm", Map.of("training_frame", TRAINING_FRAME, "response_column", "y")));

    // H2OModelBuilderErrorV3: 412 Precondition Failed, with one ERRR message per invalid field.
    assertThat(error.status()).isEqualTo(412);
    assertThat(error.serverMessage())
        .startsWith("response_column: Response column 'y' not found in the training frame")
        .doesNotContain("ERROR MESSAGE");
  }

  @Test
  void trainsAModelAndDownloadsItsMojo() throws IOException {
    Job started =
        h2o.train(
            "gbm",
            Map.of(
                "model_id", "gbm_small", "training_frame", TRAINING_FRAME, "response_column", "response",
                "ntrees", 3, "max_depth", 2, "seed", 7, "ignored_columns", List.of("C3")));
    List<Job> polls = new CopyOnWriteArrayList<>();

    Job done = h2o.awaitJob(started.key(), JOB_TIMEOUT, polls::add);

    assertThat(started.destination()).isEqualTo("gbm_small");
    assertThat(done.succeeded()).isTrue();
    assertThat(done.destination()).isEqualTo("gbm_small");
    assertThat(done.progress()).isEqualTo(1.0);
    assertThat(polls).isNotEmpty().last().isEqualTo(done);

    byte[] mojo = h2o.mojo("gbm_small");
    assertThat(zipEntries(mojo)).contains("model.ini", "domains/d000.txt");

    h2o.deleteModel("gbm_small");
    H2OServerException gone = catchThrowableOfType(H2OServerException.class, () -> h2o.mojo("gbm_small"));
    assertThat(gone.status()).isEqualTo(404);
    assertThat(gone.serverMessage()).contains("Object 'gbm_small' not found");
  }

  @Test
  void awaitJobGivesUpOnARunningJobAndReportsACancelledOne() {
    // Far more trees than can be built before the first poll: the job is reliably still running.
    Job started =
        h2o.train(
            "gbm",
            Map.of(
                "model_id", "gbm_endless", "training_frame", TRAINING_FRAME, "response_column", "response",
                "ntrees", 100_000, "max_depth", 8, "min_rows", 1, "seed", 7));
    try {
      H2OJobFailedException stillRunning =
          catchThrowableOfType(H2OJobFailedException.class, () -> h2o.awaitJob(started.key(), Duration.ZERO, null));
      assertThat(stillRunning.job().finished()).isFalse();
      assertThat(stillRunning).hasMessageContaining(started.key()).hasMessageContaining("it keeps running on");

      h2o.post("/3/Jobs/" + Form.escape(started.key()) + "/cancel", Map.of());

      H2OJobFailedException cancelled =
          catchThrowableOfType(H2OJobFailedException.class, () -> h2o.awaitJob(started.key(), JOB_TIMEOUT, null));
      assertThat(cancelled.job().status()).isEqualTo("CANCELLED");
      assertThat(cancelled).hasMessageContaining("ended CANCELLED");
    } finally {
      deleteQuietly("gbm_endless");
    }
  }

  @Test
  void deletingAModelThatDoesNotExistIsRejected() {
    H2OServerException error = catchThrowableOfType(H2OServerException.class, () -> h2o.deleteModel("no_such_model"));

    assertThat(error.status()).isEqualTo(404);
    assertThat(error.serverMessage()).contains("no_such_model");
  }

  /** A frame of {@code rows} random rows: three real columns and a two-level categorical {@code response}. */
  private static void createRandomFrame(String frameId, int rows) {
    Map<String, Object> spec =
        Map.ofEntries(
            Map.entry("dest", frameId), Map.entry("rows", rows), Map.entry("cols", 3), Map.entry("seed", 42),
            Map.entry("has_response", true), Map.entry("response_factors", 2),
            Map.entry("categorical_fraction", 0), Map.entry("integer_fraction", 0), Map.entry("binary_fraction", 0),
            Map.entry("time_fraction", 0), Map.entry("string_fraction", 0), Map.entry("missing_fraction", 0));
    Job created = JobReplies.job(h2o.post("/3/CreateFrame", spec));
    h2o.awaitJob(created.key(), JOB_TIMEOUT, null);
  }

  private static void deleteQuietly(String modelId) {
    try {
      h2o.deleteModel(modelId);
    } catch (H2OServerException alreadyGone) {
      // A cancelled build may leave no model behind.
    }
  }

  private static List<String> zipEntries(byte[] zip) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    return names;
  }
}
