package org.sparkling.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The download stream, encoded and decoded without a node, on seeded random chunks and on edge values. */
class DownloadEncodingTest {
  private static final byte[] KINDS = {
    ChunkEncoding.DOUBLE, ChunkEncoding.LONG, ChunkEncoding.LEVEL, ChunkEncoding.TIME, ChunkEncoding.STRING
  };
  private static final String[] TEXTS = {"", "a", "Zürich", "東京", "emoji 🎉", "tab\there", "x".repeat(300)};

  @ParameterizedTest(name = "{0} rows")
  @ValueSource(ints = {0, 1, 7, DownloadEncoder.BATCH_ROWS, DownloadEncoder.BATCH_ROWS + 1, 70_001})
  void everyKindComesBackValueByValueAcrossBatches(int rows) {
    ArrayChunk chunk = randomChunk(rows, new Random(rows));
    int[] columns = {0, 1, 2, 3, 4};

    try (DownloadDecoder decoded = roundTrip(chunk, columns, KINDS)) {
      assertThat(decoded.rows()).isEqualTo(rows);
      assertSameValues(chunk, decoded, columns);
    }
  }

  @Test
  void sendsOnlyTheAskedColumnsInTheAskedOrder() {
    ArrayChunk chunk = randomChunk(100, new Random(1));

    try (DownloadDecoder decoded = roundTrip(chunk, new int[] {4, 1}, new byte[] {ChunkEncoding.STRING, ChunkEncoding.LONG})) {
      assertSameValues(chunk, decoded, new int[] {4, 1});
      assertThatThrownBy(() -> decoded.doubleAt(0, 0)).hasMessageContaining("Column 0 was not downloaded");
    }
  }

  @Test
  void aChunkReadWithoutColumnsStillCountsItsRows() {
    try (DownloadDecoder decoded = roundTrip(randomChunk(40_000, new Random(2)), new int[0], new byte[0])) {
      assertThat(decoded.load(0, 100_000)).isEqualTo(DownloadEncoder.BATCH_ROWS);
      assertThat(decoded.load(DownloadEncoder.BATCH_ROWS, 100_000)).isEqualTo(40_000 - DownloadEncoder.BATCH_ROWS);
    }
  }

  @Test
  void wholeNumbersKeepTheirExtremesAndMissingValues() {
    Long[] longs = {Long.MAX_VALUE, Long.MIN_VALUE + 1, null, 0L, -1L, 1L << 40, null};
    Double[] doubles = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, null, -0.0, Double.MIN_VALUE, Double.MAX_VALUE, 1.5};
    ArrayChunk chunk = new ArrayChunk(longs.length, doubles, longs);

