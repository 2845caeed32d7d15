package org.sparkling.convert;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Builds the writers of a schema. Scalars at the top level or in structs get fixed columns, numbered in schema order;
 * everything inside arrays, maps and vectors gets found columns, named as the data shows them.
 */
final class FieldWriters {
  /** Makes the writer of a value whose columns are named from {@code name}. */
  interface Factory {
    FieldWriter create(String name, List<Object> path);
  }

  private final ZoneId zone;
  private final FoundSlots slots;
  private int nextFixedColumn;

  private FieldWriters(ZoneId zone, FoundSlots slots) {
    this.zone = zone;
    this.slots = slots;
  }

  /** One writer per top-level field of {@code schema}. */
  static FieldWriter[] forSchema(StructType schema, ZoneId zone, FoundSlots slots) {
    FieldWriters writers = new FieldWriters(zone, slots);
    StructField[] fields = schema.fields();
    FieldWriter[] top = new FieldWriter[fields.length];
    for (int field = 0; field < fields.length; field++) {
      top[field] = writers.fixed(fields[field].name(), List.of(field), fields[field].dataType());
    }
    return top;
  }

  static List<Object> append(List<Object> path, Object component) {
    List<Object> longer = new ArrayList<>(path.size() + 1);
    longer.addAll(path);
    longer.add(component);
    return longer;
  }

  private FieldWriter fixed(String name, List<Object> path, DataType type) {
    SparkColumn scalar = SparkColumn.scalar(type);
    if (scalar != null) {
      return new ScalarWriter(nextFixedColumn++, scalar, type, zone);
    }
    if (type instanceof StructType struct) {
      StructField[] fields = struct.fields();
      FieldWriter[] children = new FieldWriter[fields.length];
      for (int field = 0; field < fields.length; field++) {
        children[field] = fixed(NestedValues.child(name, fields[field].name()), append(path, field), fields[field].dataType());
      }
      return new StructWriter(children);
    }
    return found(type).create(name, path);
  }

  private Factory found(DataType type) {
    SparkColumn scalar = SparkColumn.scalar(type);
    if (scalar != null) {
      return (name, path) -> new FoundScalarWriter(name, path, scalar, type, zone, slots);
    }
    if (SparkTypes.isVector(type)) {
      return (name, path) -> new VectorWriter(name, path, slots);
    }
    if (type instanceof ArrayType array) {
      Factory elements = found(array.elementType());
      return (name, path) -> new ArrayWriter(name, path, elements);
    }
    if (type instanceof MapType map) {
      Factory values = found(map.valueType());
      return (name, path) -> new MapWriter(name, path, map.keyType(), values);
    }
    if (type instanceof StructType struct) {
      StructField[] fields = struct.fields();
      List<Factory> children = new ArrayList<>();
      for (StructField field : fields) {
        children.add(found(field.dataType()));
      }
      return (name, path) -> {
        FieldWriter[] writers = new FieldWriter[fields.length];
        for (int field = 0; field < fields.length; field++) {
          writers[field] = children.get(field).create(NestedValues.child(name, fields[field].name()), append(path, field));
        }
        return new StructWriter(writers);
      };
    }
    throw new IllegalStateException("SparkTypes.check lets no " + type.simpleString() + " through");
  }
}
