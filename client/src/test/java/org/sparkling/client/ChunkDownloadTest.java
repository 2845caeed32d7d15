package org.sparkling.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkling.extension.ChunkEncoder;
import org.sparkling.extension.ColumnType;
import org.sparkling.extension.DownloadDecoder;

/**
 * Chunks read back over REST ({@code GET /3/sparkling/frames/{id}/chunks/{index}}) from a real H2O node, after being sent
 * there over REST: every column type, missing values, infinities, unicode, an empty chunk, and the error replies.
 */
class ChunkDownloadTest {
  private static final String FRAME = "downloads";
  private static final List<String> LEVELS = IntStream.range(0, 40).mapToObj(level -> "level " + level).toList();
  private static final long NOW = 1_767_225_600_123L;
  private static H2ONodeProcess node;
  private static H2OClient h2o;

  @BeforeAll
  static void startNodeWithAFrame() {
    node = H2ONodeProcess.start();
    h2o = node.client();
    h2o.createFrame(FRAME, List.of("real", "whole", "level", "text", "time"));
    ChunkEncoder chunk =
        new ChunkEncoder(
            new ColumnType[] {
              ColumnType.NUMERIC, ColumnType.NUMERIC, ColumnType.CATEGORICAL, ColumnType.STRING, ColumnType.TIME
            });
    addRow(chunk, 1.5, Long.MAX_VALUE - 1, 0, "Zürich", NOW);
    addRow(chunk, Double.POSITIVE_INFINITY, -7L, 39, "東京 🎉", -NOW);
    addRow(chunk, Double.NEGATIVE_INFINITY, null, null, "", null);
    addRow(chunk, null, 0L, 1, null, 0L);
    h2o.uploadChunk(FRAME, 0, 2, chunk.encode());
    // Chunk 1 is an empty partition: nothing is sent for it.
    h2o.finishFrame(
        FRAME, new long[] {4, 0}, List.of("numeric", "numeric", "categorical", "string", "time"),
        Arrays.asList(null, null, LEVELS, null, null), List.of());
  }

