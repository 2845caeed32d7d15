package org.sparkling.extension;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Buffers the rows of one chunk in the binary form of {@link ChunkEncoding}, for sending to an H2O node over REST. Memory
 * is bounded by the chunk: one growing buffer per column.
 */
public final class ChunkEncoder implements ChunkOutput {
  private final ColumnType[] fixedTypes;
  private final List<String> foundNames = new ArrayList<>();
  private final List<ColumnType> foundTypes = new ArrayList<>();
  private final List<Column> columns = new ArrayList<>();
  private int rows;

  public ChunkEncoder(ColumnType[] fixedTypes) {
    this.fixedTypes = fixedTypes.clone();
    for (int column = 0; column < fixedTypes.length; column++) {
      columns.add(new Column());
    }
  }

  @Override
  public int addFoundColumn(String name, ColumnType type) {
    foundNames.add(name);
    foundTypes.add(type);
    columns.add(new Column());
    return columns.size() - 1;
  }

  @Override
  public void addLong(int column, long value) {
    column(column).tag(ChunkEncoding.LONG).writeLong(value);
  }

  @Override
  public void addDouble(int column, double value) {
    column(column).tag(ChunkEncoding.DOUBLE).writeDouble(value);
  }

  @Override
  public void addLevel(int column, int level) {
    column(column).tag(ChunkEncoding.LEVEL).writeInt(level);
  }

  @Override
  public void addTime(int column, long epochMillis) {
    column(column).tag(ChunkEncoding.TIME).writeLong(epochMillis);
  }

  @Override
  public void addString(int column, byte[] utf8, int offset, int length) {
    Column out = column(column).tag(ChunkEncoding.STRING);
    out.writeInt(length);
    out.write(utf8, offset, length);
  }

  @Override
  public void addMissing(int column) {
    column(column).tag(ChunkEncoding.MISSING);
  }

  @Override
  public void fillZeros(int column, int row) {
    columns.get(column).run(ChunkEncoding.ZEROS, row);
  }

  @Override
  public void fillMissing(int column, int row) {
    columns.get(column).run(ChunkEncoding.MISSING_RUN, row);
  }

  @Override
  public int valuesIn(int column) {
    return columns.get(column).values;
  }

  @Override
  public void endRow() {
    rows++;
  }

  @Override
  public int rows() {
    return rows;
  }

  /** Nothing to store here: the bytes go out with {@link #encode()}. */
  @Override
  public void close() {}

  /** The chunk as bytes; found columns are padded with missing values to the last row. */
  public byte[] encode() {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(ChunkEncoding.MAGIC);
      out.writeInt(fixedTypes.length);
      for (ColumnType type : fixedTypes) {
        out.writeByte(type.ordinal());
      }
      out.writeInt(foundNames.size());
      for (int found = 0; found < foundNames.size(); found++) {
        out.writeUTF(foundNames.get(found));
        out.writeByte(foundTypes.get(found).ordinal());
      }
      out.writeInt(rows);
      for (Column column : columns) {
        column.run(ChunkEncoding.MISSING_RUN, rows);
        out.writeInt(column.size());
        column.writeTo(out);
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot encode a chunk in memory", e);
    }
  }

  private Column column(int column) {
    Column out = columns.get(column);
    if (column >= fixedTypes.length) {
      out.run(ChunkEncoding.MISSING_RUN, rows);
    }
    return out;
  }

  /** One column's entries. Writing to memory cannot fail, so I/O errors become unchecked. */
  private static final class Column {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final DataOutputStream out = new DataOutputStream(bytes);
    int values;

    Column tag(byte tag) {
      values++;
      return write(() -> out.writeByte(tag));
    }

    void run(byte tag, int upToRow) {
      if (values < upToRow) {
        int count = upToRow - values;
        tag(tag).writeInt(count);
        values += count - 1;
      }
    }

    Column writeInt(int value) {
      return write(() -> out.writeInt(value));
    }

    Column writeLong(long value) {
      return write(() -> out.writeLong(value));
    }

    Column writeDouble(double value) {
      return write(() -> out.writeDouble(value));
    }

    Column write(byte[] utf8, int offset, int length) {
      return write(() -> out.write(utf8, offset, length));
    }

    int size() {
      return bytes.size();
    }

    void writeTo(DataOutputStream target) throws IOException {
      bytes.writeTo(target);
    }

    private Column write(Output output) {
      try {
        output.run();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return this;
    }
  }

  @FunctionalInterface
  private interface Output {
    void run() throws IOException;
  }
}
