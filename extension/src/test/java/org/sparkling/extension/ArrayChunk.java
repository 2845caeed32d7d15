package org.sparkling.extension;

import java.nio.charset.StandardCharsets;

/** A chunk held in arrays, one per column: {@code Double}, {@code Long}, {@code Integer} (a level) or {@code String}. */
final class ArrayChunk implements ChunkInput {
  private final Object[][] columns;
  private final int rows;

  ArrayChunk(int rows, Object[]... columns) {
    this.rows = rows;
    this.columns = columns;
  }

  @Override
  public int rows() {
    return rows;
  }

  @Override
  public boolean isMissing(int column, int row) {
    Object value = columns[column][row];
    return value == null || value instanceof Double number && number.isNaN();
  }

  @Override
  public long longAt(int column, int row) {
    return (Long) columns[column][row];
  }

  @Override
  public double doubleAt(int column, int row) {
    return (Double) columns[column][row];
  }

  @Override
  public void doubles(int column, int from, int to, double[] into) {
    for (int row = from; row < to; row++) {
      Object value = columns[column][row];
      into[row - from] = value == null ? Double.NaN : (Double) value;
    }
  }

  @Override
  public int levelAt(int column, int row) {
    return (Integer) columns[column][row];
  }

  @Override
  public byte[] utf8At(int column, int row) {
    return ((String) columns[column][row]).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {}
}