  @AfterAll
  static void stopNode() {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void readsEveryColumnOfAChunkValueByValue() {
    try (DownloadDecoder chunk = download(0, null)) {
      assertThat(chunk.rows()).isEqualTo(4);
      assertThat(chunk.load(0, 100)).isEqualTo(4);
      assertThat(IntStream.range(0, 4).mapToObj(row -> chunk.isMissing(0, row) ? null : chunk.doubleAt(0, row)))
          .containsExactly(1.5, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, null);
      assertThat(IntStream.range(0, 4).mapToObj(row -> chunk.isMissing(1, row) ? null : chunk.longAt(1, row)))
          .containsExactly(Long.MAX_VALUE - 1, -7L, null, 0L);
      assertThat(IntStream.range(0, 4).mapToObj(row -> chunk.isMissing(2, row) ? null : chunk.levelAt(2, row)))
          .containsExactly(0, 39, null, 1);
      assertThat(IntStream.range(0, 4).mapToObj(row -> chunk.isMissing(3, row) ? null : text(chunk.utf8At(3, row))))
          .containsExactly("Zürich", "東京 🎉", "", null);
      assertThat(IntStream.range(0, 4).mapToObj(row -> chunk.isMissing(4, row) ? null : chunk.longAt(4, row)))
          .containsExactly(NOW, -NOW, null, 0L);
    }
  }

  @Test
  void readsOnlyTheAskedColumns() {
    try (DownloadDecoder chunk = download(0, new int[] {3})) {
      chunk.load(0, 4);

      assertThat(text(chunk.utf8At(3, 0))).isEqualTo("Zürich");
      assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> chunk.doubleAt(0, 0)))
          .hasMessageContaining("Column 0 was not downloaded");
    }
  }

  @Test
  void readsAnEmptyChunk() {
    try (DownloadDecoder chunk = download(1, new int[] {0, 2, 3})) {
      assertThat(chunk.rows()).isZero();
      assertThat(chunk.load(0, 100)).isZero();
    }
  }

  @Test
  void givesEveryLevelOfACategoricalColumnThatTheDescriptionLeavesOut() {
    assertThat(h2o.describeFrame(FRAME).columns().get(2).domain()).as("too many levels to describe").isNull();

    assertThat(h2o.domains(FRAME, new int[] {2, 0})).containsExactly(LEVELS, null);
    assertThat(h2o.domains(FRAME, null)).hasSize(5);
  }

  @Test
  void anUnknownFrameIsNotFound() {
    H2OServerException error = catchThrowableOfType(H2OServerException.class, () -> h2o.downloadChunk("nope", 0, null));

    assertThat(error.status()).isEqualTo(404);
    assertThat(error.serverMessage()).isEqualTo("No H2O frame with id 'nope' on this cluster");
    assertThat(error).hasMessageStartingWith("H2O rejected GET /3/sparkling/frames/nope/chunks/0 with HTTP 404");
  }

  @Test
  void aChunkIndexOutOfRangeIsRejectedNamingTheValidRange() {
    H2OServerException error = catchThrowableOfType(H2OServerException.class, () -> h2o.downloadChunk(FRAME, 2, null));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.serverMessage()).isEqualTo("Chunk 2 does not exist: frame 'downloads' has chunks 0 to 1");
    assertThat(catchThrowableOfType(H2OServerException.class, () -> h2o.downloadChunk(FRAME, -1, null)).status())
        .isEqualTo(400);
  }

  @Test
  void aColumnOutOfRangeIsRejectedNamingTheValidRange() {
    H2OServerException error =
        catchThrowableOfType(H2OServerException.class, () -> h2o.downloadChunk(FRAME, 0, new int[] {1, 5}));

    assertThat(error.status()).isEqualTo(400);
    assertThat(error.serverMessage()).isEqualTo(
        "Invalid column '5' in columns=1,5: expected column numbers separated by commas, from 0 to 4");
  }

  @Test
  void aFrameStillBeingBuiltCannotBeRead() {
    h2o.createFrame("unfinished", List.of("a"));
    try {
      H2OServerException error =
          catchThrowableOfType(H2OServerException.class, () -> h2o.downloadChunk("unfinished", 0, null));

      assertThat(error.status()).isEqualTo(400);
      assertThat(error.serverMessage()).contains("Frame 'unfinished' is still being built");
    } finally {
      h2o.deleteFrame("unfinished");
    }
  }

  /**
   * A task whose executor dies while it posts its chunk leaves a request cut short, which the node may finish reading
   * after the retried task stored the whole chunk: the cut-short one must not replace it.
   */
  @Test
  void anUploadCutShortStoresNothing() {
    h2o.createFrame("cut_short", List.of("whole"));
    try {
      ChunkEncoder whole = new ChunkEncoder(new ColumnType[] {ColumnType.NUMERIC});
      ChunkEncoder late = new ChunkEncoder(new ColumnType[] {ColumnType.NUMERIC});
      for (long row = 0; row < 1_000; row++) {
        whole.addLong(0, row);
        whole.endRow();
        late.addLong(0, -row);
        late.endRow();
      }
      h2o.uploadChunk("cut_short", 0, 1, whole.encode());
      byte[] lateBytes = late.encode();

      H2OServerException error =
          catchThrowableOfType(
              H2OServerException.class,
              () -> h2o.uploadChunk("cut_short", 0, 1, Arrays.copyOf(lateBytes, lateBytes.length / 2)));
      h2o.finishFrame("cut_short", new long[] {1_000}, List.of("numeric"), Arrays.asList((List<String>) null), List.of());

      assertThat(error.status()).isEqualTo(400);
      assertThat(error.serverMessage()).contains("Cannot read chunk 0 of frame 'cut_short'");
      try (DownloadDecoder chunk = DownloadDecoder.open(h2o.downloadChunk("cut_short", 0, null), "cut_short")) {
        assertThat(chunk.load(0, 2_000)).isEqualTo(1_000);
        assertThat(IntStream.range(0, 1_000).mapToLong(row -> chunk.longAt(0, row)).sum()).isEqualTo(999L * 1_000 / 2);
      }
    } finally {
      h2o.deleteFrame("cut_short");
    }
  }

  private static DownloadDecoder download(int index, int[] columns) {
    return DownloadDecoder.open(h2o.downloadChunk(FRAME, index, columns), "chunk " + index + " of " + FRAME);
  }

  private static String text(byte[] utf8) {
    return new String(utf8, StandardCharsets.UTF_8);
  }

  private static void addRow(ChunkEncoder chunk, Double real, Long whole, Integer level, String text, Long time) {
    if (real == null) {
      chunk.addMissing(0);
    } else {
      chunk.addDouble(0, real);
    }
    if (whole == null) {
      chunk.addMissing(1);
    } else {
      chunk.addLong(1, whole);
    }
    if (level == null) {
      chunk.addMissing(2);
    } else {
      chunk.addLevel(2, level);
    }
    if (text == null) {
      chunk.addMissing(3);
    } else {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      chunk.addString(3, utf8, 0, utf8.length);
    }
    if (time == null) {
      chunk.addMissing(4);
    } else {
      chunk.addTime(4, time);
    }
    chunk.endRow();
  }
}
