package org.sparkling.source;

import org.apache.spark.sql.execution.vectorized.Dictionary;
import org.apache.spark.sql.execution.vectorized.WritableColumnVector;
import org.sparkling.extension.ChunkInput;

/** Fills a Spark column vector with a run of rows of one H2O column, in process or downloaded: the columnar read path. */
final class ColumnFiller {
  private final ChunkInput chunk;
  private final int column;
  private final H2OColumn kind;
  private double[] doubles;

  /** {@code levels}: the levels of a categorical column, which the chunk holds as indexes. */
  ColumnFiller(ChunkInput chunk, int column, H2OColumn kind, String[] levels, WritableColumnVector out) {
    this.chunk = chunk;
    this.column = column;
    this.kind = kind;
    if (kind == H2OColumn.CATEGORICAL) {
      out.setDictionary(new Levels(levels));
    }
  }

  /** Rows {@code from} to {@code from + count} of the column into positions 0 to {@code count} of {@code out}. */
  void fill(int from, int count, WritableColumnVector out) {
    switch (kind) {
      case DOUBLE -> fillDoubles(from, count, out);
      case CATEGORICAL -> fillLevels(from, count, out);
      default -> fillValues(from, count, out);
    }
  }

  private void fillDoubles(int from, int count, WritableColumnVector out) {
    if (doubles == null || doubles.length < count) {
      doubles = new double[count];
    }
    chunk.doubles(column, from, from + count, doubles);
    out.putDoubles(0, count, doubles, 0);
    for (int i = 0; i < count; i++) {
      if (Double.isNaN(doubles[i])) {
        out.putNull(i);
      }
    }
  }

  private void fillLevels(int from, int count, WritableColumnVector out) {
    WritableColumnVector ids = out.reserveDictionaryIds(count);
    for (int i = 0; i < count; i++) {
      if (chunk.isMissing(column, from + i)) {
        out.putNull(i);
      } else {
        ids.putInt(i, chunk.levelAt(column, from + i));
      }
    }
  }

  private void fillValues(int from, int count, WritableColumnVector out) {
    for (int i = 0; i < count; i++) {
      int row = from + i;
      if (chunk.isMissing(column, row)) {
        out.putNull(i);
        continue;
      }
      switch (kind) {
        case BYTE -> out.putByte(i, (byte) chunk.longAt(column, row));
        case SHORT -> out.putShort(i, (short) chunk.longAt(column, row));
        case INT -> out.putInt(i, (int) chunk.longAt(column, row));
        case LONG -> out.putLong(i, chunk.longAt(column, row));
        case BOOLEAN -> out.putBoolean(i, chunk.levelAt(column, row) == 1);
        case STRING -> out.putByteArray(i, chunk.utf8At(column, row));
        case TIMESTAMP -> out.putLong(i, chunk.longAt(column, row) * 1000L);
        default -> throw new IllegalStateException("No columnar fill for " + kind);
      }
    }
  }

  /**
   * A categorical column's levels, as the dictionary its level indices decode through. Each level is encoded when a row
   * first asks for it: a domain may hold millions of levels, every partition has its own dictionary, and a partition
   * may meet few of them.
   */
  private static final class Levels implements Dictionary {
    private final String[] domain;
    private final byte[][] utf8;

    Levels(String[] domain) {
      this.domain = domain;
      this.utf8 = new byte[domain.length][];
    }

    @Override
    public byte[] decodeToBinary(int id) {
      byte[] level = utf8[id];
      if (level == null) {
        level = domain[id].getBytes(java.nio.charset.StandardCharsets.UTF_8);
        utf8[id] = level;
      }
      return level;
    }

    @Override
    public int decodeToInt(int id) {
      throw new UnsupportedOperationException("levels are text");
    }

    @Override
    public long decodeToLong(int id) {
      throw new UnsupportedOperationException("levels are text");
    }

    @Override
    public float decodeToFloat(int id) {
      throw new UnsupportedOperationException("levels are text");
    }

    @Override
    public double decodeToDouble(int id) {
      throw new UnsupportedOperationException("levels are text");
    }
  }
}
