package org.sparkling.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.UserDefinedType;

/** Which Spark types convert to H2O, and the columns a schema fixes before any data is read. */
final class SparkTypes {
  private static final List<String> VECTOR_TYPES =
      List.of("org.apache.spark.ml.linalg.VectorUDT", "org.apache.spark.mllib.linalg.VectorUDT");

  private SparkTypes() {}

  /** A column known from the schema alone: a scalar at the top level or inside structs. */
  record FixedColumn(String name, SparkColumn kind, List<Object> path) implements java.io.Serializable {}

  /** Spark ML and MLlib vectors, recognised by name so that this module needs no MLlib. */
  static boolean isVector(DataType type) {
    return type instanceof UserDefinedType<?> udt && VECTOR_TYPES.contains(udt.getClass().getName());
  }

  /** The fixed columns of a schema, in schema order; fails on the first type that cannot be converted. */
  static List<FixedColumn> fixedColumns(StructType schema) {
    List<FixedColumn> columns = new ArrayList<>();
    StructField[] fields = schema.fields();
    for (int field = 0; field < fields.length; field++) {
      try {
        collect(fields[field].name(), List.of(field), fields[field].dataType(), true, columns);
      } catch (Unsupported e) {
        throw new IllegalArgumentException(
            String.format(
                "Column '%s' of type %s cannot be converted to H2O: %s has type %s, and %s. Drop the column "
                    + "(df.drop(\"%s\")) or turn it into supported values first. Supported: numbers, decimal, boolean, "
                    + "string, date, timestamp, timestamp_ntz, and structs, arrays, maps and ML vectors of them.",
                fields[field].name(), fields[field].dataType().simpleString(),
                e.column.equals(fields[field].name()) ? "it" : "'" + e.column + "'", e.type.simpleString(),
                e.getMessage(), fields[field].name()));
      }
    }
    Set<String> names = new HashSet<>();
    for (FixedColumn column : columns) {
      if (!names.add(column.name())) {
        throw new IllegalArgumentException(
            "Column name '" + column.name() + "' appears twice; H2O frames need unique column names. Rename one first, "
                + "e.g. with withColumnRenamed or toDF(...).");
      }
    }
    return columns;
  }

  private static void collect(String name, List<Object> path, DataType type, boolean fixed, List<FixedColumn> columns) {
    SparkColumn scalar = SparkColumn.scalar(type);
    if (scalar != null) {
      if (fixed) {
        columns.add(new FixedColumn(name, scalar, path));
      }
    } else if (isVector(type)) {
      return;
    } else if (type instanceof StructType struct) {
      StructField[] fields = struct.fields();
      for (int field = 0; field < fields.length; field++) {
        collect(NestedValues.child(name, fields[field].name()), FieldWriters.append(path, field), fields[field].dataType(), fixed, columns);
      }
    } else if (type instanceof ArrayType array) {
      collect(name + ".<index>", path, array.elementType(), false, columns);
    } else if (type instanceof MapType map) {
      if (SparkColumn.scalar(map.keyType()) == null) {
        throw new Unsupported(name, map, "map keys must be scalars, as they become column names");
      }
      collect(name + ".<key>", path, map.valueType(), false, columns);
    } else if (type instanceof BinaryType) {
      throw new Unsupported(name, type, "binary values have no H2O column type; encode them as text first, e.g. "
          + "base64(col(...))");
    } else {
      throw new Unsupported(name, type, "H2O has no column type for it");
    }
  }

  /** A type that cannot be converted, found somewhere inside a top-level column. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String column;
    final transient DataType type;

    Unsupported(String column, DataType type, String reason) {
      super(reason);
      this.column = column;
      this.type = type;
    }
  }
}
