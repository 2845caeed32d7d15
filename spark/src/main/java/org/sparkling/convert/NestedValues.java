package org.sparkling.convert;

import java.util.function.BiConsumer;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.catalyst.util.ArrayData;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.UserDefinedType;
import scala.collection.Iterator;

/**
 * The H2O columns the conversion spreads one nested Spark value over (structs, arrays, maps, ML vectors), named by the
 * conversion's own rule ({@link #child}): what a model trained on the converted frame reads, e.g. when it scores a Spark
 * row outside H2O. Values are Spark's external ones, as a {@link Row} holds them.
 */
public final class NestedValues {
  private NestedValues() {}

  /** The name of the H2O column of a struct field, array index, map key or vector element {@code part} of {@code parent}. */
  static String child(String parent, Object part) {
    return parent + "." + part;
  }

  /** Whether the conversion spreads a value of this type over several H2O columns rather than one. */
  public static boolean isNested(DataType type) {
    return SparkColumn.scalar(type) == null;
  }

  /**
   * Calls {@code sink} with each H2O column name and non-null scalar value that the conversion writes for {@code value}, a
   * non-null value of type {@code type} in the column {@code name}; columns it would leave missing are not named. A
   * sparse vector gives its zeros too, as the conversion writes them.
   */
  public static void flatten(String name, DataType type, Object value, BiConsumer<String, Object> sink) {
    if (value == null) {
      return;
    }
    if (!isNested(type)) {
      sink.accept(name, value);
    } else if (SparkTypes.isVector(type)) {
      vector(name, type, value, sink);
    } else if (type instanceof StructType struct) {
      StructField[] fields = struct.fields();
      Row row = (Row) value;
      for (int field = 0; field < fields.length; field++) {
        flatten(child(name, fields[field].name()), fields[field].dataType(), row.get(field), sink);
      }
    } else if (type instanceof ArrayType array) {
      Iterator<?> elements = ((scala.collection.Iterable<?>) value).iterator();
      for (int index = 0; elements.hasNext(); index++) {
        flatten(child(name, index), array.elementType(), elements.next(), sink);
      }
    } else if (type instanceof MapType map) {
      Iterator<? extends scala.Tuple2<?, ?>> entries = ((scala.collection.Map<?, ?>) value).iterator();
      while (entries.hasNext()) {
        scala.Tuple2<?, ?> entry = entries.next();
        // The conversion names a key by Spark's internal value (MapWriter): convert the external one back to it.
        String key = String.valueOf(CatalystTypeConverters.convertToCatalyst(entry._1()));
        flatten(child(name, key), map.valueType(), entry._2(), sink);
      }
    } else {
      throw new IllegalArgumentException("Column '" + name + "' of type " + type.simpleString() + " has no H2O columns");
    }
  }

  /** As {@link VectorWriter}: Spark's stored struct (type 0 sparse / 1 dense, size, indices, values), zeros included. */
  @SuppressWarnings("unchecked")
  private static void vector(String name, DataType type, Object value, BiConsumer<String, Object> sink) {
    InternalRow stored = (InternalRow) ((UserDefinedType<Object>) type).serialize(value);
    ArrayData values = stored.getArray(3);
    if (stored.getByte(0) == 0) {
      int size = stored.getInt(1);
      double[] dense = new double[size];
      ArrayData indices = stored.getArray(2);
      for (int active = 0; active < indices.numElements(); active++) {
        dense[indices.getInt(active)] = values.getDouble(active);
      }
      for (int element = 0; element < size; element++) {
        sink.accept(child(name, element), dense[element]);
      }
    } else {
      for (int element = 0; element < values.numElements(); element++) {
        sink.accept(child(name, element), values.getDouble(element));
      }
    }
  }
}
