package org.sparkling.extension;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a chunk sent in the binary form of {@link ChunkEncoding} and writes it into a {@link ChunkOutput}. */
final class ChunkDecoder {
  /** Opens the output for the chunk once its fixed column types are known. */
  @FunctionalInterface
  interface Target {
    ChunkOutput open(ColumnType[] fixedTypes);
  }

  private ChunkDecoder() {}

  /**
   * Decodes the stream into the opened output, closes it (storing the chunk), and returns the number of rows. A stream that
   * ends early or holds bad data stores nothing: closing would replace the chunk that a retried task may already have
   * stored whole.
   */
  static int decode(InputStream stream, Target target) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    if (in.readInt() != ChunkEncoding.MAGIC) {
      throw new IllegalArgumentException("Not a Sparkling chunk stream (bad magic number)");
    }
    ColumnType[] fixed = new ColumnType[in.readInt()];
    for (int column = 0; column < fixed.length; column++) {
      fixed[column] = type(in.readByte());
    }
    ChunkOutput out = target.open(fixed);
    int found = in.readInt();
    for (int column = 0; column < found; column++) {
      out.addFoundColumn(in.readUTF(), type(in.readByte()));
    }
    int rows = in.readInt();
    for (int column = 0; column < fixed.length + found; column++) {
      readColumn(in, column, in.readInt(), out);
    }
    for (int row = 0; row < rows; row++) {
      out.endRow();
    }
    out.close();
    return rows;
  }

  private static void readColumn(DataInputStream in, int column, int length, ChunkOutput out) throws IOException {
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    DataInputStream entries = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
    while (entries.available() > 0) {
      byte tag = entries.readByte();
      switch (tag) {
        case ChunkEncoding.MISSING -> out.addMissing(column);
        case ChunkEncoding.LONG -> out.addLong(column, entries.readLong());
        case ChunkEncoding.DOUBLE -> out.addDouble(column, entries.readDouble());
        case ChunkEncoding.LEVEL -> out.addLevel(column, entries.readInt());
        case ChunkEncoding.TIME -> out.addTime(column, entries.readLong());
        case ChunkEncoding.STRING -> {
          byte[] utf8 = new byte[entries.readInt()];
          entries.readFully(utf8);
          out.addString(column, utf8, 0, utf8.length);
        }
        case ChunkEncoding.ZEROS -> out.fillZeros(column, out.valuesIn(column) + entries.readInt());
        case ChunkEncoding.MISSING_RUN -> out.fillMissing(column, out.valuesIn(column) + entries.readInt());
        default -> throw new IllegalArgumentException("Unknown entry tag " + tag + " in column " + column);
      }
    }
  }

  private static ColumnType type(byte ordinal) {
    ColumnType[] types = ColumnType.values();
    if (ordinal < 0 || ordinal >= types.length) {
      throw new IllegalArgumentException("Unknown column type " + ordinal + " in a chunk stream");
    }
    return types[ordinal];
  }
}
