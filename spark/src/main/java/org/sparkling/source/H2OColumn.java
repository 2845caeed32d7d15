package org.sparkling.source;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.unsafe.types.UTF8String;
import org.sparkling.client.FrameDescription;
import org.sparkling.extension.ChunkInput;
import org.sparkling.extension.ColumnType;

/** How one H2O column is read into a Spark column (rules: DESIGN.md, "Data conversion rules"). */
enum H2OColumn {
  BYTE(DataTypes.ByteType) {
    @Override
    Object read(ChunkInput chunk, int column, int row, UTF8String[] levels) {
      return (byte) chunk.longAt(column, row);
    }
  },
  SHORT(DataTypes.ShortType) {
    @Override
    Object read(ChunkInput chunk, int column, int row, UTF8String[] levels) {
      return (short) chunk.longAt(column, row);
    }
  },
  INT(DataTypes.IntegerType) {
    @Override
    Object read(ChunkInput chunk, int column, int row, UTF8String[] levels) {
      return (int) chunk.longAt(column, row);
    }
  },
  LONG(DataTypes.LongType) {
    @Override
    Object read(ChunkInput chunk, int column, int row, UTF8String[] levels) {
      return chunk.longAt(column, row);
    }
  },
  DOUBLE(DataTypes.DoubleType) {
    @Override
    Object read(ChunkInput chunk, int column, int row, UTF8String[] levels) {
      return chunk.doubleAt(column, row);
    }
  },
  /** A categorical column whose levels are exactly {@code False, True}. */
  BOOLEAN(DataTypes.BooleanType) {
    @Override
    Object read(ChunkInput chunk, int column, int row, UTF8String[] levels) {
      return chunk.levelAt(column, row) == 1;
    }
  },
  CATEGORICAL(DataTypes.StringType) {
    @Override
    Object read(ChunkInput chunk, int column, int row, UTF8String[] levels) {
      return levels[chunk.levelAt(column, row)];
    }
  },
  STRING(DataTypes.StringType) {
    @Override
    Object read(ChunkInput chunk, int column, int row, UTF8String[] levels) {
      return UTF8String.fromBytes(chunk.utf8At(column, row));
    }
  },
  /** H2O times are milliseconds since the epoch; Spark timestamps are microseconds. */
  TIMESTAMP(DataTypes.TimestampType) {
    @Override
    Object read(ChunkInput chunk, int column, int row, UTF8String[] levels) {
      return chunk.longAt(column, row) * 1000L;
    }
  };

  private final DataType sparkType;

  H2OColumn(DataType sparkType) {
    this.sparkType = sparkType;
  }

  DataType sparkType() {
    return sparkType;
  }

  /** The value at {@code row}, known not to be missing, in Spark's internal representation. */
  abstract Object read(ChunkInput chunk, int column, int row, UTF8String[] levels);

  static H2OColumn of(FrameDescription.Column column) {
    switch (column.type()) {
      case "numeric":
        return column.integer() ? narrowestIntegral(column.min(), column.max()) : DOUBLE;
      case "categorical":
        return ColumnType.BOOLEAN_LEVELS.equals(column.domain()) ? BOOLEAN : CATEGORICAL;
      case "string":
      case "uuid":
        return STRING;
      case "time":
        return TIMESTAMP;
      default:
        throw new IllegalArgumentException(
            "Column '" + column.name() + "' has H2O type " + column.type() + ", which Spark cannot read");
    }
  }

  private static H2OColumn narrowestIntegral(double min, double max) {
    if (Double.isNaN(min) || Double.isNaN(max)) {
      return DOUBLE;
    }
    if (min >= Byte.MIN_VALUE && max <= Byte.MAX_VALUE) return BYTE;
    if (min >= Short.MIN_VALUE && max <= Short.MAX_VALUE) return SHORT;
    if (min >= Integer.MIN_VALUE && max <= Integer.MAX_VALUE) return INT;
    return LONG;
  }
}