    try (DownloadDecoder decoded =
        roundTrip(chunk, new int[] {0, 1}, new byte[] {ChunkEncoding.DOUBLE, ChunkEncoding.LONG})) {
      assertSameValues(chunk, decoded, new int[] {0, 1});
      assertThat(decoded.doubleAt(1, 2)).as("a missing whole number read as a double").isNaN();
    }
  }

  @Test
  void aColumnWithoutValuesTakesOneByte() {
    Long[] missing = new Long[1000];
    ByteArrayOutputStream withColumn = encode(new ArrayChunk(1000, missing), new int[] {0}, new byte[] {ChunkEncoding.LONG});
    ByteArrayOutputStream without = encode(new ArrayChunk(1000, missing), new int[0], new byte[0]);

    assertThat(withColumn.size() - without.size()).isEqualTo(Integer.BYTES + 1 + 1);
  }

  @Test
  void narrowSpreadsTakeFewBytes() {
    assertThat(IntegerBlock.width(0)).isEqualTo(1);
    assertThat(IntegerBlock.width(255)).isEqualTo(1);
    assertThat(IntegerBlock.width(256)).isEqualTo(2);
    assertThat(IntegerBlock.width(65_536)).isEqualTo(4);
    assertThat(IntegerBlock.width(1L << 32)).isEqualTo(8);
    assertThat(IntegerBlock.width(Long.MAX_VALUE - Long.MIN_VALUE)).as("any spread, as an unsigned number").isEqualTo(8);
  }

  @Test
  void aCutStreamIsAClearError() {
    byte[] bytes = encode(randomChunk(1000, new Random(3)), new int[] {0, 1, 2, 3, 4}, KINDS).toByteArray();
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 2);

    DownloadDecoder decoded = DownloadDecoder.open(new ByteArrayInputStream(cut), "chunk 0 of frame 'f'");
    assertThatThrownBy(() -> decoded.load(0, 2000))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("Cannot read chunk 0 of frame 'f': the stream ended early (the node failed or the connection broke)");
  }

  @Test
  void somethingElseThanAChunkIsAClearError() {
    byte[] json = "{\"msg\":\"hello\"}".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> DownloadDecoder.open(new ByteArrayInputStream(json), "chunk 0 of frame 'f'"))
        .hasMessage("Cannot read chunk 0 of frame 'f': not a Sparkling chunk download (bad magic number)");
  }

  @Test
  void rowsAreReadForward() {
    try (DownloadDecoder decoded = roundTrip(randomChunk(40_000, new Random(4)), new int[] {0}, new byte[] {KINDS[0]})) {
      decoded.load(0, DownloadEncoder.BATCH_ROWS);
      decoded.load(DownloadEncoder.BATCH_ROWS, DownloadEncoder.BATCH_ROWS);

      assertThatThrownBy(() -> decoded.isMissing(0, 0)).hasMessageContaining("Row 0 of a downloaded chunk is not loaded");
      assertThatThrownBy(() -> decoded.load(0, 10)).hasMessageContaining("read forward");
    }
  }

  private static ArrayChunk randomChunk(int rows, Random random) {
    Double[] doubles = new Double[rows];
    Long[] longs = new Long[rows];
    Integer[] levels = new Integer[rows];
    Long[] times = new Long[rows];
    String[] strings = new String[rows];
    long base = random.nextLong();
    for (int row = 0; row < rows; row++) {
      boolean missing = random.nextInt(10) == 0;
      doubles[row] = missing ? null : random.nextInt(20) == 0 ? Double.POSITIVE_INFINITY : random.nextGaussian() * 1e6;
      longs[row] = missing ? null : base + random.nextInt(1 << (1 + row % 30));
      levels[row] = missing ? null : random.nextInt(300);
      times[row] = missing ? null : 1_700_000_000_000L - random.nextInt(1_000_000_000);
      strings[row] = random.nextInt(10) == 0 ? null : TEXTS[random.nextInt(TEXTS.length)];
    }
    return new ArrayChunk(rows, doubles, longs, levels, times, strings);
  }

  private static void assertSameValues(ArrayChunk expected, DownloadDecoder actual, int[] columns) {
    double[] doubles = new double[DownloadEncoder.BATCH_ROWS];
    for (int from = 0; from < expected.rows(); ) {
      int count = actual.load(from, DownloadEncoder.BATCH_ROWS);
      for (int i = 0; i < columns.length; i++) {
        int column = columns[i];
        for (int row = from; row < from + count; row++) {
          assertThat(actual.isMissing(column, row)).as("missing at column %d row %d", column, row)
              .isEqualTo(expected.isMissing(column, row));
          if (!expected.isMissing(column, row)) {
            assertThat(valueOf(actual, column, row, KINDS[column])).as("column %d row %d", column, row)
                .isEqualTo(valueOf(expected, column, row, KINDS[column]));
          }
        }
        if (KINDS[column] == ChunkEncoding.DOUBLE) {
          actual.doubles(column, from, from + count, doubles);
          double[] wanted = new double[count];
          expected.doubles(column, from, from + count, wanted);
          assertThat(Arrays.copyOf(doubles, count)).containsExactly(wanted);
        }
      }
      from += count;
    }
  }

  private static Object valueOf(ChunkInput chunk, int column, int row, byte kind) {
    return switch (kind) {
      case ChunkEncoding.DOUBLE -> chunk.doubleAt(column, row);
      case ChunkEncoding.LEVEL -> chunk.levelAt(column, row);
      case ChunkEncoding.STRING -> new String(chunk.utf8At(column, row), StandardCharsets.UTF_8);
      default -> chunk.longAt(column, row);
    };
  }

  private static DownloadDecoder roundTrip(ArrayChunk chunk, int[] columns, byte[] kinds) {
    return DownloadDecoder.open(new ByteArrayInputStream(encode(chunk, columns, kinds).toByteArray()), "a test chunk");
  }

  private static ByteArrayOutputStream encode(ArrayChunk chunk, int[] columns, byte[] kinds) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      DownloadEncoder.write(chunk, columns, kinds, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes;
  }
}
