package org.sparkling.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Sparkling extension's frame endpoints ({@code /3/sparkling/frames/*}) through the client, on a real H2O node. Chunks
 * are written in-process by executors, so over REST alone a frame can only be finished with no rows.
 */
class FrameEndpointsTest {
  private static H2ONodeProcess node;
  private static H2OClient h2o;

  @BeforeAll
  static void startNode() {
    node = H2ONodeProcess.start();
    h2o = node.client();
  }

  @AfterAll
  static void stopNode() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void createsAndDeletesAFrameBeingBuilt() {
    h2o.createFrame("f", List.of("a", "b"));

    h2o.deleteFrame("f");

    assertThat(catchThrowableOfType(H2OServerException.class, () -> h2o.describeFrame("f")).status()).isEqualTo(404);
  }

  @Test
  void deletesAFrameBeingBuiltWithTheChunksItsWritersMayHaveLeft() {
    h2o.createFrame("abandoned", List.of("a"));

    h2o.deleteFrame("abandoned", 4);

    assertThat(catchThrowableOfType(H2OServerException.class, () -> h2o.describeFrame("abandoned")).status())
        .isEqualTo(404);
  }

  @Test
  void describingAMissingFrameIsNotFoundAndNamesTheFrame() {
    H2OServerException error = catchThrowableOfType(H2OServerException.class, () -> h2o.describeFrame("missing"));

    assertThat(error.status()).isEqualTo(404);
    assertThat(error.serverMessage()).isEqualTo("No H2O frame with id 'missing' on this cluster");
    assertThat(error).hasMessageStartingWith("H2O rejected GET /3/sparkling/frames/missing with HTTP 404");
  }

