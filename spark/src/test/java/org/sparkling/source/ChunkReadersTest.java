package org.sparkling.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.vectorized.ColumnarBatch;
import org.apache.spark.unsafe.types.UTF8String;
import org.junit.jupiter.api.Test;
import org.sparkling.extension.ChunkInput;

/**
 * Both Spark readers keep the {@link ChunkInput} contract that a downloaded chunk needs: rows are loaded forward, in the
 * runs the chunk gives, and only loaded rows are read. No Spark session, no H2O node.
 */
class ChunkReadersTest {
  private static final int ROWS = 10;
  private static final ScanColumns COLUMNS =
      new ScanColumns(new int[] {1, 0}, new H2OColumn[] {H2OColumn.CATEGORICAL, H2OColumn.INT}, new String[][] {{"a", "b", "c"}, null});

  @Test
  void theRowReaderReadsEveryRowRunByRun() {
    List<String> rows = new ArrayList<>();
    try (ChunkRowReader reader = new ChunkRowReader(new RunsOfThree(), COLUMNS)) {
      while (reader.next()) {
        InternalRow row = reader.get();
        rows.add(text(row.isNullAt(0) ? null : row.getUTF8String(0)) + " " + (row.isNullAt(1) ? null : row.getInt(1)));
      }
    }

    assertThat(rows).containsExactly(expected());
  }

  @Test
  void theBatchReaderMakesOneBatchPerRun() {
    StructType schema = new StructType().add("level", DataTypes.StringType).add("n", DataTypes.IntegerType);
    List<String> rows = new ArrayList<>();
    List<Integer> batchSizes = new ArrayList<>();
    try (ChunkBatchReader reader = new ChunkBatchReader(new RunsOfThree(), COLUMNS, schema)) {
      while (reader.next()) {
        ColumnarBatch batch = reader.get();
        batchSizes.add(batch.numRows());
        for (int i = 0; i < batch.numRows(); i++) {
          InternalRow row = batch.getRow(i);
          rows.add(text(row.isNullAt(0) ? null : row.getUTF8String(0)) + " " + (row.isNullAt(1) ? null : row.getInt(1)));
        }
      }
    }

    assertThat(batchSizes).containsExactly(3, 3, 3, 1);
    assertThat(rows).containsExactly(expected());
  }

  private static String[] expected() {
    String[] rows = new String[ROWS];
    for (int row = 0; row < ROWS; row++) {
      rows[row] = (row % 4 == 3 ? null : "abc".charAt(row % 3)) + " " + (row % 5 == 4 ? null : row * 10);
    }
    return rows;
  }

  private static String text(UTF8String value) {
    return value == null ? null : value.toString();
  }

  /** Ten rows that become readable three at a time, as a downloaded chunk's do batch by batch. */
  private static final class RunsOfThree implements ChunkInput {
    private int start;
    private int end;

    @Override
    public int rows() {
      return ROWS;
    }

    @Override
    public int load(int from, int maxRows) {
      assertThat(from).as("runs are loaded forward").isEqualTo(end);
      start = from;
      end = Math.min(ROWS, from + 3);
      return Math.min(maxRows, end - from);
    }

    @Override
    public boolean isMissing(int column, int row) {
      return column == 0 ? loaded(row) % 5 == 4 : loaded(row) % 4 == 3;
    }

    @Override
    public long longAt(int column, int row) {
      return loaded(row) * 10L;
    }

    @Override
    public double doubleAt(int column, int row) {
      return longAt(column, row);
    }

    @Override
    public void doubles(int column, int from, int to, double[] into) {
      throw new UnsupportedOperationException("no doubles here");
    }

    @Override
    public int levelAt(int column, int row) {
      return loaded(row) % 3;
    }

    @Override
    public byte[] utf8At(int column, int row) {
      return "abc".substring(levelAt(column, row), levelAt(column, row) + 1).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {}

    private int loaded(int row) {
      assertThat(row).as("a loaded row").isBetween(start, end - 1);
      return row;
    }
  }
}
