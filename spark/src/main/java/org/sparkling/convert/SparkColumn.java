package org.sparkling.convert;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apache.spark.sql.catalyst.expressions.SpecializedGetters;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.ByteType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.DoubleType;
import org.apache.spark.sql.types.FloatType;
import org.apache.spark.sql.types.IntegerType;
import org.apache.spark.sql.types.LongType;
import org.apache.spark.sql.types.NullType;
import org.apache.spark.sql.types.ShortType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.TimestampNTZType;
import org.apache.spark.sql.types.TimestampType;
import org.apache.spark.unsafe.Platform;
import org.apache.spark.unsafe.types.UTF8String;
import org.sparkling.extension.ChunkOutput;
import org.sparkling.extension.ColumnType;

/** How one Spark column type is written into an H2O column (rules: DESIGN.md, "Data conversion rules"). */
enum SparkColumn {
  BYTE(ColumnType.NUMERIC) {
    @Override
    void write(SpecializedGetters row, int ordinal, DataType type, ChunkOutput out, int column, ZoneId zone) {
      out.addLong(column, row.getByte(ordinal));
    }
  },
  SHORT(ColumnType.NUMERIC) {
    @Override
    void write(SpecializedGetters row, int ordinal, DataType type, ChunkOutput out, int column, ZoneId zone) {
      out.addLong(column, row.getShort(ordinal));
    }
  },
  INT(ColumnType.NUMERIC) {
    @Override
    void write(SpecializedGetters row, int ordinal, DataType type, ChunkOutput out, int column, ZoneId zone) {
      out.addLong(column, row.getInt(ordinal));
    }
  },
  LONG(ColumnType.NUMERIC) {
    @Override
    void write(SpecializedGetters row, int ordinal, DataType type, ChunkOutput out, int column, ZoneId zone) {
      out.addLong(column, row.getLong(ordinal));
    }
  },
  FLOAT(ColumnType.NUMERIC) {
    @Override
    void write(SpecializedGetters row, int ordinal, DataType type, ChunkOutput out, int column, ZoneId zone) {
      out.addDouble(column, row.getFloat(ordinal));
    }
  },
  DOUBLE(ColumnType.NUMERIC) {
    @Override
    void write(SpecializedGetters row, int ordinal, DataType type, ChunkOutput out, int column, ZoneId zone) {
      out.addDouble(column, row.getDouble(ordinal));
    }
  },
  DECIMAL(ColumnType.NUMERIC) {
    @Override
    void write(SpecializedGetters row, int ordinal, DataType type, ChunkOutput out, int column, ZoneId zone) {
      DecimalType decimal = (DecimalType) type;
      out.addDouble(column, row.getDecimal(ordinal, decimal.precision(), decimal.scale()).toDouble());
    }
  },
  /** Booleans become the categorical levels {@link ColumnType#BOOLEAN_LEVELS}. */
  BOOLEAN(ColumnType.CATEGORICAL) {
    @Override
    void write(SpecializedGetters row, int ordinal, DataType type, ChunkOutput out, int column, ZoneId zone) {
      out.addLevel(column, row.getBoolean(ordinal) ? 1 : 0);
    }
  },
  /** Strings become categoricals: each chunk numbers its own levels, the node merges them when the frame is finished. */
  STRING(ColumnType.CATEGORICAL) {
    @Override
    void write(SpecializedGetters row, int ordinal, DataType type, ChunkOutput out, int column, ZoneId zone) {
      UTF8String text = row.getUTF8String(ordinal);
      if (text.getBaseObject() instanceof byte[] bytes) { // on heap, as Spark keeps rows: no copy
        out.addString(column, bytes, (int) (text.getBaseOffset() - Platform.BYTE_ARRAY_OFFSET), text.numBytes());
      } else {
        byte[] copy = text.getBytes();
        out.addString(column, copy, 0, copy.length);
      }
    }
  },
  /** A date is the instant of its midnight in the session time zone. */
  DATE(ColumnType.TIME) {
    @Override
    void write(SpecializedGetters row, int ordinal, DataType type, ChunkOutput out, int column, ZoneId zone) {
      int days = row.getInt(ordinal);
      if (zone instanceof ZoneOffset offset) {
        out.addTime(column, days * 86_400_000L - offset.getTotalSeconds() * 1000L);
        return;
      }
      out.addTime(column, java.time.LocalDate.ofEpochDay(days).atStartOfDay(zone).toInstant().toEpochMilli());
    }
  },
  TIMESTAMP(ColumnType.TIME) {
    @Override
    void write(SpecializedGetters row, int ordinal, DataType type, ChunkOutput out, int column, ZoneId zone) {
      out.addTime(column, Math.floorDiv(row.getLong(ordinal), 1000L));
    }
  },
  /** A timestamp without time zone is a wall-clock reading, placed in the session time zone. */
  TIMESTAMP_NTZ(ColumnType.TIME) {
    @Override
    void write(SpecializedGetters row, int ordinal, DataType type, ChunkOutput out, int column, ZoneId zone) {
      long micros = row.getLong(ordinal);
      long wallClockMillis = Math.floorDiv(micros, 1000L);
      if (zone instanceof ZoneOffset offset) { // UTC and fixed offsets: plain arithmetic, no calendar
        out.addTime(column, wallClockMillis - offset.getTotalSeconds() * 1000L);
        return;
      }
      LocalDateTime wallClock =
          LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), (int) Math.floorMod(micros, 1_000_000L) * 1000, ZoneOffset.UTC);
      out.addTime(column, wallClock.atZone(zone).toInstant().toEpochMilli());
    }
  };

  private final ColumnType h2oType;

  SparkColumn(ColumnType h2oType) {
    this.h2oType = h2oType;
  }

  ColumnType h2oType() {
    return h2oType;
  }

  /** Writes the value at {@code ordinal} of {@code row}, of Spark type {@code type} and not null, into H2O column {@code column}. */
  abstract void write(SpecializedGetters row, int ordinal, DataType type, ChunkOutput out, int column, ZoneId zone);

  /** The conversion of a scalar Spark type, or {@code null} for a type that is not a scalar. */
  static SparkColumn scalar(DataType type) {
    if (type instanceof ByteType) return BYTE;
    if (type instanceof ShortType) return SHORT;
    if (type instanceof IntegerType) return INT;
    if (type instanceof LongType) return LONG;
    if (type instanceof FloatType) return FLOAT;
    if (type instanceof DoubleType) return DOUBLE;
    if (type instanceof DecimalType) return DECIMAL;
    if (type instanceof BooleanType) return BOOLEAN;
    if (type instanceof StringType) return STRING;
    if (type instanceof DateType) return DATE;
    if (type instanceof TimestampType) return TIMESTAMP;
    if (type instanceof TimestampNTZType) return TIMESTAMP_NTZ;
    if (type instanceof NullType) return DOUBLE; // always null: a numeric column of missing values
    return null;
  }
}