  @Test
  void duplicateColumnNamesAreRejectedNamingTheDuplicate() {
    H2OServerException error =
        catchThrowableOfType(H2OServerException.class, () -> h2o.createFrame("dup", List.of("a", "b", "a")));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.serverMessage()).contains("Column name 'a' appears twice");
  }

  @Test
  void aFrameWithoutAnyColumnCannotBeFinished() {
    // No fixed columns is fine while building (all columns may be found in the data), but a frame needs one in the end.
    h2o.createFrame("none", List.of());
    H2OServerException error =
        catchThrowableOfType(
            H2OServerException.class, () -> h2o.finishFrame("none", new long[] {0}, List.of(), null, List.of()));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.serverMessage()).contains("names 0 columns");
    h2o.deleteFrame("none");
  }

  @Test
  void finishingAFrameNeverCreatedIsNotFound() {
    H2OServerException error =
        catchThrowableOfType(
            H2OServerException.class,
            () -> h2o.finishFrame("never", new long[] {0}, List.of("numeric"), null, List.of()));

    assertThat(error.status()).isEqualTo(404);
    assertThat(error.serverMessage()).contains("Frame 'never' is not being built");
  }

  @Test
  void finishingWithTheWrongNumberOfTypesIsRejected() {
    h2o.createFrame("two_columns", List.of("a", "b"));
    try {
      H2OServerException error =
          catchThrowableOfType(
              H2OServerException.class,
              () -> h2o.finishFrame("two_columns", new long[] {}, List.of("numeric"), null, List.of()));

      assertThat(error.status()).isEqualTo(400);
      assertThat(error.serverMessage()).contains("has 2 columns but 1 types were given");
    } finally {
      h2o.deleteFrame("two_columns");
    }
  }

  @Test
  void anUnknownColumnTypeIsRejectedListingTheKnownOnes() {
    h2o.createFrame("typo", List.of("a"));
    try {
      H2OServerException error =
          catchThrowableOfType(
              H2OServerException.class, () -> h2o.finishFrame("typo", new long[] {}, List.of("number"), null, List.of()));

      assertThat(error.status()).isEqualTo(400);
      assertThat(error.serverMessage()).contains("Unknown column type 'number'").contains("numeric, categorical");
    } finally {
      h2o.deleteFrame("typo");
    }
  }

  @Test
  void finishesAFrameFromAnEmptyPartition() {
    // One Spark partition that held no rows: one chunk index with 0 rows, no chunk ever written.
    h2o.createFrame("empty", List.of("x"));

    FrameDescription finished = h2o.finishFrame("empty", new long[] {0}, List.of("numeric"), null, List.of());

    assertThat(finished.frameId()).isEqualTo("empty");
    assertThat(finished.rows()).isZero();
    assertThat(finished.columns()).singleElement().satisfies(column -> {
      assertThat(column.name()).isEqualTo("x");
      assertThat(column.type()).isEqualTo("numeric");
      assertThat(column.naCount()).as("no statistics until asked").isEqualTo(-1);
    });
    assertThat(finished.hasStatistics()).isFalse();
    assertThat(finished.chunks()).containsExactly(new FrameDescription.Chunk(0, 0, node.ipPort()));
    FrameDescription described = h2o.describeFrame("empty");
    assertThat(described.hasStatistics()).isTrue();
    assertThat(described.columns().get(0).naCount()).isZero();
    assertThat(described.chunks()).isEqualTo(finished.chunks());
  }

  @Test
  void finishesAFrameWithNoPartitions() {
    // spark.emptyDataFrame has no partitions at all: no chunk indices.
    h2o.createFrame("no_partitions", List.of("x", "label"));

    FrameDescription finished =
        h2o.finishFrame("no_partitions", new long[] {}, List.of("numeric", "string"), null, List.of());

    assertThat(finished.rows()).isZero();
    assertThat(finished.names()).containsExactly("x", "label");
    assertThat(finished.columns()).extracting(FrameDescription.Column::type).containsExactly("numeric", "string");
    assertThat(finished.chunks()).isEmpty();
    assertThat(h2o.describeFrame("no_partitions").names()).containsExactly("x", "label");
  }

  @Test
  void finishingTwiceIsRejected() {
    h2o.createFrame("twice", List.of("x"));
    h2o.finishFrame("twice", new long[] {}, List.of("numeric"), null, List.of());

    H2OServerException error =
        catchThrowableOfType(
            H2OServerException.class, () -> h2o.finishFrame("twice", new long[] {}, List.of("numeric"), null, List.of()));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.serverMessage()).isEqualTo("Frame 'twice' is already finished");
  }

  @Test
  void deletesAFinishedFrame() {
    h2o.createFrame("finished", List.of("x"));
    h2o.finishFrame("finished", new long[] {}, List.of("numeric"), null, List.of());

    h2o.deleteFrame("finished");

    assertThat(catchThrowableOfType(H2OServerException.class, () -> h2o.describeFrame("finished")).status())
        .isEqualTo(404);
  }

  @Test
  void creatingAFrameReplacesAFinishedFrameOfTheSameId() {
    h2o.createFrame("replaced", List.of("old"));
    h2o.finishFrame("replaced", new long[] {}, List.of("numeric"), null, List.of());

    h2o.createFrame("replaced", List.of("new"));
    FrameDescription finished = h2o.finishFrame("replaced", new long[] {}, List.of("string"), null, List.of());

    assertThat(finished.names()).containsExactly("new");
  }

  @Test
  void describingAFrameStillBeingBuiltIsAClientErrorNamingTheFrame() {
    h2o.createFrame("in_progress", List.of("a"));
    try {
      H2OServerException error = catchThrowableOfType(H2OServerException.class, () -> h2o.describeFrame("in_progress"));

      assertThat(error.status()).isBetween(400, 499);
      assertThat(error.serverMessage()).contains("in_progress");
    } finally {
      h2o.deleteFrame("in_progress");
    }
  }

  @Test
  void everyChunkOfAFrameBeingBuiltIsHomedOnTheOnlyNode() {
    h2o.createFrame("homed", List.of("a"));
    try {
      assertThat(h2o.chunkHomes("homed", 3)).containsExactly(node.restApi(), node.restApi(), node.restApi());
      assertThat(h2o.chunkHomes("homed", 0)).isEmpty();
    } finally {
      h2o.deleteFrame("homed");
    }
  }

  @Test
  void chunkHomesNeedAFrameAndACount() {
    H2OServerException missing = catchThrowableOfType(H2OServerException.class, () -> h2o.chunkHomes("nowhere", 2));
    h2o.createFrame("uncounted", List.of("a"));
    H2OServerException negative = catchThrowableOfType(H2OServerException.class, () -> h2o.chunkHomes("uncounted", -1));
    h2o.deleteFrame("uncounted");

    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.serverMessage()).isEqualTo("No H2O frame with id 'nowhere' on this cluster");
    assertThat(negative.status()).isEqualTo(400);
    assertThat(negative.serverMessage()).contains("'chunks' must be a whole number of at least 0", "got: -1");
  }

  @Test
  void theNodeNamesItselfInItsTraffic() {
    ChunkTraffic traffic = h2o.chunkTraffic();

    assertThat(NodeAddress.restApi(node.restApi(), traffic.node())).isEqualTo(node.restApi());
    assertThat(traffic.chunksReceivedHomedElsewhere()).as("a node of one holds every chunk").isZero();
    assertThat(traffic.chunksSentHomedElsewhere()).isZero();
  }

  @Test
  void deletingAFrameThatDoesNotExistIsNotAnError() {
    assertThatCode(() -> h2o.deleteFrame("never_existed")).doesNotThrowAnyException();
  }
}
